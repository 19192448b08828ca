// Scoring: item → dimension → curve position → stage, each number with its explanation.
import { DuplicateAnswerError, ForeignOptionError, InvalidAnswerError, ModelMismatchError, UnknownItemError } from "./errors";
import { indexModel, stageOf, type Model, type StageNumber } from "./model";

export const SKIPS = ["not_applicable", "dont_know"] as const;
export type Skip = (typeof SKIPS)[number];

/** One answer: an option of the item, or not applicable / don't know. */
export type Answer = { itemId: string; optionId: string } | { itemId: string; skip: Skip };

export type AssessmentInput = { modelId: string; modelVersion: number; answers: readonly Answer[] };

/** What an item contributes: a value on the 1–4 scale (a stage, or a mean of stages), or a skip. */
export type ItemValue = { status: "scored"; value: number; optionId: string | null; respondents: number } | { status: Skip };

type ItemScore = {
  itemId: string;
  weight: number;
  status: "scored" | Skip | "unanswered";
  value: number | null;
  optionId: string | null;
};

export type DimensionScore = {
  dimensionId: string;
  weight: number;
  /**
   * scored: at least half of its applicable items are scored. not_applicable: every item is
   * not applicable (a one-person business has no departments to integrate); the dimension
   * then leaves the position. insufficient_data: too few scored items, "don't know" counting
   * as missing.
   */
  status: "scored" | "insufficient_data" | "not_applicable";
  score: number | null;
  stage: StageNumber | null;
  items: ItemScore[];
  counts: { items: number; scored: number; notApplicable: number; dontKnow: number; unanswered: number };
  /** How the score was computed: Σ(weight × value) / Σ weight over the scored items; the minimum is half of the applicable items. */
  explanation: { weightedSum: number; weightTotal: number; minimumScored: number; applicable: number };
};

export type AssessmentResult = {
  modelId: string;
  modelVersion: number;
  dimensions: DimensionScore[];
  position: number | null;
  stage: StageNumber | null;
  bottleneck: { dimensionIds: string[]; score: number; heldBack: { dimensionId: string; stagesBelow: number }[] } | null;
  counts: { items: number; scored: number; notApplicable: number; dontKnow: number; unanswered: number };
  /** How the position and stage were computed. */
  explanation: {
    weightedSum: number;
    weightTotal: number;
    scoredDimensionIds: string[];
    insufficientDimensionIds: string[];
    notApplicableDimensionIds: string[];
    /** The position needs at least this much of the model's dimension weight scored. */
    minimumWeight: number;
    modelWeight: number;
    thresholds: Model["thresholds"];
    stageBand: { from: number; below: number | null } | null;
  };
};

/** Checks every answer against the model and returns one value per answered item. */
export function answersToItemValues(model: Model, input: AssessmentInput): Map<string, ItemValue> {
  const modelKey = `${model.id}@${model.version}`;
  if (input.modelId !== model.id || input.modelVersion !== model.version) {
    throw new ModelMismatchError(modelKey, `${input.modelId}@${input.modelVersion}`);
  }
  const index = indexModel(model);
  const values = new Map<string, ItemValue>();
  for (const answer of input.answers as readonly unknown[]) {
    if (typeof answer !== "object" || answer === null) throw new InvalidAnswerError(undefined, "not an object");
    const { itemId, optionId, skip } = answer as { itemId?: unknown; optionId?: unknown; skip?: unknown };
    if (typeof itemId !== "string") throw new InvalidAnswerError(undefined, "itemId is missing");
    const entry = index.items.get(itemId);
    if (!entry) throw new UnknownItemError(itemId, modelKey);
    if (values.has(itemId)) throw new DuplicateAnswerError(itemId);
    if (optionId !== undefined && skip !== undefined) throw new InvalidAnswerError(itemId, "both an option and a skip");
    if (typeof optionId === "string") {
      const option = entry.options.get(optionId);
      if (!option) throw new ForeignOptionError(itemId, optionId);
      values.set(itemId, { status: "scored", value: option.stage, optionId, respondents: 1 });
    } else if (skip === "not_applicable" || skip === "dont_know") {
      values.set(itemId, { status: skip });
    } else {
      throw new InvalidAnswerError(itemId, "needs an optionId or a skip of not_applicable or dont_know");
    }
  }
  return values;
}

const clampToScale = (value: number) => Math.min(4, Math.max(1, value));
const EPSILON = 1e-9;

