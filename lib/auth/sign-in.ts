import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "./auth";

/**
 * Signs in and redirects (by throwing, as Next.js redirects do); when that fails, the message
 * key that says why.
 */
export async function signInWithPassword(
  credentials: { email: string; password: string },
  redirectTo: string,
): Promise<"rateLimited" | "invalidCredentials" | "signInFailed"> {
  try {
    await signIn("credentials", { ...credentials, redirectTo });
  } catch (error) {
    if (error instanceof CredentialsSignin) return error.code === "rate_limited" ? "rateLimited" : "invalidCredentials";
    if (error instanceof AuthError) return "signInFailed";
    throw error; // the redirect after a successful sign-in
  }
  return "signInFailed";
}
