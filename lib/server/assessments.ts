import "server-only";
import { db } from "./db";
import { recordAuditEvent } from "./audit";
import type { SessionMember } from "./accounts";
import type { WorkspaceScope } from "./scope";
import {
  AssessmentInputError,
  answersToItemValues,
  indexModel,
  scoreAssessment,
  shippedModels,
  SMICIKLAS_MODEL_ID,
  type Answer,
  type AssessmentResult,
  type Model,
  type Skip,
} from "@/lib/curve";
import type { SaveAnswerInput, StartAssessmentInput } from "@/lib/validation/assessment";

export type AnswerRecord = {
  itemId: string;
  optionId: string | null;
  skip: Skip | null;
  notes: string;
  evidenceLinks: string[];
  carriedOver: boolean;
};

export type AssessmentSummary = {
  id: string;
  organisationId: string;
  title: string;
  scope: "organisation" | "channel";
  channel: string | null;
  assessedOn: Date;
  status: "DRAFT" | "COMPLETED";
  modelId: string;
  modelVersion: number;
  position: number | null;
  stage: number | null;
  dimensionScores: Record<string, number | null>;
  completedAt: Date | null;
  authorId: string | null;
  authorName: string | null;
  revision: number;
};

export type AssessmentDetail = AssessmentSummary & { baselineAssessmentId: string | null; answers: AnswerRecord[] };

const summarySelect = {
  id: true,
  organisationId: true,
  title: true,
  scope: true,
  channel: true,
  assessedOn: true,
  status: true,
  modelId: true,
  modelVersion: true,
  resultPosition: true,
  resultStage: true,
  resultDimensions: true,
  completedAt: true,
  authorId: true,
  revision: true,
  author: { select: { name: true } },
} as const;

type SummaryRow = {
  id: string;
  organisationId: string;
  title: string;
  scope: string;
  channel: string | null;
  assessedOn: Date;
  status: string;
  modelId: string;
  modelVersion: number;
  resultPosition: number | null;
  resultStage: number | null;
  resultDimensions: string | null;
  completedAt: Date | null;
  authorId: string | null;
  revision: number;
  author: { name: string } | null;
};

function toSummary(row: SummaryRow): AssessmentSummary {
  return {
    id: row.id,
    organisationId: row.organisationId,
    title: row.title,
    scope: row.scope === "channel" ? "channel" : "organisation",
    channel: row.channel,
    assessedOn: row.assessedOn,
    status: row.status === "COMPLETED" ? "COMPLETED" : "DRAFT",
    modelId: row.modelId,
    modelVersion: row.modelVersion,
    position: row.resultPosition,
    stage: row.resultStage,
    dimensionScores: row.resultDimensions ? (JSON.parse(row.resultDimensions) as Record<string, number | null>) : {},
    completedAt: row.completedAt,
    authorId: row.authorId,
    authorName: row.author?.name ?? null,
    revision: row.revision,
  };
}

function toAnswerRecord(row: { itemId: string; optionId: string | null; skip: string | null; notes: string; evidenceLinks: string; carriedOver: boolean }): AnswerRecord {
  return {
    itemId: row.itemId,
    optionId: row.optionId,
    skip: row.skip === "not_applicable" || row.skip === "dont_know" ? row.skip : null,
    notes: row.notes,
    evidenceLinks: JSON.parse(row.evidenceLinks) as string[],
    carriedOver: row.carriedOver,
  };
}

/** The engine's answers for stored answer records (notes-only records are not answers). */
export function toEngineAnswers(records: readonly AnswerRecord[]): Answer[] {
  return records.flatMap((record): Answer[] => {
    if (record.optionId) return [{ itemId: record.itemId, optionId: record.optionId }];
    if (record.skip) return [{ itemId: record.itemId, skip: record.skip }];
    return [];
  });
}

export function modelOf(assessment: Pick<AssessmentSummary, "modelId" | "modelVersion">): Model {
  return shippedModels.get(assessment.modelId, assessment.modelVersion);
}

