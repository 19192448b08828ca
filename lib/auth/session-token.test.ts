import { describe, expect, it } from "vitest";
import { decode as authJsDecode, encode as authJsEncode } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

const salt = "authjs.session-token";
const secret = "a-test-secret-of-enough-length-for-hkdf-0123456789";
const token = { sub: "user-1", sv: 3, name: "Anna de Vries", email: "anna@example.nl" };

describe("session tokens", () => {
  it("open sessions that Auth.js itself issued, so nobody is signed out by the switch", async () => {
    const issued = await authJsEncode({ token, secret, salt, maxAge: 60 });
    const payload = await decodeSessionToken({ token: issued, secret, salt });
    expect(payload).toMatchObject(token);
  });

  it("issue sessions that Auth.js itself opens, with an expiry and an id", async () => {
    const issued = await encodeSessionToken({ token, secret, salt, maxAge: 60 });
    const payload = await authJsDecode({ token: issued, secret, salt });
    expect(payload).toMatchObject(token);
    const now = Math.floor(Date.now() / 1000);
    expect(payload?.exp).toBeGreaterThanOrEqual(now + 59);
    expect(payload?.exp).toBeLessThanOrEqual(now + 61);
    expect(payload?.jti).toEqual(expect.any(String));
  });

  it("issue a different token each time, for the same session", async () => {
    const first = await encodeSessionToken({ token, secret, salt });
    const second = await encodeSessionToken({ token, secret, salt });
    expect(first).not.toBe(second);
  });

  it("open tokens of a rotated-out secret while new ones use the first", async () => {
    const older = await encodeSessionToken({ token, secret: "the-old-secret-0123456789abcdef", salt });
    const rotated = ["the-new-secret-0123456789abcdef", "the-old-secret-0123456789abcdef"];
    expect(await decodeSessionToken({ token: older, secret: rotated, salt })).toMatchObject(token);
    const newer = await encodeSessionToken({ token, secret: rotated, salt });
    await expect(decodeSessionToken({ token: newer, secret: "the-old-secret-0123456789abcdef", salt })).rejects.toThrow();
  });

  it("refuse tokens of another secret, another cookie name, expired or tampered with", async () => {
    const issued = await encodeSessionToken({ token, secret, salt });
    await expect(decodeSessionToken({ token: issued, secret: "another-secret-0123456789abcdef", salt })).rejects.toThrow();
    await expect(decodeSessionToken({ token: issued, secret, salt: "__Secure-authjs.session-token" })).rejects.toThrow();
    const expired = await encodeSessionToken({ token, secret, salt, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret, salt })).rejects.toThrow();
    const [header, key, iv, body, tag] = issued.split(".");
    const flipped = `${body?.[0] === "A" ? "B" : "A"}${body?.slice(1)}`;
    await expect(decodeSessionToken({ token: [header, key, iv, flipped, tag].join("."), secret, salt })).rejects.toThrow();
  });

  it("read no session from no token", async () => {
    expect(await decodeSessionToken({ token: undefined, secret, salt })).toBeNull();
  });
});
