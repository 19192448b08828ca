import "server-only";
import { db } from "./db";
import { changedFields, recordAuditEvent } from "./audit";
import { isUniqueViolation, type WorkspaceScope } from "./scope";
import { asDate } from "./sql";
import { isoDay, nextReassessmentDue, reassessmentStatus, type ActionStatus, type ReassessmentStatus, type StageNumber } from "@/lib/curve";

export type ActionItemInput = {
  title: string;
  dimensionId: string | null;
  ownerName: string;
  dueDate?: Date;
  recommendationId: string | null;
};

// Targets, action plans and the reassessment cadence of an organisation.

export type DimensionTargetRecord = { dimensionId: string; targetStage: StageNumber; targetDate: Date | null };

// Targets, actions and the cadence are on most of an organisation's tabs: plain statements (lib/server/sql.ts).
export async function listTargets(scope: Pick<WorkspaceScope, "workspaceId">, organisationId: string): Promise<DimensionTargetRecord[]> {
  const rows = await db.$queryRaw<{ dimensionId: string; targetStage: number; targetDate: Date | null }[]>`
    SELECT "dimensionId", "targetStage", "targetDate" FROM "DimensionTarget"
    WHERE "workspaceId" = ${scope.workspaceId} AND "organisationId" = ${organisationId}`;
  return rows.map((row) => ({ ...row, targetStage: row.targetStage as StageNumber }));
}

/** Replaces the organisation's targets; a dimension without a stage has no target. */
export async function setTargets(
  scope: WorkspaceScope,
  organisationId: string,
  targets: { dimensionId: string; targetStage: StageNumber | null; targetDate: Date | null }[],
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({ where: { id: organisationId, workspaceId: scope.workspaceId }, select: { id: true } });
    if (!organisation) return false;
    const before = await tx.dimensionTarget.findMany({ where: { organisationId }, select: { dimensionId: true, targetStage: true, targetDate: true } });
    await tx.dimensionTarget.deleteMany({ where: { organisationId } });
    const kept = targets.filter((target) => target.targetStage !== null);
    await tx.dimensionTarget.createMany({
      data: kept.map((target) => ({
        workspaceId: scope.workspaceId,
        organisationId,
        dimensionId: target.dimensionId,
        targetStage: target.targetStage!,
        targetDate: target.targetDate,
      })),
    });
    const describe = (rows: { dimensionId: string; targetStage: number | null; targetDate: Date | null }[]) =>
      Object.fromEntries(rows.map((row) => [row.dimensionId, `${row.targetStage}${row.targetDate ? ` @ ${isoDay(row.targetDate)}` : ""}`]));
    const change = changedFields(describe(before), describe(kept));
    if (Object.keys(change.after).length > 0) {
      await recordAuditEvent(tx, scope, { action: "organisation.targets_updated", subjectType: "organisation", subjectId: organisationId, ...change });
    }
    return true;
  });
}

export type ActionItemRecord = {
  id: string;
  title: string;
  dimensionId: string | null;
  ownerName: string;
  dueDate: Date | null;
  status: ActionStatus;
  recommendationId: string | null;
  createdAt: Date;
};

export async function listActionItems(scope: Pick<WorkspaceScope, "workspaceId">, organisationId: string): Promise<ActionItemRecord[]> {
  const rows = await db.$queryRaw<(Omit<ActionItemRecord, "status"> & { status: string })[]>`
    SELECT "id", "title", "dimensionId", "ownerName", "dueDate", "status", "recommendationId", "createdAt" FROM "ActionItem"
    WHERE "workspaceId" = ${scope.workspaceId} AND "organisationId" = ${organisationId}
    ORDER BY "dueDate" ASC, "createdAt" ASC`;
  return rows.map((row) => ({ ...row, status: row.status as ActionStatus }));
}

/**
 * Adds an action item. A recommendation goes into the plan once: adding it again (a double
 * click, a second tab) returns the item that is there.
 */