export function scoreStoredAssessment(assessment: AssessmentDetail): AssessmentResult {
  return scoreAssessment(modelOf(assessment), {
    modelId: assessment.modelId,
    modelVersion: assessment.modelVersion,
    answers: toEngineAnswers(assessment.answers),
  });
}

export async function listOrganisationAssessments(
  scope: Pick<WorkspaceScope, "workspaceId">,
  organisationId: string,
): Promise<AssessmentSummary[]> {
  const rows = await db.assessment.findMany({
    where: { workspaceId: scope.workspaceId, organisationId },
    orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
    select: summarySelect,
  });
  return rows.map(toSummary);
}

export async function getAssessment(
  scope: Pick<WorkspaceScope, "workspaceId">,
  assessmentId: string,
): Promise<AssessmentDetail | null> {
  const row = await db.assessment.findFirst({
    where: { id: assessmentId, workspaceId: scope.workspaceId },
    select: {
      ...summarySelect,
      baselineAssessmentId: true,
      answers: {
        select: { itemId: true, optionId: true, skip: true, notes: true, evidenceLinks: true, carriedOver: true },
      },
    },
  });
  if (!row) return null;
  return { ...toSummary(row), baselineAssessmentId: row.baselineAssessmentId, answers: row.answers.map(toAnswerRecord) };
}

export type StartResult = { ok: true; id: string } | { ok: false; reason: "not_found" | "archived" };

