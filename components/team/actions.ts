"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { appOrigin } from "@/lib/http/origin";
import { createConsultantInvitation, revokeInvitation } from "@/lib/server/invitations";
import { changeMemberRole, removeMember, transferOwnership } from "@/lib/server/members";
import { invitationTarget, inviteConsultantSchema, memberRoleChange, memberTarget } from "./schemas";

export const inviteConsultantAction = action.form({
  access: ["OWNER"],
  fields: ["email", "language"],
  schema: inviteConsultantSchema,
  async handler({ email, language }, { caller }) {
    const origin = await appOrigin();
    const invitation = await createConsultantInvitation(caller, email, { locale: language, origin });
    if (!invitation.ok) return { fieldErrors: invitation.fieldErrors };
    revalidatePath("/workspace/team");
    // The link is e-mailed and shown once, to copy; only its hash is stored.
    return { success: `${origin}/invite/${invitation.value.token}`, values: { language, sentTo: email } };
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

// The page offers only what can succeed (the last owner stays one, nobody removes themselves);
// anything else sent here changes nothing.

export const changeMemberRoleAction = action.submit({
  access: ["OWNER"],
  fields: ["userId", "role"],
  schema: memberRoleChange,
  async handler({ userId, role }, { caller }) {
    await changeMemberRole(caller, userId, role);
    revalidatePath("/workspace", "layout");
  },
});

export const transferOwnershipAction = action.submit({
  access: ["OWNER"],
  fields: ["userId"],
  schema: memberTarget,
  async handler({ userId }, { caller }) {
    await transferOwnership(caller, userId);
    revalidatePath("/workspace", "layout");
  },
});

export const removeMemberAction = action.submit({
  access: ["OWNER"],
  fields: ["userId"],
  schema: memberTarget,
  async handler({ userId }, { caller }) {
    await removeMember(caller, userId);
    revalidatePath("/workspace", "layout");
  },
});
