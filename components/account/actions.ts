"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { homeFor, signInWithPassword, signOut } from "@/lib/auth";
import { action } from "@/lib/actions/action";
import { rememberLocale, requestClientAddress } from "@/lib/http/request";
import { EMAIL_CHANGE_COOKIE, forgetLinkToken, linkTokenFrom, PASSWORD_RESET_COOKIE } from "@/lib/http/link-cookie";
import { appOrigin } from "@/lib/http/origin";
import {
  changePassword,
  confirmEmailChange,
  endAllSessions,
  requestEmailChange,
  requestPasswordReset,
  resetPassword,
  updateProfile,
} from "@/lib/server/account";
import {
  changePasswordSchema,
  emailChangeSchema,
  forgotPasswordSchema,
  newPasswordTwiceSchema,
  NOTHING,
  profileSchema,
  signOutEverywhereSchema,
} from "./schemas";

// ——— Getting back in: open to anyone by design; the token or the address is what counts ———

/** Answers the same whether or not the address has an account. */
export const requestPasswordResetAction = action.form({
  access: "public",
  fields: ["email"],
  schema: forgotPasswordSchema,
  async handler({ email }) {
    const outcome = await requestPasswordReset(email, await requestClientAddress(), { origin: await appOrigin() });
    if (outcome === "rate_limited") return { formError: "resetRateLimited" };
    return { success: "resetRequested", values: { email } };
  },
});

// The link's token travels in an httpOnly cookie (lib/http/link-cookie), never in the page.

export const resetPasswordAction = action.form({
  access: "public",
  fields: [],
  secretFields: ["password", "passwordAgain"],
  schema: newPasswordTwiceSchema,
  async handler({ password }) {
    const token = await linkTokenFrom(PASSWORD_RESET_COOKIE);
    const outcome = token ? await resetPassword(token, password) : ({ ok: false, status: "unknown" } as const);
    if (!outcome.ok) return { formError: `resetLink_${outcome.status}` };
    await forgetLinkToken(PASSWORD_RESET_COOKIE, "/reset-password");
    // Every other session has ended with the old password; this browser signs in with the new one.
    return { formError: await signInWithPassword({ email: outcome.email, password }, "/workspace") };
  },
});

export const confirmEmailChangeAction = action.form({
  access: "public",
  fields: [],
  schema: NOTHING,
  async handler() {
    const token = await linkTokenFrom(EMAIL_CHANGE_COOKIE);
    const outcome = token ? await confirmEmailChange(token) : ({ ok: false, status: "unknown" } as const);
    if (!outcome.ok) return { formError: outcome.status === "taken" ? "emailTaken" : `emailLink_${outcome.status}` };
    await forgetLinkToken(EMAIL_CHANGE_COOKIE, "/confirm-email");
    return { success: "emailChanged", values: { email: outcome.email } };
  },
});

// ——— One's own account ———

export const updateProfileAction = action.form({
  access: "member",
  fields: ["name", "language", "digests"],
  schema: profileSchema,
  async handler({ name, language, digests }, { caller }) {
    await updateProfile(caller.userId, { name, locale: language, digestsEnabled: digests });
    await rememberLocale(language);
    revalidatePath("/", "layout");
    return { success: "profileSaved", values: { name, language, digests: digests ? "on" : "" } };
  },
});

export const changePasswordAction = action.form({
  access: "member",
  fields: [],
  secretFields: ["currentPassword", "password", "passwordAgain"],
  schema: changePasswordSchema,
  async handler({ currentPassword, password }, { caller }) {
    const changed = await changePassword(caller.userId, { currentPassword, newPassword: password });
    if (!changed.ok) return { fieldErrors: changed.fieldErrors };
    // Every session has ended; this one starts again with the new password.
    return { formError: await signInWithPassword({ email: changed.email, password }, `${homeFor(caller)}/account?passwordChanged=1`) };
  },
});

export const requestEmailChangeAction = action.form({
  access: "member",
  fields: ["newEmail"],
  secretFields: ["currentPassword"],
  schema: emailChangeSchema,
  async handler({ newEmail, currentPassword }, { caller }) {
    const requested = await requestEmailChange(caller.userId, { newEmail, currentPassword }, { origin: await appOrigin() });
    if (!requested.ok) return { fieldErrors: requested.fieldErrors };
    revalidatePath(`${homeFor(caller)}/account`);
    return { success: "emailChangeRequested", values: { newEmail: "", sentTo: newEmail } };
  },
});

export const signOutEverywhereAction = action.submit({
  access: "member",
  fields: ["confirm"],
  schema: signOutEverywhereSchema,
  async handler(_input, { caller }) {
    await endAllSessions(caller.userId);
    await signOut({ redirect: false });
    redirect("/sign-in?signedOutEverywhere=1");
  },
});