export async function createActionItem(scope: WorkspaceScope, organisationId: string, input: ActionItemInput): Promise<string | null> {
  try {
    return await addActionItem(scope, organisationId, input);
  } catch (error) {
    if (!isUniqueViolation(error) || !input.recommendationId) throw error;
    const existing = await db.actionItem.findFirst({
      where: { workspaceId: scope.workspaceId, organisationId, recommendationId: input.recommendationId },
      select: { id: true },
    });
    return existing?.id ?? null;
  }
}

async function addActionItem(scope: WorkspaceScope, organisationId: string, input: ActionItemInput): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({ where: { id: organisationId, workspaceId: scope.workspaceId }, select: { id: true } });
    if (!organisation) return null;
    if (input.recommendationId) {
      const existing = await tx.actionItem.findFirst({ where: { organisationId, recommendationId: input.recommendationId }, select: { id: true } });
      if (existing) return existing.id;
    }
    const item = await tx.actionItem.create({
      data: {
        workspaceId: scope.workspaceId,
        organisationId,
        title: input.title,
        dimensionId: input.dimensionId,
        ownerName: input.ownerName,
        dueDate: input.dueDate ?? null,
        recommendationId: input.recommendationId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, scope, {
      action: "organisation.action_added",
      subjectType: "organisation",
      subjectId: organisationId,
      after: { title: input.title },
    });
    return item.id;
  });
}

const auditedAction = (item: { title: string; dimensionId: string | null; ownerName: string; dueDate: Date | null }) => ({
  title: item.title,
  dimension: item.dimensionId,
  owner: item.ownerName || null,
  dueDate: item.dueDate ? isoDay(item.dueDate) : null,
});

/** Changes an action item's text, dimension, owner and due date; false when it is not in the workspace. */
export async function updateActionItem(
  scope: WorkspaceScope,
  organisationId: string,
  actionItemId: string,
  input: Omit<ActionItemInput, "recommendationId">,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const item = await tx.actionItem.findFirst({
      where: { id: actionItemId, organisationId, workspaceId: scope.workspaceId },
      select: { title: true, dimensionId: true, ownerName: true, dueDate: true },
    });
    if (!item) return false;
    const next = { title: input.title, dimensionId: input.dimensionId, ownerName: input.ownerName, dueDate: input.dueDate ?? null };
    await tx.actionItem.update({ where: { id: actionItemId }, data: next });
    const change = changedFields(auditedAction(item), auditedAction(next));
    if (Object.keys(change.after).length > 0) {
      await recordAuditEvent(tx, scope, { action: "organisation.action_updated", subjectType: "organisation", subjectId: organisationId, ...change });
    }
    return true;
  });
}

/** Deletes an action item for good; the history keeps its title. */
export async function deleteActionItem(scope: WorkspaceScope, organisationId: string, actionItemId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const item = await tx.actionItem.findFirst({ where: { id: actionItemId, organisationId, workspaceId: scope.workspaceId }, select: { title: true } });
    if (!item) return false;
    await tx.actionItem.delete({ where: { id: actionItemId } });
    await recordAuditEvent(tx, scope, {
      action: "organisation.action_deleted",
      subjectType: "organisation",
      subjectId: organisationId,
      before: { title: item.title },
    });
    return true;
  });
}

/**
 * Sets an action item's status. With `asClientOf`, only for that organisation and only when
 * its consultant lets client viewers mark actions done.
 */
