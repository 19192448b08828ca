import "server-only";
import { asNumber } from "./sql";
import { db, type Tx } from "./db";
import { recordAuditEvent } from "./audit";
import { isUniqueViolation, type WorkspaceScope } from "./scope";
import {
  isEmptyStrategy,
  isStrategyElementId,
  OBJECTIVE_FIELDS,
  parseCalendarDay,
  STRATEGY_FIELD_HARD_MAX,
  strategyProblems,
  type ActionStatus,
  type ObjectiveDraft,
  type ObjectiveField,
  type StrategyContent,
  type StrategyProblem,
  type StrategyStart,
} from "@/lib/curve";

// A client's social media strategies: the draft being written (sections, objectives, internal
// notes), its saved versions and the one version its client viewers read.

type Scope = Pick<WorkspaceScope, "workspaceId">;

export type StrategySummary = {
  id: string;
  /** "" for the whole organisation. */
  channel: string;
  updatedAt: Date;
  versions: number;
  sharedVersion: number | null;
};

type StrategyVersionSummary = {
  id: string;
  number: number;
  createdAt: Date;
  savedByName: string | null;
  assessment: { id: string; title: string; assessedOn: Date } | null;
  sharedAt: Date | null;
};

type StrategyObjectiveRecord = ObjectiveDraft & { actions: { id: string; title: string; status: ActionStatus }[] };

export type StrategyDraft = {
  id: string;
  organisationId: string;
  channel: string;
  exampleId: string | null;
  sections: StrategyContent["sections"];
  objectives: StrategyObjectiveRecord[];
  internalNotes: string;
  updatedAt: Date;
  versions: StrategyVersionSummary[];
};

export type SharedStrategy = { channel: string; number: number; sharedAt: Date; savedOn: Date; content: StrategyContent };

const objectiveSelect = { id: true, what: true, kpi: true, baseline: true, target: true, dueOn: true, dimensionId: true } as const;

export async function listStrategies(scope: Scope, organisationId: string): Promise<StrategySummary[]> {
  // The strategy tab's list: one plain statement (lib/server/sql.ts).
  const rows = await db.$queryRaw<{ id: string; channel: string; updatedAt: Date; versions: unknown; sharedVersion: number | null }[]>`
    SELECT s."id", s."channel", s."updatedAt",
           (SELECT COUNT(*) FROM "StrategyVersion" v WHERE v."strategyId" = s."id") AS "versions",
           (SELECT MAX(v."number") FROM "StrategyVersion" v WHERE v."strategyId" = s."id" AND v."sharedAt" IS NOT NULL) AS "sharedVersion"
    FROM "Strategy" s
    WHERE s."workspaceId" = ${scope.workspaceId} AND s."organisationId" = ${organisationId}
    ORDER BY s."channel" ASC`;
  return rows.map((row) => ({ ...row, versions: asNumber(row.versions) ?? 0, sharedVersion: asNumber(row.sharedVersion) }));
}

