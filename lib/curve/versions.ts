// Model versions: old assessments stay scorable, and assessments on different versions are
// compared on the items they share.
import { UnknownModelError } from "./errors";
import { indexModel, parseModel, restrictModel, type Model } from "./model";
import { scoreAssessment, type AssessmentInput, type AssessmentResult } from "./scoring";
import smiciklasV1 from "./model/smiciklas-v1.json";

export type ModelRegistry = {
  get(modelId: string, version: number): Model;
  latest(modelId: string): Model;
  all(): Model[];
};

export function createModelRegistry(models: readonly Model[]): ModelRegistry {
  const byKey = new Map(models.map((model) => [`${model.id}@${model.version}`, model]));
  return {
    get(modelId, version) {
      const model = byKey.get(`${modelId}@${version}`);
      if (!model) throw new UnknownModelError(modelId, version);
      return model;
    },
    latest(modelId) {
      const versions = models.filter((model) => model.id === modelId).sort((a, b) => b.version - a.version);
      if (!versions[0]) throw new UnknownModelError(modelId, 0);
      return versions[0];
    },
    all: () => [...models],
  };
}

function shippedModel(document: unknown): Model {
  const parsed = parseModel(document);
  if (!parsed.ok) throw new Error(`shipped model is invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return parsed.model;
}

export const SMICIKLAS_MODEL_ID = "smiciklas-learning-curve";

/** Every model version Curvewise ships; add new versions, never edit old ones. */
export const shippedModels: ModelRegistry = createModelRegistry([shippedModel(smiciklasV1)]);

/** Scores an assessment with the model version it was made with. */
export function scoreWithRegistry(registry: ModelRegistry, input: AssessmentInput): AssessmentResult {
  return scoreAssessment(registry.get(input.modelId, input.modelVersion), input);
}

export type AssessmentComparison = {
  sharedItemIds: string[];
  /** Shared items as a share of all items in either version (1 when both use one version). */
  comparableShare: number;
  earlier: AssessmentResult;
  later: AssessmentResult;
  dimensionChanges: { dimensionId: string; change: number | null }[];
  positionChange: number | null;
};

/** Compares two assessments on the items their model versions share. */
export function compareAssessments(registry: ModelRegistry, earlier: AssessmentInput, later: AssessmentInput): AssessmentComparison {
  const earlierModel = registry.get(earlier.modelId, earlier.modelVersion);
  const laterModel = registry.get(later.modelId, later.modelVersion);
  const earlierItems = [...indexModel(earlierModel).items.keys()];
  const laterItems = new Set(indexModel(laterModel).items.keys());
  const shared = new Set(earlierItems.filter((itemId) => laterItems.has(itemId)));
  const union = new Set([...earlierItems, ...laterItems]);
  const keepShared = (input: AssessmentInput): AssessmentInput => ({ ...input, answers: input.answers.filter((answer) => shared.has(answer.itemId)) });

  // Answers are checked against their own full model first, so bad input is never hidden.
  scoreAssessment(earlierModel, earlier);
  scoreAssessment(laterModel, later);
  const earlierResult = scoreAssessment(restrictModel(earlierModel, shared), keepShared(earlier));
  const laterResult = scoreAssessment(restrictModel(laterModel, shared), keepShared(later));
  const earlierScores = new Map(earlierResult.dimensions.map((dimension) => [dimension.dimensionId, dimension.score]));
  return {
    sharedItemIds: [...shared],
    comparableShare: union.size === 0 ? 0 : shared.size / union.size,
    earlier: earlierResult,
    later: laterResult,
    dimensionChanges: laterResult.dimensions.map((dimension) => {
      const before = earlierScores.get(dimension.dimensionId);
      return { dimensionId: dimension.dimensionId, change: dimension.score !== null && before != null ? dimension.score - before : null };
    }),
    positionChange: laterResult.position !== null && earlierResult.position !== null ? laterResult.position - earlierResult.position : null,
  };
}