/** Scores item values against a model. Used for one respondent and for pooled respondents. */
export function scoreItemValues(model: Model, values: ReadonlyMap<string, ItemValue>): AssessmentResult {
  const dimensions: DimensionScore[] = model.dimensions.map((dimension) => {
    const counts = { items: dimension.items.length, scored: 0, notApplicable: 0, dontKnow: 0, unanswered: 0 };
    let weightedSum = 0;
    let weightTotal = 0;
    const items: ItemScore[] = dimension.items.map((item) => {
      const value = values.get(item.id);
      if (!value) {
        counts.unanswered++;
        return { itemId: item.id, weight: item.weight, status: "unanswered", value: null, optionId: null };
      }
      if (value.status !== "scored") {
        if (value.status === "not_applicable") counts.notApplicable++;
        else counts.dontKnow++;
        return { itemId: item.id, weight: item.weight, status: value.status, value: null, optionId: null };
      }
      counts.scored++;
      weightedSum += item.weight * value.value;
      weightTotal += item.weight;
      return { itemId: item.id, weight: item.weight, status: "scored", value: value.value, optionId: value.optionId };
    });
    // Not applicable items leave the count; "don't know" stays in it, as missing data.
    const applicable = counts.items - counts.notApplicable;
    const minimumScored = applicable / 2;
    const sufficient = counts.scored > 0 && counts.scored >= minimumScored;
    const score = sufficient ? clampToScale(weightedSum / weightTotal) : null;
    return {
      dimensionId: dimension.id,
      weight: dimension.weight,
      status: sufficient ? "scored" : applicable === 0 ? "not_applicable" : "insufficient_data",
      score,
      stage: score === null ? null : stageOf(score, model.thresholds),
      items,
      counts,
      explanation: { weightedSum, weightTotal, minimumScored: Math.ceil(minimumScored), applicable },
    };
  });
  return combineDimensions(model, dimensions);
}

/**
 * A result from dimension scores alone, for history kept elsewhere that has no answers per
 * question (an imported spreadsheet of seven scores per date). A missing score is missing data.
 */
export function scoreDimensionLevel(model: Model, scores: Readonly<Record<string, number | null>>): AssessmentResult {
  const noCounts = { items: 0, scored: 0, notApplicable: 0, dontKnow: 0, unanswered: 0 };
  return combineDimensions(
    model,
    model.dimensions.map((dimension) => {
      const given = scores[dimension.id];
      const score = typeof given === "number" && Number.isFinite(given) ? clampToScale(given) : null;
      return {
        dimensionId: dimension.id,
        weight: dimension.weight,
        status: score === null ? "insufficient_data" : "scored",
        score,
        stage: score === null ? null : stageOf(score, model.thresholds),
        items: [],
        counts: noCounts,
        explanation: { weightedSum: score ?? 0, weightTotal: score === null ? 0 : 1, minimumScored: 0, applicable: 0 },
      };
    }),
  );
}

function combineDimensions(model: Model, dimensions: DimensionScore[]): AssessmentResult {
  let weightedSum = 0;
  let weightTotal = 0;
  for (const dimension of dimensions) {
    if (dimension.score === null) continue;
    weightedSum += dimension.weight * dimension.score;
    weightTotal += dimension.weight;
  }
  const modelWeight = dimensions.reduce((total, dimension) => total + dimension.weight, 0);
  const minimumWeight = modelWeight / 2;
  const position = weightTotal > 0 && weightTotal >= minimumWeight - EPSILON ? clampToScale(weightedSum / weightTotal) : null;
  const stage = position === null ? null : stageOf(position, model.thresholds);
  const scored = dimensions.filter((dimension) => dimension.score !== null);

  let bottleneck: AssessmentResult["bottleneck"] = null;
  if (position !== null && scored.length > 0) {
    const lowest = Math.min(...scored.map((dimension) => dimension.score!));
    bottleneck = {
      dimensionIds: scored.filter((dimension) => dimension.score! - lowest < EPSILON).map((dimension) => dimension.dimensionId),
      score: lowest,
      heldBack: scored
        .filter((dimension) => position - dimension.score! > 1 + EPSILON)
        .map((dimension) => ({ dimensionId: dimension.dimensionId, stagesBelow: position - dimension.score! })),
    };
  }

  const sum = (key: keyof DimensionScore["counts"]) => dimensions.reduce((total, dimension) => total + dimension.counts[key], 0);
  return {
    modelId: model.id,
    modelVersion: model.version,
    dimensions,
    position,
    stage,
    bottleneck,
    counts: { items: sum("items"), scored: sum("scored"), notApplicable: sum("notApplicable"), dontKnow: sum("dontKnow"), unanswered: sum("unanswered") },
    explanation: {
      weightedSum,
      weightTotal,
      scoredDimensionIds: scored.map((dimension) => dimension.dimensionId),
      insufficientDimensionIds: dimensions.filter((dimension) => dimension.status === "insufficient_data").map((dimension) => dimension.dimensionId),
      notApplicableDimensionIds: dimensions.filter((dimension) => dimension.status === "not_applicable").map((dimension) => dimension.dimensionId),
      minimumWeight,
      modelWeight,
      thresholds: model.thresholds,
      stageBand: stage === null ? null : { from: stage === 1 ? 1 : model.thresholds[stage - 2]!, below: stage === 4 ? null : model.thresholds[stage - 1]! },
    },
  };
}

/** Scores one assessment. Throws an AssessmentInputError naming the item for bad input. */
export function scoreAssessment(model: Model, input: AssessmentInput): AssessmentResult {
  return scoreItemValues(model, answersToItemValues(model, input));
}