export async function getStrategy(scope: Scope, organisationId: string, strategyId: string): Promise<StrategyDraft | null> {
  const row = await db.strategy.findFirst({
    where: { id: strategyId, organisationId, workspaceId: scope.workspaceId },
    select: {
      id: true,
      organisationId: true,
      channel: true,
      exampleId: true,
      internalNotes: true,
      updatedAt: true,
      sections: { select: { elementId: true, text: true } },
      objectives: {
        orderBy: { position: "asc" },
        select: { ...objectiveSelect, actionItems: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, status: true } } },
      },
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          createdAt: true,
          sharedAt: true,
          savedByLabel: true,
          savedBy: { select: { name: true } },
          assessment: { select: { id: true, title: true, assessedOn: true } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    organisationId: row.organisationId,
    channel: row.channel,
    exampleId: row.exampleId,
    internalNotes: row.internalNotes,
    updatedAt: row.updatedAt,
    sections: sectionsOf(row.sections),
    objectives: row.objectives.map(({ actionItems, ...objective }) => ({
      ...objective,
      actions: actionItems.map((item) => ({ ...item, status: item.status as ActionStatus })),
    })),
    versions: row.versions.map((version) => ({
      id: version.id,
      number: version.number,
      createdAt: version.createdAt,
      sharedAt: version.sharedAt,
      savedByName: version.savedBy?.name ?? version.savedByLabel,
      assessment: version.assessment,
    })),
  };
}

function sectionsOf(rows: { elementId: string; text: string }[]): StrategyContent["sections"] {
  return Object.fromEntries(rows.filter((row) => isStrategyElementId(row.elementId) && row.text !== "").map((row) => [row.elementId, row.text]));
}

export type NewStrategy = StrategyStart & { channel: string; exampleId: string | null };

/** Starts a strategy; one per organisation and one per channel. */
export async function createStrategy(
  scope: WorkspaceScope,
  organisationId: string,
  input: NewStrategy,
): Promise<{ ok: true; id: string } | { ok: false; reason: "not_found" | "exists" }> {
  try {
    return await db.$transaction(async (tx) => {
      const organisation = await tx.organisation.findFirst({
        where: { id: organisationId, workspaceId: scope.workspaceId, archivedAt: null },
        select: { id: true },
      });
      if (!organisation) return { ok: false as const, reason: "not_found" as const };
      const strategy = await tx.strategy.create({
        data: {
          workspaceId: scope.workspaceId,
          organisationId,
          channel: input.channel,
          exampleId: input.exampleId,
          sections: { create: Object.entries(input.sections).map(([elementId, text]) => ({ elementId, text: text ?? "" })) },
          objectives: { create: input.objectives.map((objective, position) => ({ workspaceId: scope.workspaceId, position, ...objective })) },
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, scope, {
        action: "organisation.strategy_started",
        subjectType: "organisation",
        subjectId: organisationId,
        after: { channel: input.channel || null, example: input.exampleId },
      });
      return { ok: true as const, id: strategy.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "exists" };
    throw error;
  }
}

/** The strategy, if it is the caller's workspace's and its organisation is not archived. */
async function ownStrategy(tx: Tx, scope: Scope, strategyId: string) {
  return tx.strategy.findFirst({
    where: { id: strategyId, workspaceId: scope.workspaceId, organisation: { archivedAt: null } },
    select: { id: true, organisationId: true, channel: true },
  });
}

export type StrategyField =
  { kind: "section"; elementId: string } | { kind: "notes" } | { kind: "example" } | { kind: "objective"; objectiveId: string; name: ObjectiveField };

/**
 * Keeps one field of the draft as typed, also when it is not valid yet (the page shows the
 * problem at the field); only text beyond any use is refused without being kept.
 */
export async function saveStrategyField(
  scope: WorkspaceScope,
  strategyId: string,
  field: StrategyField,
  value: string,
): Promise<{ ok: true } | { ok: false; reason: "not_found" | "too_long" }> {
  if (value.length > STRATEGY_FIELD_HARD_MAX) return { ok: false, reason: "too_long" };
  return db.$transaction(async (tx) => {
    const strategy = await ownStrategy(tx, scope, strategyId);
    if (!strategy) return { ok: false as const, reason: "not_found" as const };
    if (field.kind === "section") {
      if (!isStrategyElementId(field.elementId)) return { ok: false as const, reason: "not_found" as const };
      await tx.strategySection.upsert({
        where: { strategyId_elementId: { strategyId, elementId: field.elementId } },
        create: { strategyId, elementId: field.elementId, text: value },
        update: { text: value },
      });
    } else if (field.kind === "objective") {
      const updated = await tx.strategyObjective.updateMany({
        where: { id: field.objectiveId, strategyId, workspaceId: scope.workspaceId },
        data: { [field.name]: value },
      });
      if (updated.count === 0) return { ok: false as const, reason: "not_found" as const };
    }
    await tx.strategy.update({
      where: { id: strategyId },
      data: field.kind === "notes" ? { internalNotes: value } : field.kind === "example" ? { exampleId: value || null } : { updatedAt: new Date() },
    });
    return { ok: true as const };
  });
}

export async function addObjective(scope: WorkspaceScope, strategyId: string): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const strategy = await ownStrategy(tx, scope, strategyId);
    if (!strategy) return null;
    const last = await tx.strategyObjective.findFirst({ where: { strategyId }, orderBy: { position: "desc" }, select: { position: true } });
    const objective = await tx.strategyObjective.create({
      data: { workspaceId: scope.workspaceId, strategyId, position: (last?.position ?? -1) + 1 },
      select: { id: true },
    });
    await tx.strategy.update({ where: { id: strategyId }, data: { updatedAt: new Date() } });
    return objective.id;
  });
}

/** Removes an objective from the draft; actions made from it stay in the plan. */
export async function removeObjective(scope: WorkspaceScope, strategyId: string, objectiveId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const strategy = await ownStrategy(tx, scope, strategyId);
    if (!strategy) return false;
    const removed = await tx.strategyObjective.deleteMany({ where: { id: objectiveId, strategyId, workspaceId: scope.workspaceId } });
    if (removed.count > 0) await tx.strategy.update({ where: { id: strategyId }, data: { updatedAt: new Date() } });
    return removed.count > 0;
  });
}

