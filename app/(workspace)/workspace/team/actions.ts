"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth";
import { appOrigin } from "@/lib/http/origin";
import { createConsultantInvitation, revokeInvitation } from "@/lib/server/invitations";
import { inviteConsultantSchema } from "@/lib/validation/account";
import { fieldErrorsOf, formField, nextSubmission, submittedValues } from "@/lib/validation/form-errors";
import type { FormState } from "@/lib/validation/form-state";

export async function inviteConsultantAction(previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireRole("OWNER");
  const values = submittedValues(formData, ["email"]);
  const submission = nextSubmission(previous);
  const parsed = inviteConsultantSchema.safeParse(values);
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
  const invitation = await createConsultantInvitation(member, parsed.data.email);
  if (!invitation.ok) return { submission, values, fieldErrors: invitation.fieldErrors };
  revalidatePath("/workspace/team");
  // The link is shown once, to copy; only its hash is stored.
  return { submission, values: {}, fieldErrors: {}, success: `${await appOrigin()}/invite/${invitation.value.token}` };
}

export async function revokeInvitationAction(formData: FormData): Promise<void> {
  const member = await requireRole("OWNER");
  const invitationId = formField(formData, "invitationId");
  if (typeof invitationId === "string" && invitationId.length <= 64) await revokeInvitation(member, invitationId);
  revalidatePath("/workspace/team");
}
