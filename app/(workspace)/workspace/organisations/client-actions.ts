"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth";
import { appOrigin } from "@/lib/http/origin";
import { createClientInvitation, removeClientViewer, setClientsMayCompleteActions } from "@/lib/server/client-access";
import { revokeInvitation } from "@/lib/server/invitations";
import { fieldErrorsOf, formField, idOf, nextSubmission, submittedValues } from "@/lib/validation/form-errors";
import type { FormState } from "@/lib/validation/form-state";
import { inviteClientSchema } from "@/lib/validation/portal";

const refresh = (organisationId: string) => revalidatePath(`/workspace/organisations/${organisationId}`);

export async function inviteClientViewerAction(organisationId: string, previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const values = submittedValues(formData, ["email"]);
  const submission = nextSubmission(previous);
  const parsed = inviteClientSchema.safeParse(values);
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
  const invitation = await createClientInvitation(member, idOf(organisationId), parsed.data.email);
  if (invitation === null) return { submission, values, fieldErrors: {}, formError: "notFound" };
  if (!invitation.ok) return { submission, values, fieldErrors: invitation.fieldErrors };
  refresh(organisationId);
  // The link is shown once, to copy; only its hash is stored.
  return { submission, values: {}, fieldErrors: {}, success: `${await appOrigin()}/invite/${invitation.value.token}` };
}

export async function revokeClientInvitationAction(formData: FormData): Promise<void> {
  const member = await requireRole("OWNER", "CONSULTANT");
  await revokeInvitation(member, idOf(formField(formData, "invitationId")));
  refresh(idOf(formField(formData, "organisationId")));
}

export async function removeClientViewerAction(formData: FormData): Promise<void> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const organisationId = idOf(formField(formData, "organisationId"));
  await removeClientViewer(member, organisationId, idOf(formField(formData, "userId")));
  refresh(organisationId);
}

export async function setClientActionsAllowedAction(formData: FormData): Promise<void> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const organisationId = idOf(formField(formData, "organisationId"));
  await setClientsMayCompleteActions(member, organisationId, formField(formData, "allowed") === "true");
  refresh(organisationId);
  revalidatePath("/portal");
}
