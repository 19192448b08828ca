import "server-only";
import { db, type Tx } from "./db";
import type { WorkspaceScope } from "./scope";

export type AuditSubject = "organisation" | "workspace" | "invitation" | "membership" | "assessment";

type Change = Record<string, unknown>;

/** Keeps only the fields that changed, so an event stays short. */
export function changedFields(before: Change, after: Change): { before: Change; after: Change } {
  const changedBefore: Change = {};
  const changedAfter: Change = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changedBefore[key] = before[key];
      changedAfter[key] = after[key];
    }
  }
  return { before: changedBefore, after: changedAfter };
}

export async function recordAuditEvent(
  tx: Tx,
  scope: WorkspaceScope,
  event: { action: string; subjectType: AuditSubject; subjectId: string; before?: Change | null; after?: Change | null },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      workspaceId: scope.workspaceId,
      actorId: scope.userId,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      before: event.before ? JSON.stringify(event.before) : null,
      after: event.after ? JSON.stringify(event.after) : null,
    },
  });
}

export type AuditEntry = {
  id: string;
  action: string;
  actorName: string | null;
  createdAt: Date;
  before: Change | null;
  after: Change | null;
};

export async function listAuditEvents(
  scope: Pick<WorkspaceScope, "workspaceId">,
  subjectType: AuditSubject,
  subjectId: string,
  take = 50,
): Promise<AuditEntry[]> {
  const rows = await db.auditEvent.findMany({
    where: { workspaceId: scope.workspaceId, subjectType, subjectId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      action: true,
      createdAt: true,
      before: true,
      after: true,
      actor: { select: { name: true } },
      actorLabel: true,
    },
  });
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    actorName: row.actor?.name ?? row.actorLabel ?? null,
    createdAt: row.createdAt,
    before: row.before ? (JSON.parse(row.before) as Change) : null,
    after: row.after ? (JSON.parse(row.after) as Change) : null,
  }));
}
