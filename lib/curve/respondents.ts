// Several respondents answering one assessment, each in a rater group.
import { answersToItemValues, scoreItemValues, type Answer, type AssessmentResult, type ItemValue } from "./scoring";
import { stageOf, type Model, type StageNumber } from "./model";
import { spreadOf, sortedSum, type Spread } from "./statistics";

export const RATER_GROUPS = ["leadership", "social_media_team", "staff", "consultant", "other"] as const;
export type RaterGroup = (typeof RATER_GROUPS)[number];

/** A rater group is shown on its own only from this many respondents, so that nobody's answers can be told apart. */
export const MIN_GROUP_RESPONDENTS = 3;

export type RespondentAnswers = { respondentId: string; raterGroup: RaterGroup; answers: readonly Answer[] };

export type ItemSpread = Spread & { itemId: string; notApplicable: number; dontKnow: number };
type DimensionSpread = Spread & { dimensionId: string };

type PerceptionGap = {
  dimensionId: string;
  groups: { raterGroup: RaterGroup; score: number; stage: StageNumber }[];
  /** The highest- and lowest-scoring groups, when at least two groups scored the dimension. */
  widest: { high: RaterGroup; low: RaterGroup; gap: number } | null;
  /** True when two groups are one stage (1.0 on the scale) or more apart. */
  flagged: boolean;
};

export type RespondentAnalysis = {
  respondents: number;
  /** All respondents pooled: each item's value is the mean of the stages chosen for it. */
  overall: AssessmentResult;
  items: ItemSpread[];
  /** Spread of the respondents' own dimension scores. */
  dimensions: DimensionSpread[];
  /** The rater groups with at least MIN_GROUP_RESPONDENTS respondents. */
  groups: { raterGroup: RaterGroup; respondents: number; result: AssessmentResult }[];
  /**
   * The smaller groups pooled together, shown when together they reach the minimum; their
   * respondents always count in `overall`.
   */
  pooledGroups: { raterGroups: RaterGroup[]; respondents: number; result: AssessmentResult | null } | null;
  perceptionGaps: PerceptionGap[];
};

type Checked = { raterGroup: RaterGroup; values: Map<string, ItemValue> };

function pool(model: Model, respondents: readonly Checked[]): Map<string, ItemValue> {
  const pooled = new Map<string, ItemValue>();
  for (const dimension of model.dimensions) {
    for (const item of dimension.items) {
      const answers = respondents.map((respondent) => respondent.values.get(item.id)).filter((value) => value !== undefined);
      const stages = answers.flatMap((value) => (value.status === "scored" ? [value.value] : []));
      if (stages.length > 0) {
        pooled.set(item.id, { status: "scored", value: sortedSum(stages) / stages.length, optionId: null, respondents: stages.length });
      } else if (answers.some((value) => value.status === "dont_know")) {
        pooled.set(item.id, { status: "dont_know" });
      } else if (answers.length > 0) {
        pooled.set(item.id, { status: "not_applicable" });
      }
    }
  }
  return pooled;
}

/** Aggregates respondents' answers; the result does not depend on their order. */
export function analyseRespondents(
  model: Model,
  assessment: { modelId: string; modelVersion: number; respondents: readonly RespondentAnswers[] },
): RespondentAnalysis {
  const checked: Checked[] = assessment.respondents.map((respondent) => ({
    raterGroup: respondent.raterGroup,
    values: answersToItemValues(model, { modelId: assessment.modelId, modelVersion: assessment.modelVersion, answers: respondent.answers }),
  }));

  const items: ItemSpread[] = model.dimensions.flatMap((dimension) =>
    dimension.items.map((item) => {
      const answers = checked.map((respondent) => respondent.values.get(item.id));
      const stages = answers.flatMap((value) => (value?.status === "scored" ? [value.value] : []));
      return {
        itemId: item.id,
        ...spreadOf(stages),
        notApplicable: answers.filter((value) => value?.status === "not_applicable").length,
        dontKnow: answers.filter((value) => value?.status === "dont_know").length,
      };
    }),
  );

  const individual = checked.map((respondent) => scoreItemValues(model, respondent.values));
  const dimensions: DimensionSpread[] = model.dimensions.map((dimension, index) => ({
    dimensionId: dimension.id,
    ...spreadOf(individual.flatMap((result) => (result.dimensions[index]!.score === null ? [] : [result.dimensions[index]!.score!]))),
  }));

  const membersOf = (raterGroup: RaterGroup) => checked.filter((respondent) => respondent.raterGroup === raterGroup);
  const shown = RATER_GROUPS.filter((raterGroup) => membersOf(raterGroup).length >= MIN_GROUP_RESPONDENTS);
  const groups = shown.map((raterGroup) => ({
    raterGroup,
    respondents: membersOf(raterGroup).length,
    result: scoreItemValues(model, pool(model, membersOf(raterGroup))),
  }));
  const small = RATER_GROUPS.filter((raterGroup) => !shown.includes(raterGroup) && membersOf(raterGroup).length > 0);
  const pooledMembers = small.flatMap(membersOf);
  const pooledGroups =
    small.length === 0
      ? null
      : {
          raterGroups: small,
          respondents: pooledMembers.length,
          result: pooledMembers.length >= MIN_GROUP_RESPONDENTS ? scoreItemValues(model, pool(model, pooledMembers)) : null,
        };

  const perceptionGaps: PerceptionGap[] = model.dimensions.map((dimension, index) => {
    const scored = groups.flatMap((group) => {
      const score = group.result.dimensions[index]!.score;
      return score === null ? [] : [{ raterGroup: group.raterGroup, score, stage: stageOf(score, model.thresholds) }];
    });
    if (scored.length < 2) return { dimensionId: dimension.id, groups: scored, widest: null, flagged: false };
    const high = scored.reduce((best, group) => (group.score > best.score ? group : best));
    const low = scored.reduce((worst, group) => (group.score < worst.score ? group : worst));
    const gap = high.score - low.score;
    return { dimensionId: dimension.id, groups: scored, widest: { high: high.raterGroup, low: low.raterGroup, gap }, flagged: gap >= 1 - 1e-9 };
  });

  return { respondents: checked.length, overall: scoreItemValues(model, pool(model, checked)), items, dimensions, groups, pooledGroups, perceptionGaps };
}
