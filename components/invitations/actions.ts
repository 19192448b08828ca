"use server";

import { action } from "@/lib/actions/action";
import { homeFor, signInWithPassword } from "@/lib/auth";
import { forgetLinkToken, INVITATION_COOKIE, linkTokenFrom } from "@/lib/http/link-cookie";
import { acceptInvitation } from "@/lib/server/invitations";
import { acceptInvitationSchema } from "./schemas";

const REFUSED = { used: "invitationUsed", expired: "invitationExpired", unknown: "invitationUnknown" } as const;

// Open to anonymous visitors by design: the invitation's token, kept in an httpOnly cookie, is
// the authorization, checked by lib/server/invitations.
export const acceptInvitationAction = action.form({
  access: "public",
  fields: ["name"],
  secretFields: ["password"],
  schema: acceptInvitationSchema,
  async handler(input) {
    const token = await linkTokenFrom(INVITATION_COOKIE);
    if (!token) return { formError: REFUSED.unknown };
    const accepted = await acceptInvitation(token, input);
    if (!accepted.ok) return "status" in accepted ? { formError: REFUSED[accepted.status] } : { fieldErrors: accepted.fieldErrors };
    await forgetLinkToken(INVITATION_COOKIE, "/");
    const home = homeFor({ role: accepted.value.role === "CLIENT" ? "CLIENT" : "CONSULTANT" });
    return { formError: await signInWithPassword({ email: accepted.value.email, password: input.password }, home) };
  },
});
