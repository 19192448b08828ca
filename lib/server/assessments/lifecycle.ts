import "server-only";
import { db } from "../db";
import { recordAuditEvent } from "../audit";
import type { SessionMember } from "../accounts";
import type { WorkspaceScope } from "../scope";
import { refreshProgressHistory } from "./progress-history";
import { findAssessment, scoreStoredAssessment } from "./queries";
import { mayReopenAssessment } from "@/lib/curve";

// Completing locks a draft and keeps its result; reopening unlocks it again, with a reason.

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
  const assessment = await findAssessment(scope.workspaceId, input.assessmentId);
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
  if (!mayReopenAssessment(member, { status: "COMPLETED", authorId: assessment.authorId })) return { ok: false, reason: "forbidden" };
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
