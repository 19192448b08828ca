import "server-only";
import { cookies } from "next/headers";
import { decodeSessionToken } from "./session-token";

/*
 * The session of the request, read straight from its cookie. Auth.js's `auth()` does the same
 * work through its whole request pipeline (a Request object, a CSRF token, the callbacks) and
 * then encrypts a fresh token that pages and server actions cannot even send back: a third of
 * a navigation's authentication time for nothing. This reads the cookie Auth.js wrote, with the
 * secrets and cookie names Auth.js uses, so every session keeps working.
 */

const SESSION_COOKIE = "authjs.session-token";
// Auth.js prefixes the cookie on https.
const COOKIE_NAMES = [`__Secure-${SESSION_COOKIE}`, SESSION_COOKIE];

export interface RequestSession {
  userId: string;
  sessionVersion: number;
}

/** The secrets Auth.js signs with: AUTH_SECRET, and AUTH_SECRET_1…3 during a rotation (newest first). */
function authSecrets(): string[] {
  const rotated = [3, 2, 1].flatMap((index) => process.env[`AUTH_SECRET_${index}`] || []);
  return [...rotated, ...(process.env.AUTH_SECRET ? [process.env.AUTH_SECRET] : [])];
}

/** A cookie whole, or joined from the chunks (`name.0`, `name.1`…) Auth.js splits a large one into. */
function cookieValue(all: { name: string; value: string }[], name: string): string | undefined {
  const whole = all.find((cookie) => cookie.name === name)?.value;
  if (whole) return whole;
  const chunks = all
    .flatMap((cookie) => {
      const match = cookie.name.startsWith(`${name}.`) ? /^\d+$/.exec(cookie.name.slice(name.length + 1)) : null;
      return match ? [{ index: Number(match[0]), value: cookie.value }] : [];
    })
    .sort((a, b) => a.index - b.index);
  return chunks.length ? chunks.map((chunk) => chunk.value).join("") : undefined;
}

export async function readSession(): Promise<RequestSession | null> {
  const secrets = authSecrets();
  if (!secrets.length) return null;
  const all = (await cookies()).getAll();
  for (const name of COOKIE_NAMES) {
    const token = cookieValue(all, name);
    if (!token) continue;
    try {
      const payload = await decodeSessionToken({ token, secret: secrets, salt: name });
      if (typeof payload?.sub !== "string") return null;
      // Sessions from before session versions existed carry none: they began at version 1.
      return { userId: payload.sub, sessionVersion: typeof payload.sv === "number" ? payload.sv : 1 };
    } catch {
      // Expired, tampered with or of another secret: no session, as Auth.js would answer.
      return null;
    }
  }
  return null;
}
