import "server-only";
import { db, type Tx } from "../db";
import { recordAuditEvent } from "../audit";
import type { WorkspaceScope } from "../scope";
import { modelOf } from "./queries";
import { AssessmentInputError, answersToItemValues, indexModel, shippedModels, SMICIKLAS_MODEL_ID, type Skip } from "@/lib/curve";

// Drafts: starting one, and saving its answers one item at a time with optimistic concurrency.

export type StartAssessmentInput = {
  title: string;
  assessedOn: Date;
  scope: "organisation" | "channel";
  channel: string | null;
  baseline: boolean;
};

export type SaveAnswerInput = {
  assessmentId: string;
  baseRevision: number;
  itemId: string;
  choice: { optionId: string } | { skip: Skip } | null;
  notes: string;
  evidenceLinks: string[];
};

export type StartResult = { ok: true; id: string } | { ok: false; reason: "not_found" | "archived" };

/** Starts a draft with the latest model; with `baseline`, copies the answers of the latest completed assessment dated on or before it. */
export async function startAssessment(scope: WorkspaceScope, organisationId: string, input: StartAssessmentInput): Promise<StartResult> {
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
        // The one before this assessment's date: a back-dated assessment starts from what was true then.
        where: { workspaceId: scope.workspaceId, organisationId, status: "COMPLETED", assessedOn: { lte: input.assessedOn } },
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
  { ok: true; revision: number } | { ok: false; reason: "not_found" | "locked" | "invalid_answer" } | { ok: false; reason: "stale"; revision: number };

/** Claims the next revision of a draft, or says why not. Runs inside the caller's transaction. */
async function claimRevision(tx: Tx, scope: Pick<WorkspaceScope, "workspaceId">, assessmentId: string, baseRevision: number): Promise<SaveOutcome> {
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
