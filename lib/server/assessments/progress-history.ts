import "server-only";
import type { Tx } from "../db";
import { isoDay, parseCalendarDay, type DatedPosition, type StageNumber } from "@/lib/curve";

/** The organisation's completed positions, oldest first, as kept in Organisation.progressHistory. */
type ProgressHistoryEntry = [assessedOn: string, position: number, stage: number];

/** Rewrites the organisation's progress history from its completed assessments, inside the caller's transaction. */
export async function refreshProgressHistory(tx: Tx, workspaceId: string, organisationId: string): Promise<void> {
  const completed = await tx.assessment.findMany({
    where: { workspaceId, organisationId, status: "COMPLETED", resultPosition: { not: null } },
    orderBy: [{ assessedOn: "asc" }, { completedAt: "asc" }],
    select: { assessedOn: true, resultPosition: true, resultStage: true },
  });
  const history: ProgressHistoryEntry[] = completed.map((entry) => [isoDay(entry.assessedOn), entry.resultPosition!, entry.resultStage!]);
  await tx.organisation.updateMany({ where: { id: organisationId, workspaceId }, data: { progressHistory: JSON.stringify(history) } });
}

export function parseProgressHistory(stored: string): DatedPosition[] {
  return (JSON.parse(stored) as ProgressHistoryEntry[]).map(([assessedOn, position, stage]) => ({
    assessedOn: parseCalendarDay(assessedOn)!,
    position,
    stage: stage as StageNumber,
  }));
}
