import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { encode as authJsEncode } from "next-auth/jwt";

// The request's cookies and headers, as next/headers would hand them to a page.
const requestCookies = vi.hoisted(() => ({ list: [] as { name: string; value: string }[], headers: new Headers({ "x-forwarded-proto": "http" }) }));
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => requestCookies.list }), headers: async () => requestCookies.headers }));

const { readSession } = await import("./session");

const SECRET = "the-session-secret-0123456789abcdefghij";
const COOKIE = "authjs.session-token";

async function signedIn(token: Record<string, unknown>, options: { secret?: string; salt?: string; maxAge?: number } = {}) {
  return authJsEncode({ token, secret: options.secret ?? SECRET, salt: options.salt ?? COOKIE, maxAge: options.maxAge ?? 60 });
}

describe("reading the request's session from the cookie Auth.js wrote", () => {
  beforeEach(() => vi.stubEnv("AUTH_SECRET", SECRET));
  afterEach(() => {
    vi.unstubAllEnvs();
    requestCookies.list = [];
    requestCookies.headers = new Headers({ "x-forwarded-proto": "http" });
  });

  it("finds the signed-in user and the session version", async () => {
    requestCookies.list = [{ name: COOKIE, value: await signedIn({ sub: "user-1", sv: 4 }) }];
    expect(await readSession()).toEqual({ userId: "user-1", sessionVersion: 4 });
  });

  it("counts a session from before session versions as version 1", async () => {
    requestCookies.list = [{ name: COOKIE, value: await signedIn({ sub: "user-1" }) }];
    expect(await readSession()).toEqual({ userId: "user-1", sessionVersion: 1 });
  });

  it("reads the https cookie and a cookie Auth.js split into chunks", async () => {
    requestCookies.headers = new Headers({ "x-forwarded-proto": "https" });
    const secure = `__Secure-${COOKIE}`;
    const token = await signedIn({ sub: "user-2", sv: 2 }, { salt: secure });
    const middle = Math.floor(token.length / 2);
    requestCookies.list = [
      { name: `${secure}.1`, value: token.slice(middle) },
      { name: `${secure}.0`, value: token.slice(0, middle) },
    ];
    expect(await readSession()).toEqual({ userId: "user-2", sessionVersion: 2 });
  });

  it("on https reads only the https cookie, as Auth.js does (a plain one may have been planted over http)", async () => {
    requestCookies.headers = new Headers({ "x-forwarded-proto": "https" });
    requestCookies.list = [{ name: COOKIE, value: await signedIn({ sub: "user-3", sv: 1 }) }];
    expect(await readSession()).toBeNull();
    vi.stubEnv("AUTH_URL", "http://localhost:3000");
    expect(await readSession()).toEqual({ userId: "user-3", sessionVersion: 1 });
  });

  it("uses the secret Auth.js uses: AUTH_SECRET, else NEXTAUTH_SECRET, never AUTH_SECRET_1…3", async () => {
    requestCookies.list = [{ name: COOKIE, value: await signedIn({ sub: "user-5", sv: 1 }) }];
    vi.stubEnv("AUTH_SECRET", "");
    vi.stubEnv("AUTH_SECRET_1", SECRET);
    expect(await readSession()).toBeNull();
    vi.stubEnv("NEXTAUTH_SECRET", SECRET);
    vi.stubEnv("AUTH_SECRET", undefined);
    expect(await readSession()).toEqual({ userId: "user-5", sessionVersion: 1 });
  });

  it("stops reading a session it opened before once the session has expired", async () => {
    requestCookies.list = [{ name: COOKIE, value: await signedIn({ sub: "user-4", sv: 1 }, { maxAge: 60 }) }];
    expect(await readSession()).toEqual({ userId: "user-4", sessionVersion: 1 });
    // Past its expiry and the 15 s of clock difference that servers are allowed.
    vi.useFakeTimers({ now: Date.now() + 76_000 });
    try {
      expect(await readSession()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("has no session without a cookie, with an expired, foreign or damaged one, or without a secret", async () => {
    expect(await readSession()).toBeNull();
    requestCookies.list = [{ name: COOKIE, value: await signedIn({ sub: "user-1" }, { maxAge: -60 }) }];
    expect(await readSession()).toBeNull();
    requestCookies.list = [{ name: COOKIE, value: await signedIn({ sub: "user-1" }, { secret: "another-secret-0123456789abcdefghijkl" }) }];
    expect(await readSession()).toBeNull();
    requestCookies.list = [{ name: COOKIE, value: "not-a-token" }];
    expect(await readSession()).toBeNull();
    requestCookies.list = [{ name: COOKIE, value: await signedIn({ sub: "user-1" }) }];
    vi.stubEnv("AUTH_SECRET", "");
    expect(await readSession()).toBeNull();
  });
});
