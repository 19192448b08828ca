import { describe, expect, it } from "vitest";
import { getSessionMember } from "@/lib/server/accounts";
import { db } from "@/lib/server/db";
import {
  acceptInvitation,
  createConsultantInvitation,
  findInvitation,
  INVITATION_LIFETIME_MS,
  listMembers,
  listPendingInvitations,
  revokeInvitation,
} from "@/lib/server/invitations";
import { createWorkspace, unique } from "./helpers";

async function invite(scope: { workspaceId: string; userId: string }, email = `sam-${unique()}@example.test`, now?: Date) {
  const result = await createConsultantInvitation(scope, email, { now });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return { email, token: result.value.token };
}

describe("consultant invitations", () => {
  it("stores only a hash of a long random token", async () => {
    const scope = await createWorkspace();
    const { token } = await invite(scope);
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
    const rows = await db.invitation.findMany({ where: { workspaceId: scope.workspaceId }, select: { tokenHash: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
  });

  it("lets the invitee join as a consultant once", async () => {
    const scope = await createWorkspace("Groeipad");
    const { email, token } = await invite(scope);
    expect(await findInvitation(token)).toEqual({ status: "valid", email, workspaceName: "Groeipad", role: "CONSULTANT", organisationName: null });

    const accepted = await acceptInvitation(token, { name: "Sam", password: "another long password" });
    expect(accepted).toEqual({ ok: true, value: { email, role: "CONSULTANT" } });
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    expect(await getSessionMember(user.id)).toMatchObject({ workspaceId: scope.workspaceId, role: "CONSULTANT" });
    expect((await listMembers(scope)).map((member) => member.role).sort()).toEqual(["CONSULTANT", "OWNER"]);

    expect(await findInvitation(token)).toEqual({ status: "used" });
    expect(await acceptInvitation(token, { name: "Sam again", password: "another long password" })).toEqual({ ok: false, status: "used" });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("refuses an expired link", async () => {
    const scope = await createWorkspace();
    const longAgo = new Date(Date.now() - INVITATION_LIFETIME_MS - 1000);
    const { token, email } = await invite(scope, undefined, longAgo);
    expect(await findInvitation(token)).toEqual({ status: "expired" });
    expect(await acceptInvitation(token, { name: "Late", password: "another long password" })).toEqual({ ok: false, status: "expired" });
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await listPendingInvitations(scope)).toEqual([]);
  });

  it("refuses a withdrawn link and an unknown one", async () => {
    const scope = await createWorkspace();
    const { token } = await invite(scope);
    const [pending] = await listPendingInvitations(scope);
    expect(await revokeInvitation(scope, pending!.id)).toBe(true);
    expect(await findInvitation(token)).toEqual({ status: "used" });
    expect(await findInvitation("not-a-real-token")).toEqual({ status: "unknown" });
  });

  it("replaces an older link for the same address", async () => {
    const scope = await createWorkspace();
    const email = `twice-${unique()}@example.test`;
    const first = await invite(scope, email);
    const second = await invite(scope, email);
    expect((await findInvitation(first.token)).status).toBe("used");
    expect((await findInvitation(second.token)).status).toBe("valid");
  });

  it("does not invite an address that already has an account", async () => {
    const scope = await createWorkspace();
    const other = await createWorkspace();
    expect(await createConsultantInvitation(scope, other.email)).toEqual({ ok: false, fieldErrors: { email: "emailTaken" } });
  });

  it("cannot withdraw another workspace's invitation", async () => {
    const scope = await createWorkspace();
    const intruder = await createWorkspace();
    const { token } = await invite(scope);
    const [pending] = await listPendingInvitations(scope);
    expect(await revokeInvitation(intruder, pending!.id)).toBe(false);
    expect((await findInvitation(token)).status).toBe("valid");
    expect(await listPendingInvitations(intruder)).toEqual([]);
  });
});