/** Starts a draft with the latest model; with `baseline`, copies the latest completed answers. */
export async function startAssessment(
  scope: WorkspaceScope,
  organisationId: string,
  input: StartAssessmentInput,
): Promise<StartResult> {
  const organisation = await db.organisation.findFirst({
    where: { id: organisationId, workspaceId: scope.workspaceId },
    select: { id: true, archivedAt: true },
  });
  if (!organisation) return { ok: false, reason: "not_found" };
  if (organisation.archivedAt) return { ok: false, reason: "archived" };
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  const index = indexModel(model);

  const baseline = input.baseline
    ? await db.assessment.findFirst({
        where: { workspaceId: scope.workspaceId, organisationId, status: "COMPLETED" },
        orderBy: [{ assessedOn: "desc" }, { completedAt: "desc" }],
        select: { id: true, answers: { select: { itemId: true, optionId: true, skip: true, notes: true, evidenceLinks: true } } },
      })
    : null;
  // Only answers that mean the same in the new model version are carried over.
  const carried = (baseline?.answers ?? []).filter((answer) => {
    const entry = index.items.get(answer.itemId);
    return entry && (answer.optionId ? entry.options.has(answer.optionId) : answer.skip !== null);
  });

  return db.$transaction(async (tx) => {
    const assessment = await tx.assessment.create({
      data: {
        workspaceId: scope.workspaceId,
        organisationId,
        authorId: scope.userId,
        title: input.title,
        scope: input.scope,
        channel: input.channel,
        assessedOn: input.assessedOn,
        modelId: model.id,
        modelVersion: model.version,
        baselineAssessmentId: baseline?.id ?? null,
        answers: {
          create: carried.map((answer) => ({
            itemId: answer.itemId,
            optionId: answer.optionId,
            skip: answer.skip,
            notes: answer.notes,
            evidenceLinks: answer.evidenceLinks,
            carriedOver: true,
          })),
        },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, scope, {
      action: "assessment.started",
      subjectType: "assessment",
      subjectId: assessment.id,
      after: { title: input.title, organisationId, baseline: baseline?.id ?? null, carriedOver: carried.length },
    });
    return { ok: true, id: assessment.id } as const;
  });
}

export type SaveOutcome =
  | { ok: true; revision: number }
  | { ok: false; reason: "not_found" | "locked" | "invalid_answer" }
  | { ok: false; reason: "stale"; revision: number };

/** Claims the next revision of a draft, or says why not. Runs inside the caller's transaction. */
async function claimRevision(
  tx: Transaction,
  scope: Pick<WorkspaceScope, "workspaceId">,
  assessmentId: string,
  baseRevision: number,
): Promise<SaveOutcome> {
  const claimed = await tx.assessment.updateMany({
    where: { id: assessmentId, workspaceId: scope.workspaceId, status: "DRAFT", revision: baseRevision },
    data: { revision: { increment: 1 } },
  });
  if (claimed.count === 1) return { ok: true, revision: baseRevision + 1 };
  const current = await tx.assessment.findFirst({
    where: { id: assessmentId, workspaceId: scope.workspaceId },
    select: { status: true, revision: true },
  });
  if (!current) return { ok: false, reason: "not_found" };
  if (current.status !== "DRAFT") return { ok: false, reason: "locked" };
  return { ok: false, reason: "stale", revision: current.revision };
}

/**
 * Saves one item's answer, notes and evidence to a draft. Refused when the draft changed
 * since `baseRevision` (someone else saved), when it is completed, or when the answer does
 * not belong to the assessment's model version.
 */
export async function saveAnswer(scope: WorkspaceScope, input: SaveAnswerInput): Promise<SaveOutcome> {
  const assessment = await db.assessment.findFirst({
    where: { id: input.assessmentId, workspaceId: scope.workspaceId },
    select: { modelId: true, modelVersion: true, status: true },
  });
  if (!assessment) return { ok: false, reason: "not_found" };
  if (assessment.status !== "DRAFT") return { ok: false, reason: "locked" };
  const model = modelOf(assessment);
  if (!indexModel(model).items.has(input.itemId)) return { ok: false, reason: "invalid_answer" };
  if (input.choice) {
    try {
      answersToItemValues(model, { modelId: model.id, modelVersion: model.version, answers: [{ itemId: input.itemId, ...input.choice }] });
    } catch (error) {
      if (error instanceof AssessmentInputError) return { ok: false, reason: "invalid_answer" };
      throw error;
    }
  }
  const data = {
    optionId: input.choice && "optionId" in input.choice ? input.choice.optionId : null,
    skip: input.choice && "skip" in input.choice ? input.choice.skip : null,
    notes: input.notes,
    evidenceLinks: JSON.stringify(input.evidenceLinks),
    carriedOver: false,
  };
  return db.$transaction(async (tx) => {
    const claim = await claimRevision(tx, scope, input.assessmentId, input.baseRevision);
    if (!claim.ok) return claim;
    const empty = !input.choice && !input.notes && input.evidenceLinks.length === 0;
    const key = { assessmentId_itemId: { assessmentId: input.assessmentId, itemId: input.itemId } };
    if (empty) await tx.assessmentAnswer.deleteMany({ where: { assessmentId: input.assessmentId, itemId: input.itemId } });
    else await tx.assessmentAnswer.upsert({ where: key, create: { assessmentId: input.assessmentId, itemId: input.itemId, ...data }, update: data });
    return claim;
  });
}

/** Confirms carried-over answers as they are. */
export async function confirmCarriedOver(
  scope: WorkspaceScope,
  input: { assessmentId: string; baseRevision: number; itemIds: string[] },
): Promise<SaveOutcome> {
  return db.$transaction(async (tx) => {
    const claim = await claimRevision(tx, scope, input.assessmentId, input.baseRevision);
    if (!claim.ok) return claim;
    await tx.assessmentAnswer.updateMany({
      where: { assessmentId: input.assessmentId, itemId: { in: input.itemIds } },
      data: { carriedOver: false },
    });
    return claim;
  });
}

export type CompleteOutcome =
  | { ok: true }
  | { ok: false; reason: "not_found" | "locked" }
  | { ok: false; reason: "stale"; revision: number }
  | { ok: false; reason: "incomplete"; dimensionIds: string[] };

/** Checks completeness with the engine, locks the assessment and keeps its result. */
export async function completeAssessment(
  scope: WorkspaceScope,
  input: { assessmentId: string; baseRevision: number },
  now: Date = new Date(),
): Promise<CompleteOutcome> {
  const assessment = await getAssessment(scope, input.assessmentId);
  if (!assessment) return { ok: false, reason: "not_found" };
  if (assessment.status !== "DRAFT") return { ok: false, reason: "locked" };
  if (assessment.revision !== input.baseRevision) return { ok: false, reason: "stale", revision: assessment.revision };
  const result = scoreStoredAssessment(assessment);
  if (result.explanation.insufficientDimensionIds.length > 0 || result.position === null) {
    return { ok: false, reason: "incomplete", dimensionIds: result.explanation.insufficientDimensionIds };
  }
  return db.$transaction(async (tx): Promise<CompleteOutcome> => {
    const locked = await tx.assessment.updateMany({
      where: { id: assessment.id, workspaceId: scope.workspaceId, status: "DRAFT", revision: input.baseRevision },
      data: {
        status: "COMPLETED",
        completedAt: now,
        revision: { increment: 1 },
        resultPosition: result.position,
        resultStage: result.stage,
        resultDimensions: JSON.stringify(Object.fromEntries(result.dimensions.map((dimension) => [dimension.dimensionId, dimension.score]))),
      },
    });
    if (locked.count !== 1) return { ok: false, reason: "stale", revision: assessment.revision };
    await tx.assessmentAnswer.updateMany({ where: { assessmentId: assessment.id }, data: { carriedOver: false } });
    await refreshProgressHistory(tx, scope.workspaceId, assessment.organisationId);
    await recordAuditEvent(tx, scope, {
      action: "assessment.completed",
      subjectType: "assessment",
      subjectId: assessment.id,
      after: { position: Number(result.position!.toFixed(2)), stage: result.stage },
    });
    return { ok: true };
  });
}

type Transaction = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** The organisation's completed positions, oldest first, as kept in Organisation.progressHistory. */
export type ProgressHistoryEntry = [assessedOn: string, position: number, stage: number];

export async function refreshProgressHistory(tx: Transaction, workspaceId: string, organisationId: string): Promise<void> {
  const completed = await tx.assessment.findMany({
    where: { workspaceId, organisationId, status: "COMPLETED", resultPosition: { not: null } },
    orderBy: [{ assessedOn: "asc" }, { completedAt: "asc" }],
    select: { assessedOn: true, resultPosition: true, resultStage: true },
  });
  const history: ProgressHistoryEntry[] = completed.map((entry) => [entry.assessedOn.toISOString().slice(0, 10), entry.resultPosition!, entry.resultStage!]);
  await tx.organisation.updateMany({ where: { id: organisationId, workspaceId }, data: { progressHistory: JSON.stringify(history) } });
}

export type ReopenOutcome = { ok: true } | { ok: false; reason: "not_found" | "forbidden" | "not_completed" };

/** Reopens a completed assessment for editing: its owner or author only, with a reason. */
export async function reopenAssessment(
  member: Pick<SessionMember, "workspaceId" | "userId" | "role">,
  input: { assessmentId: string; reason: string },
): Promise<ReopenOutcome> {
  const assessment = await db.assessment.findFirst({
    where: { id: input.assessmentId, workspaceId: member.workspaceId },
    select: { id: true, status: true, authorId: true, organisationId: true },
  });
  if (!assessment) return { ok: false, reason: "not_found" };
  if (member.role !== "OWNER" && assessment.authorId !== member.userId) return { ok: false, reason: "forbidden" };
  return db.$transaction(async (tx) => {
    const reopened = await tx.assessment.updateMany({
      where: { id: assessment.id, workspaceId: member.workspaceId, status: "COMPLETED" },
      data: { status: "DRAFT", completedAt: null, resultPosition: null, resultStage: null, resultDimensions: null, revision: { increment: 1 } },
    });
    if (reopened.count !== 1) return { ok: false, reason: "not_completed" } as const;
    await refreshProgressHistory(tx, member.workspaceId, assessment.organisationId);
    await recordAuditEvent(tx, member, {
      action: "assessment.reopened",
      subjectType: "assessment",
      subjectId: assessment.id,
      after: { reason: input.reason },
    });
    return { ok: true } as const;
  });
}
