"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { homeFor, signIn } from "@/lib/auth";
import { forgetLinkToken, INVITATION_COOKIE, linkTokenFrom } from "@/lib/http/link-cookie";
import { signUpWorkspaceOwner } from "@/lib/server/accounts";
import { acceptInvitation } from "@/lib/server/invitations";
import { acceptInvitationSchema, signInSchema, signUpSchema } from "@/lib/validation/account";
import { fieldErrorsOf, nextSubmission, submittedValues } from "@/lib/validation/form-errors";
import type { FormState } from "@/lib/validation/form-state";

// These actions are open to anonymous visitors by design: they are how one gets an account.

async function signInOrExplain(
  credentials: { email: string; password: string },
  state: Omit<FormState, "submission">,
  submission: number,
  redirectTo = "/workspace",
): Promise<FormState> {
  try {
    await signIn("credentials", { ...credentials, redirectTo });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const formError = error.code === "rate_limited" ? "rateLimited" : "invalidCredentials";
      return { ...state, submission, formError };
    }
    if (error instanceof AuthError) return { ...state, submission, formError: "signInFailed" };
    throw error; // the redirect after a successful sign-in
  }
  return { ...state, submission };
}

export async function signInAction(previous: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, ["email"]);
  const submission = nextSubmission(previous);
  const parsed = signInSchema.safeParse(submittedValues(formData, ["email", "password"]));
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
  return signInOrExplain(parsed.data, { values, fieldErrors: {} }, submission);
}

export async function signUpAction(previous: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, ["name", "workspaceName", "email"]);
  const submission = nextSubmission(previous);
  const parsed = signUpSchema.safeParse(submittedValues(formData, ["name", "workspaceName", "email", "password"]));
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
  const created = await signUpWorkspaceOwner(parsed.data);
  if (!created.ok) return { submission, values, fieldErrors: created.fieldErrors };
  return signInOrExplain(parsed.data, { values, fieldErrors: {} }, submission);
}

export async function acceptInvitationAction(previous: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, ["name"]);
  const submission = nextSubmission(previous);
  const token = await linkTokenFrom(INVITATION_COOKIE);
  const parsed = acceptInvitationSchema.safeParse(submittedValues(formData, ["name", "password"]));
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
  if (!token) return { submission, values, fieldErrors: {}, formError: "invitationUnknown" };
  const accepted = await acceptInvitation(token, parsed.data);
  if (!accepted.ok) {
    if ("status" in accepted) {
      const formError = { used: "invitationUsed", expired: "invitationExpired", unknown: "invitationUnknown" }[accepted.status];
      return { submission, values, fieldErrors: {}, formError };
    }
    return { submission, values, fieldErrors: accepted.fieldErrors };
  }
  await forgetLinkToken(INVITATION_COOKIE, "/");
  const home = homeFor({ role: accepted.value.role === "CLIENT" ? "CLIENT" : "CONSULTANT" });
  return signInOrExplain({ email: accepted.value.email, password: parsed.data.password }, { values, fieldErrors: {} }, submission, home);
}
