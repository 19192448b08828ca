import "server-only";
import { cookies, headers } from "next/headers";
import { decodeSessionToken } from "./session-token";

/*
 * The session of the request, read straight from its cookie. Auth.js's `auth()` does the same
 * work through its whole request pipeline (a Request object, a CSRF token, the callbacks) and
 * then encrypts a fresh token that pages and server actions cannot even send back: a third of
 * a navigation's authentication time for nothing. This reads the cookie Auth.js wrote, with the
 * secret and the cookie name Auth.js uses, so every session keeps working and nothing Auth.js
 * would refuse is accepted.
 */

const SESSION_COOKIE = "authjs.session-token";

export interface RequestSession {
  userId: string;
  sessionVersion: number;
}

/** The secret next-auth gives Auth.js: AUTH_SECRET, or the older NEXTAUTH_SECRET. */
function authSecrets(): string[] {
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  return secret ? [secret] : [];
}

/**
 * The one cookie Auth.js reads for this request: `__Secure-…` when the site is on https (by
 * AUTH_URL, else the request's x-forwarded-proto, else https), the plain name otherwise. On
 * https the plain name is never read: anyone able to set a cookie over http could plant one.
 */
function sessionCookieName(requestHeaders: Headers): string {
  const configured = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  let protocol = `${(requestHeaders.get("x-forwarded-proto") ?? "https").replace(/:$/, "")}:`;
  if (configured) {
    try {
      protocol = new URL(configured).protocol;
    } catch {
      // Auth.js fails on such a URL as well; the request's protocol is the better guess.
    }
  }
  return protocol === "https:" ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE;
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

/*
 * Opened tokens, by their text: a user's every click carries the same token, and opening it
 * (WebCrypto: AES-CBC and an HMAC) is about a millisecond of each click. What a token says
 * follows from the token and the secrets alone, so every server would read the same; whether
 * the session still counts (the member, the session version) is asked of the database on every
 * request all the same (lib/auth/guards.ts). Entries end with their token's expiry.
 */
const OPENED_LIMIT = 2_000;
const opened = new Map<string, { session: RequestSession; expiresAt: number; secrets: string }>();

async function openToken(token: string, secrets: string[], salt: string): Promise<RequestSession | null> {
  const key = `${salt}:${token}`;
  const known = opened.get(key);
  if (known && known.expiresAt > Date.now() && known.secrets === secrets.join("\n")) return known.session;
  opened.delete(key);
  try {
    const payload = await decodeSessionToken({ token, secret: secrets, salt });
    if (typeof payload?.sub !== "string") return null;
    // Sessions from before session versions existed carry none: they began at version 1.
    const session = { userId: payload.sub, sessionVersion: typeof payload.sv === "number" ? payload.sv : 1 };
    if (typeof payload.exp === "number") {
      if (opened.size >= OPENED_LIMIT) opened.delete(opened.keys().next().value!);
      opened.set(key, { session, expiresAt: payload.exp * 1000, secrets: secrets.join("\n") });
    }
    return session;
  } catch {
    // Expired, tampered with or of another secret: no session, as Auth.js would answer.
    return null;
  }
}

export async function readSession(): Promise<RequestSession | null> {
  const secrets = authSecrets();
  if (!secrets.length) return null;
  const name = sessionCookieName(await headers());
  const token = cookieValue((await cookies()).getAll(), name);
  return token ? openToken(token, secrets, name) : null;
}
