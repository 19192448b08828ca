import "server-only";
import { db, type Tx } from "./db";
import { recordAuditEvent } from "./audit";
import type { WorkspaceScope } from "./scope";

// The owner manages who works in the workspace. A workspace always keeps at least one owner.

type StaffRole = "OWNER" | "CONSULTANT";
type MemberChange = { ok: true } | { ok: false; reason: "notFound" | "lastOwner" | "self" };

async function staffMember(tx: Tx, workspaceId: string, userId: string) {
  return tx.membership.findFirst({
    where: { workspaceId, userId, role: { in: ["OWNER", "CONSULTANT"] } },
    select: { id: true, role: true, user: { select: { name: true, email: true } } },
  });
}

const otherOwners = (tx: Tx, workspaceId: string, userId: string) => tx.membership.count({ where: { workspaceId, role: "OWNER", userId: { not: userId } } });

/** Makes a consultant an owner or an owner a consultant; the last owner stays one. */
export async function changeMemberRole(scope: WorkspaceScope, userId: string, role: StaffRole): Promise<MemberChange> {
  return db.$transaction(async (tx) => {
    const member = await staffMember(tx, scope.workspaceId, userId);
    if (!member) return { ok: false, reason: "notFound" };
    if (member.role === role) return { ok: true };
    if (member.role === "OWNER" && (await otherOwners(tx, scope.workspaceId, userId)) === 0) return { ok: false, reason: "lastOwner" };
    await tx.membership.update({ where: { id: member.id }, data: { role } });
    await recordAuditEvent(tx, scope, {
      action: "membership.role_changed",
      subjectType: "membership",
      subjectId: userId,
      before: { role: member.role },
      after: { role },
    });
    return { ok: true };
  });
}

/** Hands the workspace over: the consultant becomes owner, the caller a consultant. */
export async function transferOwnership(scope: WorkspaceScope, toUserId: string): Promise<MemberChange> {
  if (toUserId === scope.userId) return { ok: false, reason: "self" };
  return db.$transaction(async (tx) => {
    const target = await staffMember(tx, scope.workspaceId, toUserId);
    const caller = await staffMember(tx, scope.workspaceId, scope.userId);
    if (!target || caller?.role !== "OWNER") return { ok: false, reason: "notFound" };
    await tx.membership.update({ where: { id: target.id }, data: { role: "OWNER" } });
    await tx.membership.update({ where: { id: caller.id }, data: { role: "CONSULTANT" } });
    await recordAuditEvent(tx, scope, {
      action: "workspace.ownership_transferred",
      subjectType: "workspace",
      subjectId: scope.workspaceId,
      after: { to: target.user.email },
    });
    return { ok: true };
  });
}

/**
 * Removes an owner or consultant from the workspace, and their account with it. What they
 * wrote keeps their name; the organisations they looked after have nobody responsible until
 * another is chosen.
 */
export async function removeMember(scope: WorkspaceScope, userId: string): Promise<MemberChange> {
  if (userId === scope.userId) return { ok: false, reason: "self" };
  return db.$transaction(async (tx) => {
    const member = await staffMember(tx, scope.workspaceId, userId);
    if (!member) return { ok: false, reason: "notFound" };
    if (member.role === "OWNER" && (await otherOwners(tx, scope.workspaceId, userId)) === 0) return { ok: false, reason: "lastOwner" };
    const name = member.user.name;
    await tx.assessment.updateMany({ where: { workspaceId: scope.workspaceId, authorId: userId }, data: { authorLabel: name } });
    await tx.pulse.updateMany({ where: { workspaceId: scope.workspaceId, authorId: userId }, data: { authorLabel: name } });
    await tx.auditEvent.updateMany({ where: { workspaceId: scope.workspaceId, actorId: userId }, data: { actorLabel: name } });
    // Invitations they sent that are still open are withdrawn; the records go with the account.
    await tx.user.delete({ where: { id: userId } });
    await recordAuditEvent(tx, scope, {
      action: "membership.removed",
      subjectType: "membership",
      subjectId: userId,
      before: { email: member.user.email, role: member.role },
    });
    return { ok: true };
  });
}
