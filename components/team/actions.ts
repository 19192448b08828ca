"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { appOrigin } from "@/lib/http/origin";
import { createConsultantInvitation, revokeInvitation } from "@/lib/server/invitations";
import { invitationTarget, inviteConsultantSchema } from "./schemas";

export const inviteConsultantAction = action.form({
  access: ["OWNER"],
  fields: ["email"],
  schema: inviteConsultantSchema,
  async handler({ email }, { caller }) {
    const invitation = await createConsultantInvitation(caller, email);
    if (!invitation.ok) return { fieldErrors: invitation.fieldErrors };
    revalidatePath("/workspace/team");
    // The link is shown once, to copy; only its hash is stored.
    return { success: `${await appOrigin()}/invite/${invitation.value.token}`, values: {} };
  },
});

export const revokeInvitationAction = action.submit({
  access: ["OWNER"],
  fields: ["invitationId"],
  schema: invitationTarget,
  async handler({ invitationId }, { caller }) {
    await revokeInvitation(caller, invitationId);
    revalidatePath("/workspace/team");
  },
});
