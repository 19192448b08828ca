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
  // On every history tab and assessment page: one plain statement (lib/server/sql.ts).
  const rows = await db.$queryRaw<
    { id: string; action: string; createdAt: Date; before: string | null; after: string | null; actorName: string | null; actorLabel: string | null }[]
  >`
    SELECT e."id", e."action", e."createdAt", e."before", e."after", u."name" AS "actorName", e."actorLabel"
    FROM "AuditEvent" e LEFT JOIN "User" u ON u."id" = e."actorId"
    WHERE e."workspaceId" = ${scope.workspaceId} AND e."subjectType" = ${subjectType} AND e."subjectId" = ${subjectId}
    ORDER BY e."createdAt" DESC, e."id" DESC
    LIMIT ${take}`;
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    actorName: row.actorName ?? row.actorLabel ?? null,
    createdAt: row.createdAt,
    before: row.before ? (JSON.parse(row.before) as Change) : null,
    after: row.after ? (JSON.parse(row.after) as Change) : null,
  }));
}
