// Stored records as the engine reads them: answers kept in the database, and completed
// assessments' kept results.
import type { Model, StageNumber } from "./model";
import type { DatedResult } from "./over-time";
import type { Answer, Skip } from "./scoring";

export type StoredAnswer = { itemId: string; optionId: string | null; skip: Skip | null };

/** The engine's answers for stored answer records; a record with only notes is no answer. */
export function answersFromRecords(records: readonly StoredAnswer[]): Answer[] {
  return records.flatMap((record): Answer[] => {
    if (record.optionId) return [{ itemId: record.itemId, optionId: record.optionId }];
    if (record.skip) return [{ itemId: record.itemId, skip: record.skip }];
    return [];
  });
}

/** A completed assessment's kept result. */
export type StoredResult = {
  id: string;
  assessedOn: Date;
  position: number | null;
  stage: number | null;
  dimensionScores: Record<string, number | null>;
};

/** Oldest first, ties by id, as analyseProgress reads them. */
export function chronological<T extends { id: string; assessedOn: Date }>(assessments: readonly T[]): T[] {
  return [...assessments].sort((a, b) => a.assessedOn.getTime() - b.assessedOn.getTime() || a.id.localeCompare(b.id));
}

/** Kept results as the engine's dated results, oldest first. */
export function datedResults(model: Model, completed: readonly StoredResult[]): DatedResult[] {
  return chronological(completed).map((assessment) => ({
    assessmentId: assessment.id,
    date: assessment.assessedOn,
    result: {
      position: assessment.position,
      stage: assessment.stage as StageNumber | null,
      dimensions: model.dimensions.map((dimension) => ({ dimensionId: dimension.id, score: assessment.dimensionScores[dimension.id] ?? null })),
    },
  }));
}

/**
 * The completed assessment just before this one (by date) and the first one, both dated on or
 * before it; null when there is none other than this one.
 */
export function previousAndFirst<T extends { id: string; assessedOn: Date }>(
  completed: readonly T[],
  of: { id: string; assessedOn: Date },
): { previous: T | null; first: T | null } {
  const before = chronological(completed.filter((entry) => entry.id !== of.id && entry.assessedOn.getTime() <= of.assessedOn.getTime()));
  return { previous: before.at(-1) ?? null, first: before[0] ?? null };
}

/** A client since the earlier of the day it was added and its first assessment (earlier assessments may be entered later). */
export function clientSince(createdAt: Date, assessments: readonly { assessedOn: Date }[]): Date {
  const first = Math.min(...assessments.map((assessment) => assessment.assessedOn.getTime()));
  return new Date(Math.min(createdAt.getTime(), first));
}

/** The owner may reopen any completed assessment; a consultant only one they wrote. */
export function mayReopenAssessment(member: { role: string; userId: string }, assessment: { status: string; authorId: string | null }): boolean {
  return assessment.status === "COMPLETED" && (member.role === "OWNER" || (member.role === "CONSULTANT" && assessment.authorId === member.userId));
}

/** An open action item is overdue once its due day has passed; on the day itself it is not. */
export function isActionOverdue(item: { status: string; dueDate: Date | null }, today: Date): boolean {
  return item.status !== "DONE" && item.dueDate !== null && item.dueDate.getTime() < today.getTime();
}