type ObjectiveRules = { today: Date; dimensionIds: readonly string[] };

/** An action in the organisation's plan, made from an objective: its title, dimension and date. */
export async function createActionFromObjective(
  scope: WorkspaceScope,
  strategyId: string,
  objectiveId: string,
  rules: ObjectiveRules,
): Promise<{ ok: true; id: string; existing: boolean } | { ok: false; reason: "not_found" | "invalid" }> {
  return db.$transaction(async (tx) => {
    const strategy = await ownStrategy(tx, scope, strategyId);
    if (!strategy) return { ok: false as const, reason: "not_found" as const };
    const objective = await tx.strategyObjective.findFirst({ where: { id: objectiveId, strategyId, workspaceId: scope.workspaceId }, select: objectiveSelect });
    if (!objective) return { ok: false as const, reason: "not_found" as const };
    const problems = strategyProblems({ sections: {}, objectives: [objective] }, rules);
    if (Object.keys(problems).length > 0 || !objective.what.trim()) return { ok: false as const, reason: "invalid" as const };
    // A second click (or a second tab) adds nothing: the objective's action with this title is there.
    const existing = await tx.actionItem.findFirst({ where: { objectiveId, title: objective.what.trim().slice(0, 200) }, select: { id: true } });
    if (existing) return { ok: true as const, id: existing.id, existing: true };
    const item = await tx.actionItem.create({
      data: {
        workspaceId: scope.workspaceId,
        organisationId: strategy.organisationId,
        title: objective.what.trim().slice(0, 200),
        dimensionId: objective.dimensionId || null,
        dueDate: objective.dueOn ? parseCalendarDay(objective.dueOn.trim()) : null,
        objectiveId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, scope, {
      action: "organisation.action_added",
      subjectType: "organisation",
      subjectId: strategy.organisationId,
      after: { title: objective.what.trim() },
    });
    return { ok: true as const, id: item.id, existing: false };
  });
}

async function draftContent(tx: Tx, strategyId: string): Promise<StrategyContent> {
  const [sections, objectives] = await Promise.all([
    tx.strategySection.findMany({ where: { strategyId }, select: { elementId: true, text: true } }),
    tx.strategyObjective.findMany({ where: { strategyId }, orderBy: { position: "asc" }, select: objectiveSelect }),
  ]);
  return {
    sections: sectionsOf(sections),
    // An objective left empty is a row not yet begun, not part of the strategy.
    objectives: objectives.filter((objective) => OBJECTIVE_FIELDS.some((field) => objective[field].trim() !== "")),
  };
}

export type SaveVersionOutcome =
  | { ok: true; number: number }
  | { ok: false; reason: "not_found" | "empty" | "unchanged" }
  | { ok: false; reason: "invalid"; problems: Record<string, StrategyProblem> };

/**
 * Saves the draft as the next version, dated today and linked to the latest completed
 * assessment (the one it answers). A draft with problems, nothing written or nothing changed
 * since the last version is not saved.
 */
export async function saveStrategyVersion(scope: WorkspaceScope, strategyId: string, rules: ObjectiveRules): Promise<SaveVersionOutcome> {
  return db.$transaction(async (tx) => {
    const strategy = await ownStrategy(tx, scope, strategyId);
    if (!strategy) return { ok: false as const, reason: "not_found" as const };
    const content = await draftContent(tx, strategyId);
    const problems = strategyProblems(content, rules);
    if (Object.keys(problems).length > 0) return { ok: false as const, reason: "invalid" as const, problems };
    if (isEmptyStrategy(content)) return { ok: false as const, reason: "empty" as const };
    const last = await tx.strategyVersion.findFirst({ where: { strategyId }, orderBy: { number: "desc" }, select: { number: true, content: true } });
    const serialised = JSON.stringify(content);
    if (last && last.content === serialised) return { ok: false as const, reason: "unchanged" as const };
    const assessment = await tx.assessment.findFirst({
      where: { workspaceId: scope.workspaceId, organisationId: strategy.organisationId, status: "COMPLETED" },
      orderBy: [{ assessedOn: "desc" }, { completedAt: "desc" }],
      select: { id: true },
    });
    const number = (last?.number ?? 0) + 1;
    await tx.strategyVersion.create({
      data: { workspaceId: scope.workspaceId, strategyId, number, assessmentId: assessment?.id ?? null, content: serialised, savedById: scope.userId },
    });
    await recordAuditEvent(tx, scope, {
      action: "organisation.strategy_version_saved",
      subjectType: "organisation",
      subjectId: strategy.organisationId,
      after: { channel: strategy.channel || null, version: number },
    });
    return { ok: true as const, number };
  });
}

/** Shares one version with the client viewers (ending the share of any other), or stops sharing it. */
export async function setStrategyVersionShared(scope: WorkspaceScope, strategyId: string, versionId: string, shared: boolean): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const strategy = await ownStrategy(tx, scope, strategyId);
    if (!strategy) return false;
    const version = await tx.strategyVersion.findFirst({ where: { id: versionId, strategyId, workspaceId: scope.workspaceId }, select: { number: true } });
    if (!version) return false;
    await tx.strategyVersion.updateMany({ where: { strategyId, sharedAt: { not: null } }, data: { sharedAt: null } });
    if (shared) await tx.strategyVersion.update({ where: { id: versionId }, data: { sharedAt: new Date() } });
    await recordAuditEvent(tx, scope, {
      action: shared ? "organisation.strategy_shared" : "organisation.strategy_unshared",
      subjectType: "organisation",
      subjectId: strategy.organisationId,
      after: { channel: strategy.channel || null, version: version.number },
    });
    return true;
  });
}

