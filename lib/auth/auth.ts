import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/lib/server/accounts";
import { z } from "zod";
import { clientAddressOf } from "@/lib/http/request";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// The sign-in form's own schema gives the field messages; this only keeps odd input away.
const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().min(1).max(254), password: z.string().min(1).max(200) });

class TooManySignInAttempts extends CredentialsSignin {
  code = "rate_limited";
}

// JWT sessions: nothing about a session lives in a server's memory, so any number of app
// servers can share the load. Each request re-reads the membership from the database
// (lib/auth/guards.ts), so a removed member loses access at once; and each session carries
// the user's session version, so raising it (a new password, "sign out everywhere") ends
// every session at once.
export const { handlers, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await authenticate(parsed.data, clientAddressOf(request.headers));
        if (result.status === "rate_limited") throw new TooManySignInAttempts();
        return result.status === "ok" ? result.user : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 1;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      // Sessions from before session versions existed carry none: they began at version 1.
      session.sessionVersion = token.sv ?? 1;
      return session;
    },
  },
  logger: {
    // A failed sign-in is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
});
