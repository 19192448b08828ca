// Next steps per dimension, from the model's recommendations for the dimension's stage.
import type { LocalizedText, Model, StageNumber } from "./model";
import type { AssessmentResult } from "./scoring";

export type Targets = Partial<Record<string, StageNumber>>;

export type DimensionRecommendation = {
  dimensionId: string;
  name: LocalizedText;
  score: number;
  currentStage: StageNumber;
  targetStage: StageNumber | null;
  /** Target stage minus score, where a target is set. */
  gapToTarget: number | null;
  isBottleneck: boolean;
  steps: { id: string; text: LocalizedText }[];
};

/**
 * Bottleneck dimensions first, then those furthest below their target, then the lowest
 * scores. Dimensions that reached their target, or lack data, get no steps.
 */
export function recommendNextSteps(model: Model, result: AssessmentResult, targets: Targets = {}): DimensionRecommendation[] {
  const bottleneck = new Set(result.bottleneck?.dimensionIds ?? []);
  const modelOrder = new Map(model.dimensions.map((dimension, index) => [dimension.id, index]));
  const recommendations: DimensionRecommendation[] = model.dimensions.flatMap((dimension) => {
    const scored = result.dimensions.find((entry) => entry.dimensionId === dimension.id);
    if (!scored || scored.score === null || scored.stage === null) return [];
    const targetStage = targets[dimension.id] ?? null;
    if (targetStage !== null && scored.stage >= targetStage) return [];
    return [
      {
        dimensionId: dimension.id,
        name: dimension.name,
        score: scored.score,
        currentStage: scored.stage,
        targetStage,
        gapToTarget: targetStage === null ? null : targetStage - scored.score,
        isBottleneck: bottleneck.has(dimension.id),
        steps: dimension.recommendations
          .filter((recommendation) => recommendation.stage === scored.stage)
          .map((recommendation) => ({ id: recommendation.id, text: recommendation.text })),
      },
    ];
  });
  recommendations.sort(
    (a, b) =>
      Number(b.isBottleneck) - Number(a.isBottleneck) ||
      (b.gapToTarget ?? -Infinity) - (a.gapToTarget ?? -Infinity) ||
      a.score - b.score ||
      modelOrder.get(a.dimensionId)! - modelOrder.get(b.dimensionId)!,
  );
  return recommendations;
}