/** Two versions' contents, for "what changed"; null when either is not this strategy's. */
export async function getStrategyVersionContents(
  scope: Scope,
  strategyId: string,
  numbers: [number, number],
): Promise<[StrategyContent, StrategyContent] | null> {
  const rows = await db.strategyVersion.findMany({
    where: { strategyId, workspaceId: scope.workspaceId, number: { in: numbers } },
    select: { number: true, content: true },
  });
  const byNumber = new Map(rows.map((row) => [row.number, parseContent(row.content)]));
  const [from, to] = [byNumber.get(numbers[0]), byNumber.get(numbers[1])];
  return from && to ? [from, to] : null;
}

/** The shared version of each of the organisation's strategies: what its client viewers, and its report, show. */
export async function listSharedStrategies(scope: Scope, organisationId: string): Promise<SharedStrategy[]> {
  const rows = await db.strategyVersion.findMany({
    where: { workspaceId: scope.workspaceId, sharedAt: { not: null }, strategy: { organisationId, workspaceId: scope.workspaceId } },
    orderBy: { strategy: { channel: "asc" } },
    select: { number: true, sharedAt: true, createdAt: true, content: true, strategy: { select: { channel: true } } },
  });
  return rows.map((row) => ({
    channel: row.strategy.channel,
    number: row.number,
    sharedAt: row.sharedAt!,
    savedOn: row.createdAt,
    content: parseContent(row.content),
  }));
}

/** How many strategies its client viewers can read, without loading them. */
export async function countSharedStrategies(scope: Scope, organisationId: string): Promise<number> {
  return db.strategyVersion.count({
    where: { workspaceId: scope.workspaceId, sharedAt: { not: null }, strategy: { organisationId, workspaceId: scope.workspaceId } },
  });
}

function parseContent(json: string): StrategyContent {
  const parsed = JSON.parse(json) as StrategyContent;
  return { sections: parsed.sections ?? {}, objectives: parsed.objectives ?? [] };
}

export async function deleteStrategy(scope: WorkspaceScope, strategyId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const strategy = await ownStrategy(tx, scope, strategyId);
    if (!strategy) return false;
    await tx.strategy.delete({ where: { id: strategyId } });
    await recordAuditEvent(tx, scope, {
      action: "organisation.strategy_deleted",
      subjectType: "organisation",
      subjectId: strategy.organisationId,
      before: { channel: strategy.channel || null },
    });
    return true;
  });
}
