import "server-only";
import { db, type Tx } from "../db";
import { recordAuditEvent } from "../audit";
import type { SessionMember } from "../accounts";
import type { WorkspaceScope } from "../scope";
import { refreshProgressHistory } from "./progress-history";
import { findAssessment, getAnswerChoices, scoreStoredAssessment } from "./queries";
import { enqueueMail } from "../mail/outbox";
import { linkOrigin, localeOfUser } from "../mail/recipients";
import { mayReopenAssessment } from "@/lib/curve";

// Completing locks a draft and keeps its result; reopening unlocks it again, with a reason.

export type CompleteOutcome =
  | { ok: true }
  | { ok: false; reason: "not_found" | "locked" }
  | { ok: false; reason: "stale"; revision: number }
  | { ok: false; reason: "unconfirmed"; carriedOver: number }
  | { ok: false; reason: "incomplete"; missing: MissingAnswers[] }
  | { ok: false; reason: "no_position"; notApplicableDimensionIds: string[]; scoredDimensions: number; dimensions: number };

/** What a dimension still needs before it can be scored: answers, and which "don't know" ones to find out. */
type MissingAnswers = { dimensionId: string; needed: number; dontKnowItemIds: string[] };

/**
 * Checks completeness with the engine, locks the assessment and keeps its result. Answers still
 * carried over from the baseline are confirmed in the same step only when asked to.
 */
export async function completeAssessment(
  scope: WorkspaceScope,
  input: { assessmentId: string; baseRevision: number; confirmCarriedOver?: boolean; origin?: string },
  now: Date = new Date(),
): Promise<CompleteOutcome> {
  const assessment = await findAssessment(scope.workspaceId, input.assessmentId);
  if (!assessment) return { ok: false, reason: "not_found" };
  if (assessment.status !== "DRAFT") return { ok: false, reason: "locked" };
  if (assessment.revision !== input.baseRevision) return { ok: false, reason: "stale", revision: assessment.revision };
  const result = scoreStoredAssessment(assessment);
  const insufficient = result.dimensions.filter((dimension) => dimension.status === "insufficient_data");
  if (insufficient.length > 0) {
    return {
      ok: false,
      reason: "incomplete",
      missing: insufficient.map((dimension) => ({
        dimensionId: dimension.dimensionId,
        needed: dimension.explanation.minimumScored - dimension.counts.scored,
        dontKnowItemIds: dimension.items.filter((item) => item.status === "dont_know").map((item) => item.itemId),
      })),
    };
  }
  if (result.position === null) {
    return {
      ok: false,
      reason: "no_position",
      notApplicableDimensionIds: result.explanation.notApplicableDimensionIds,
      scoredDimensions: result.explanation.scoredDimensionIds.length,
      dimensions: result.dimensions.length,
    };
  }
  const carriedOver = assessment.answers.filter((answer) => answer.carriedOver).length;
  if (carriedOver > 0 && !input.confirmCarriedOver) return { ok: false, reason: "unconfirmed", carriedOver };
  const baseline = assessment.baselineAssessmentId ? await getAnswerChoices(scope, assessment.baselineAssessmentId) : null;
  const unchangedFromBaseline = baseline
    ? assessment.answers.filter((answer) => (answer.optionId || answer.skip) && baseline.get(answer.itemId) === `${answer.optionId}|${answer.skip}`).length
    : null;
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
        unchangedFromBaseline,
      },
    });
    if (locked.count !== 1) return { ok: false, reason: "stale", revision: assessment.revision };
    await tx.assessmentAnswer.updateMany({ where: { assessmentId: assessment.id }, data: { carriedOver: false } });
    await refreshProgressHistory(tx, scope.workspaceId, assessment.organisationId);
    // After a reopening, the history shows what the result was before and what it is now.
    const reopened = await tx.auditEvent.findFirst({
      where: { workspaceId: scope.workspaceId, subjectType: "assessment", subjectId: assessment.id, action: "assessment.reopened" },
      orderBy: { createdAt: "desc" },
      select: { before: true },
    });
    await recordAuditEvent(tx, scope, {
      action: "assessment.completed",
      subjectType: "assessment",
      subjectId: assessment.id,
      before: reopened?.before ? (JSON.parse(reopened.before) as Record<string, unknown>) : null,
      after: { position: Number(result.position!.toFixed(2)), stage: result.stage, ...(carriedOver > 0 ? { confirmedCarriedOver: carriedOver } : {}) },
    });
    await tellClientViewers(tx, scope.workspaceId, assessment.organisationId, linkOrigin(input.origin), now);
    return { ok: true };
  });
}

/** "Your new results are ready", to the organisation's client viewers when it asks for that. */
async function tellClientViewers(tx: Tx, workspaceId: string, organisationId: string, origin: string, now: Date): Promise<void> {
  const organisation = await tx.organisation.findFirst({
    where: { id: organisationId, workspaceId, notifyClientsOfResults: true },
    select: { name: true, memberships: { where: { role: "CLIENT" }, select: { user: { select: { id: true, email: true } } } } },
  });
  for (const { user } of organisation?.memberships ?? []) {
    await enqueueMail(
      tx,
      {
        workspaceId,
        recipient: user.email,
        locale: await localeOfUser(tx, user.id),
        message: { kind: "results_ready", organisationName: organisation!.name, link: `${origin}/portal` },
      },
      now,
    );
  }
}

export type ReopenOutcome = { ok: true } | { ok: false; reason: "not_found" | "forbidden" | "not_completed" };

/** Reopens a completed assessment for editing: its owner or author only, with a reason. */
export async function reopenAssessment(
  member: Pick<SessionMember, "workspaceId" | "userId" | "role">,
  input: { assessmentId: string; reason: string },
): Promise<ReopenOutcome> {
  const assessment = await db.assessment.findFirst({
    where: { id: input.assessmentId, workspaceId: member.workspaceId },
    select: { id: true, status: true, authorId: true, organisationId: true, resultPosition: true, resultStage: true },
  });
  if (!assessment) return { ok: false, reason: "not_found" };
  if (!mayReopenAssessment(member, { status: "COMPLETED", authorId: assessment.authorId })) return { ok: false, reason: "forbidden" };
  return db.$transaction(async (tx) => {
    const reopened = await tx.assessment.updateMany({
      where: { id: assessment.id, workspaceId: member.workspaceId, status: "COMPLETED" },
      data: {
        status: "DRAFT",
        completedAt: null,
        resultPosition: null,
        resultStage: null,
        resultDimensions: null,
        unchangedFromBaseline: null,
        revision: { increment: 1 },
      },
    });
    if (reopened.count !== 1) return { ok: false, reason: "not_completed" } as const;
    await refreshProgressHistory(tx, member.workspaceId, assessment.organisationId);
    await recordAuditEvent(tx, member, {
      action: "assessment.reopened",
      subjectType: "assessment",
      subjectId: assessment.id,
      // The result it had, so that the history says what was taken back.
      before: { position: assessment.resultPosition === null ? null : Number(assessment.resultPosition.toFixed(2)), stage: assessment.resultStage },
      after: { reason: input.reason },
    });
    return { ok: true } as const;
  });
}
