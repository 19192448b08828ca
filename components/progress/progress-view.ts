import { analyseProgress, chronological, datedResults, previousAndFirst, type Model, type ProgressAnalysis } from "@/lib/curve";
import type { AssessmentSummary } from "@/lib/server/assessments";
import type { DimensionTargetRecord } from "@/lib/server/plans";
import type { PulseRecord } from "@/lib/server/pulses";

type TimelineEntry =
  | { kind: "assessment"; id: string; on: Date; position: number | null; scores: Record<string, number | null> }
  | { kind: "pulse"; id: string; on: Date; position: number | null };

/** What every progress section reads: the completed assessments in time order and what the engine makes of them. */
export type ProgressView = {
  model: Model;
  ordered: AssessmentSummary[];
  latest: AssessmentSummary;
  previous: AssessmentSummary | null;
  first: AssessmentSummary;
  analysis: ProgressAnalysis;
  targets: DimensionTargetRecord[];
  /** The mean of the target stages, where the curve marks the target. */
  targetPosition: number | null;
  timeline: TimelineEntry[];
};

/** null when there is no completed assessment yet. */
export function progressView(
  model: Model,
  completed: AssessmentSummary[],
  targets: DimensionTargetRecord[],
  pulses: PulseRecord[] = [],
  now = new Date(),
): ProgressView | null {
  if (completed.length === 0) return null;
  const ordered = chronological(completed);
  const latest = ordered.at(-1)!;
  const { previous } = previousAndFirst(ordered, latest);
  const targetStages = targets.map((target) => target.targetStage);
  const timeline: TimelineEntry[] = [
    ...ordered.map((assessment) => ({
      kind: "assessment" as const,
      id: assessment.id,
      on: assessment.assessedOn,
      position: assessment.position,
      scores: assessment.dimensionScores,
    })),
    ...pulses.map((pulse) => ({ kind: "pulse" as const, id: pulse.id, on: pulse.takenOn, position: pulse.position })),
  ];
  return {
    model,
    ordered,
    latest,
    previous,
    first: ordered[0]!,
    analysis: analyseProgress(model, datedResults(model, ordered), now),
    targets,
    targetPosition: targetStages.length ? targetStages.reduce((sum, stage) => sum + stage, 0) / targetStages.length : null,
    timeline: timeline.sort((a, b) => a.on.getTime() - b.on.getTime()),
  };
}
