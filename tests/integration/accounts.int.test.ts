import { describe, expect, it } from "vitest";
import { authenticate, getSessionMember, SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MS, signUpWorkspaceOwner } from "@/lib/server/accounts";
import { db } from "@/lib/server/db";
import { createWorkspace, unique } from "./helpers";

const PASSWORD = "correct horse battery";

describe("sign-up", () => {
  it("creates a workspace with the new user as its owner, with the password hashed", async () => {
    const email = `anna-${unique()}@example.test`;
    const result = await signUpWorkspaceOwner({ name: "Anna", workspaceName: "Anna Advies", email, password: PASSWORD });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const member = await getSessionMember(result.value.userId);
    expect(member).toMatchObject({ name: "Anna", email, workspaceName: "Anna Advies", role: "OWNER", organisationId: null });
    expect(Object.keys(member!)).not.toContain("passwordHash");
    const stored = await db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } });
    expect(stored.passwordHash).not.toContain(PASSWORD);
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$/);
  });

  it("refuses an e-mail address that already has an account", async () => {
    const { email } = await createWorkspace();
    const again = await signUpWorkspaceOwner({ name: "Other", workspaceName: "Other", email, password: PASSWORD });
    expect(again).toEqual({ ok: false, fieldErrors: { email: "emailTaken" } });
    expect(await db.workspace.count({ where: { name: "Other" } })).toBe(0);
  });
});

describe("authenticate", () => {
  it("accepts the right password and returns no hash", async () => {
    const { email } = await createWorkspace();
    const result = await authenticate({ email, password: PASSWORD }, "10.0.0.1");
    expect(result.status).toBe("ok");
    if (result.status === "ok") expect(Object.keys(result.user).sort()).toEqual(["email", "id", "name", "sessionVersion"]);
  });

  it("rejects a wrong password and an unknown address alike", async () => {
    const { email } = await createWorkspace();
    expect(await authenticate({ email, password: "wrong password" }, "10.0.0.2")).toEqual({ status: "invalid" });
    expect(await authenticate({ email: `nobody-${unique()}@example.test`, password: PASSWORD }, "10.0.0.2")).toEqual({ status: "invalid" });
  });

  it(`locks an account after ${SIGN_IN_MAX_FAILURES} failures in 15 minutes, even with the right password`, async () => {
    const { email } = await createWorkspace();
    for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES; attempt++) {
      // Different addresses: the account's own count must trip.
      expect((await authenticate({ email, password: "wrong" }, `10.1.0.${attempt}`)).status).toBe("invalid");
    }
    expect(await authenticate({ email, password: PASSWORD }, "10.1.1.1")).toEqual({ status: "rate_limited" });
  });

  it(`limits one client address to ${SIGN_IN_MAX_FAILURES} failures across accounts`, async () => {
    const ip = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES; attempt++) {
      await authenticate({ email: `guess-${attempt}-${unique()}@example.test`, password: "wrong" }, ip);
    }
    const { email } = await createWorkspace();
    expect(await authenticate({ email, password: PASSWORD }, ip)).toEqual({ status: "rate_limited" });
    expect((await authenticate({ email, password: PASSWORD }, "10.3.0.1")).status).toBe("ok");
  });

  it("forgets failures older than the window", async () => {
    const { email } = await createWorkspace();
    const longAgo = new Date(Date.now() - SIGN_IN_WINDOW_MS - 60_000);
    for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES; attempt++) {
      await authenticate({ email, password: "wrong" }, "10.4.0.1", longAgo);
    }
    expect((await authenticate({ email, password: PASSWORD }, "10.4.0.2")).status).toBe("ok");
  });

  it("counts failures in the database, where every app server sees them", async () => {
    const { email } = await createWorkspace();
    await authenticate({ email, password: "wrong" }, "10.5.0.1");
    expect(await db.signInFailure.count({ where: { key: `email:${email}` } })).toBe(1);
    expect(await db.signInFailure.count({ where: { key: "ip:10.5.0.1" } })).toBe(1);
  });
});
