"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth";
import { createConsultantInvitation, revokeInvitation } from "@/lib/server/invitations";
import { inviteConsultantSchema } from "@/lib/validation/account";
import { fieldErrorsOf, submittedValues } from "@/lib/validation/form-errors";
import type { FormState } from "@/lib/validation/form-state";

async function origin(): Promise<string> {
  const headerList = await headers();
  const host = headerList.get("x-forwarded-host") ?? headerList.get("host") ?? "localhost:3000";
  const protocol = headerList.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return process.env.APP_URL ?? `${protocol}://${host}`;
}

export async function inviteConsultantAction(previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireRole("OWNER");
  const values = submittedValues(formData, ["email"]);
  const submission = previous.submission + 1;
  const parsed = inviteConsultantSchema.safeParse(values);
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
  const invitation = await createConsultantInvitation(member, parsed.data.email);
  if (!invitation.ok) return { submission, values, fieldErrors: invitation.fieldErrors };
  revalidatePath("/workspace/team");
  // The link is shown once, to copy; only its hash is stored.
  return { submission, values: {}, fieldErrors: {}, success: `${await origin()}/invite/${invitation.value.token}` };
}

export async function revokeInvitationAction(formData: FormData): Promise<void> {
  const member = await requireRole("OWNER");
  const invitationId = formData.get("invitationId");
  if (typeof invitationId === "string" && invitationId.length <= 64) await revokeInvitation(member, invitationId);
  revalidatePath("/workspace/team");
}
