"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth";
import { appOrigin } from "@/lib/http/origin";
import { closeRespondentRound, createRespondent, revokeRespondent } from "@/lib/server/respondents";
import { fieldErrorsOf, formField, idOf, nextSubmission, submittedValues } from "@/lib/validation/form-errors";
import type { FormState } from "@/lib/validation/form-state";
import { inviteRespondentSchema } from "@/lib/validation/portal";

const assessmentPath = (organisationId: string, assessmentId: string) => `/workspace/organisations/${organisationId}/assessments/${assessmentId}`;

export async function inviteRespondentAction(organisationId: string, assessmentId: string, previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const values = submittedValues(formData, ["name", "raterGroup"]);
  const submission = nextSubmission(previous);
  const parsed = inviteRespondentSchema.safeParse(values);
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
  const created = await createRespondent(member, idOf(assessmentId), parsed.data);
  if (!created) return { submission, values, fieldErrors: {}, formError: "roundClosed" };
  revalidatePath(assessmentPath(idOf(organisationId), idOf(assessmentId)));
  // The link is shown once, to copy; only its hash is stored.
  return { submission, values: { raterGroup: parsed.data.raterGroup }, fieldErrors: {}, success: `${await appOrigin()}/respond/${created.token}` };
}

export async function revokeRespondentAction(formData: FormData): Promise<void> {
  const member = await requireRole("OWNER", "CONSULTANT");
  await revokeRespondent(member, idOf(formField(formData, "respondentId")));
  revalidatePath(assessmentPath(idOf(formField(formData, "organisationId")), idOf(formField(formData, "assessmentId"))));
}

export async function closeRoundAction(formData: FormData): Promise<void> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const assessmentId = idOf(formField(formData, "assessmentId"));
  await closeRespondentRound(member, assessmentId);
  revalidatePath(assessmentPath(idOf(formField(formData, "organisationId")), assessmentId));
}
