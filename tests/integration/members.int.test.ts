import { describe, expect, it } from "vitest";
import { changePassword, confirmEmailChange, endAllSessions, getAccount, requestEmailChange, updateProfile } from "@/lib/server/account";
import { authenticate, getSessionMember } from "@/lib/server/accounts";
import { db } from "@/lib/server/db";
import { acceptInvitation, createConsultantInvitation, listMembers } from "@/lib/server/invitations";
import { localeOfUser } from "@/lib/server/mail/recipients";
import { openBody } from "@/lib/server/mail/seal";
import { changeMemberRole, removeMember, transferOwnership } from "@/lib/server/members";
import { createOrganisation, getOrganisation } from "@/lib/server/organisations";
import { createWorkspace, organisationInput, unique } from "./helpers";

async function withConsultant() {
  const scope = await createWorkspace();
  const email = `sam-${unique()}@example.test`;
  const invitation = await createConsultantInvitation(scope, email);
  if (!invitation.ok) throw new Error("invitation");
  await acceptInvitation(invitation.value.token, { name: "Sam", password: "a long enough password" });
  const consultant = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return { scope, consultant: { workspaceId: scope.workspaceId, userId: consultant.id, email } };
}

const roleOf = async (userId: string) => (await db.membership.findUnique({ where: { userId }, select: { role: true } }))?.role ?? null;

describe("the owner manages the team", () => {
  it("changes roles but always keeps an owner", async () => {
    const { scope, consultant } = await withConsultant();
    expect(await changeMemberRole(scope, scope.userId, "CONSULTANT")).toEqual({ ok: false, reason: "lastOwner" });
    expect(await changeMemberRole(scope, consultant.userId, "OWNER")).toEqual({ ok: true });
    expect(await changeMemberRole(scope, scope.userId, "CONSULTANT")).toEqual({ ok: true });
    expect(await roleOf(scope.userId)).toBe("CONSULTANT");
    expect(await changeMemberRole(consultant, consultant.userId, "CONSULTANT")).toEqual({ ok: false, reason: "lastOwner" });
  });

  it("transfers ownership", async () => {
    const { scope, consultant } = await withConsultant();
    expect(await transferOwnership(scope, consultant.userId)).toEqual({ ok: true });
    expect([await roleOf(scope.userId), await roleOf(consultant.userId)]).toEqual(["CONSULTANT", "OWNER"]);
    expect(await transferOwnership(scope, consultant.userId)).toEqual({ ok: false, reason: "notFound" });
  });

  it("removes a member: the account ends, their organisations lose their consultant, nothing of another workspace is touched", async () => {
    const { scope, consultant } = await withConsultant();
    const organisation = await createOrganisation(scope, { ...organisationInput(), responsibleConsultantId: consultant.userId });
    if (!organisation.ok) throw new Error("organisation");
    const intruder = await createWorkspace();
    expect(await removeMember(intruder, consultant.userId)).toEqual({ ok: false, reason: "notFound" });
    expect(await removeMember(scope, scope.userId)).toEqual({ ok: false, reason: "self" });
    expect(await removeMember(scope, consultant.userId)).toEqual({ ok: true });
    expect(await getSessionMember(consultant.userId)).toBeNull();
    expect((await authenticate({ email: consultant.email, password: "a long enough password" }, "10.9.9.9")).status).toBe("invalid");
    expect((await getOrganisation(scope, organisation.value.id))!.responsibleConsultant).toBeNull();
    expect((await listMembers(scope)).map((member) => member.userId)).toEqual([scope.userId]);
  });
});

describe("one's own account", () => {
  it("keeps the name, language and digest choice, and mail follows the language", async () => {
    const scope = await createWorkspace();
    expect(await localeOfUser(db, scope.userId)).toBe("nl");
    await updateProfile(scope.userId, { name: "Noor", locale: "en", digestsEnabled: false });
    expect(await getAccount(scope.userId)).toMatchObject({ name: "Noor", locale: "en", digestsEnabled: false, pendingEmail: null });
    expect(await localeOfUser(db, scope.userId)).toBe("en");
  });

  it("changes the password only with the current one, and ends every session", async () => {
    const scope = await createWorkspace();
    expect(await changePassword(scope.userId, { currentPassword: "wrong", newPassword: "a brand new password" })).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "wrongPassword" },
    });
    expect(await changePassword(scope.userId, { currentPassword: "correct horse battery", newPassword: "a brand new password" })).toEqual({
      ok: true,
      email: scope.email,
    });
    expect(await getSessionMember(scope.userId, 1)).toBeNull();
    expect((await authenticate({ email: scope.email, password: "a brand new password" }, "10.8.8.8")).status).toBe("ok");
    await endAllSessions(scope.userId);
    expect(await getSessionMember(scope.userId, 2)).toBeNull();
    expect(await getSessionMember(scope.userId, 3)).not.toBeNull();
  });

  it("changes the e-mail address only when the new address confirms it", async () => {
    const scope = await createWorkspace();
    const other = await createWorkspace();
    const newEmail = `nieuw-${unique()}@example.test`;
    expect(await requestEmailChange(scope.userId, { newEmail: other.email, currentPassword: "correct horse battery" })).toEqual({
      ok: false,
      fieldErrors: { newEmail: "emailTaken" },
    });
    expect(await requestEmailChange(scope.userId, { newEmail, currentPassword: "nope" })).toMatchObject({ ok: false });
    expect(await requestEmailChange(scope.userId, { newEmail, currentPassword: "correct horse battery" })).toEqual({ ok: true });
    expect((await getAccount(scope.userId))!).toMatchObject({ email: scope.email, pendingEmail: newEmail });
    const outgoing = await db.outboxMessage.findFirstOrThrow({ where: { recipient: newEmail, kind: "email_change" }, select: { status: true } });
    expect(outgoing.status).toBe("NOT_SENT");
    // Without a mail server the message is not kept; the test takes the token from a fresh request with a sealed copy.
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    await requestEmailChange(scope.userId, { newEmail, currentPassword: "correct horse battery" });
    delete process.env.SMTP_URL;
    const sealed = await db.outboxMessage.findFirstOrThrow({ where: { recipient: newEmail, status: "PENDING" }, select: { body: true } });
    const token = /confirm-email\/([A-Za-z0-9_-]+)/.exec(openBody(sealed.body!)!)![1]!;
    expect(await confirmEmailChange(token)).toEqual({ ok: true, email: newEmail });
    expect(await confirmEmailChange(token)).toEqual({ ok: false, status: "used" });
    expect((await getAccount(scope.userId))!.email).toBe(newEmail);
    expect((await authenticate({ email: newEmail, password: "correct horse battery" }, "10.7.7.7")).status).toBe("ok");
  });
});