export async function setActionItemStatus(
  scope: WorkspaceScope,
  actionItemId: string,
  status: ActionStatus,
  asClientOf?: { organisationId: string },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const item = await tx.actionItem.findFirst({
      where: {
        id: actionItemId,
        workspaceId: scope.workspaceId,
        ...(asClientOf ? { organisationId: asClientOf.organisationId, organisation: { clientsMayCompleteActions: true, archivedAt: null } } : {}),
      },
      select: { organisationId: true, status: true, title: true },
    });
    if (!item) return false;
    if (item.status === status) return true;
    await tx.actionItem.update({ where: { id: actionItemId }, data: { status } });
    await recordAuditEvent(tx, scope, {
      action: "organisation.action_status",
      subjectType: "organisation",
      subjectId: item.organisationId,
      before: { [item.title]: item.status },
      after: { [item.title]: status },
    });
    return true;
  });
}

export async function setReassessmentCadence(scope: WorkspaceScope, organisationId: string, months: number | null): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({
      where: { id: organisationId, workspaceId: scope.workspaceId },
      select: { reassessmentMonths: true },
    });
    if (!organisation) return false;
    if (organisation.reassessmentMonths === months) return true;
    await tx.organisation.update({ where: { id: organisationId }, data: { reassessmentMonths: months } });
    await recordAuditEvent(tx, scope, {
      action: "organisation.updated",
      subjectType: "organisation",
      subjectId: organisationId,
      before: { reassessmentMonths: organisation.reassessmentMonths },
      after: { reassessmentMonths: months },
    });
    return true;
  });
}

export type ReassessmentDue = {
  organisationId: string;
  organisationName: string;
  cadenceMonths: number;
  lastAssessedOn: Date | null;
  due: Date;
  status: ReassessmentStatus;
};

/** Due dates of every active organisation with a cadence, in two queries, soonest first. */
export async function listReassessments(scope: Pick<WorkspaceScope, "workspaceId">, now: Date = new Date()): Promise<ReassessmentDue[]> {
  const [organisations, latest] = await Promise.all([
    db.organisation.findMany({
      where: { workspaceId: scope.workspaceId, archivedAt: null, reassessmentMonths: { not: null } },
      select: { id: true, name: true, reassessmentMonths: true, createdAt: true },
    }),
    db.assessment.groupBy({
      by: ["organisationId"],
      where: { workspaceId: scope.workspaceId, status: "COMPLETED" },
      _max: { assessedOn: true },
    }),
  ]);
  const lastByOrganisation = new Map(latest.map((row) => [row.organisationId, row._max.assessedOn]));
  return organisations
    .map((organisation) => {
      const lastAssessedOn = lastByOrganisation.get(organisation.id) ?? null;
      const due = nextReassessmentDue(organisation.reassessmentMonths, lastAssessedOn, organisation.createdAt)!;
      return {
        organisationId: organisation.id,
        organisationName: organisation.name,
        cadenceMonths: organisation.reassessmentMonths!,
        lastAssessedOn,
        due,
        status: reassessmentStatus(due, now),
      };
    })
    .sort((a, b) => a.due.getTime() - b.due.getTime());
}

export async function getReassessment(
  scope: Pick<WorkspaceScope, "workspaceId">,
  organisationId: string,
  now: Date = new Date(),
): Promise<{ cadenceMonths: number | null; due: Date | null; status: ReassessmentStatus | null }> {
  const [organisation] = await db.$queryRaw<{ reassessmentMonths: number | null; createdAt: Date; lastAssessedOn: unknown }[]>`
    SELECT o."reassessmentMonths", o."createdAt",
           (SELECT MAX(a."assessedOn") FROM "Assessment" a
            WHERE a."workspaceId" = o."workspaceId" AND a."organisationId" = o."id" AND a."status" = 'COMPLETED') AS "lastAssessedOn"
    FROM "Organisation" o WHERE o."id" = ${organisationId} AND o."workspaceId" = ${scope.workspaceId}`;
  if (!organisation) return { cadenceMonths: null, due: null, status: null };
  const due = nextReassessmentDue(organisation.reassessmentMonths, asDate(organisation.lastAssessedOn), organisation.createdAt);
  return { cadenceMonths: organisation.reassessmentMonths, due, status: due ? reassessmentStatus(due, now) : null };
}
