import "server-only";
import { scoreFormatters } from "@/components/ui/format";
import { localize, stageOf, STRATEGY_ELEMENTS, STRATEGY_EXAMPLES, type Locale, type Model, type StrategyPlan } from "@/lib/curve";
import type { AssessmentSummary } from "@/lib/server/assessments";
import type { DimensionTargetRecord } from "@/lib/server/plans";
import type { StrategyDimensionView, StrategyElementView, StrategyExampleView } from "./strategy-editor";

/** Every element in the order to write it, with the group it falls in. */
export function elementViews(plan: StrategyPlan, locale: Locale): StrategyElementView[] {
  const byId = new Map(STRATEGY_ELEMENTS.map((element) => [element.id, element]));
  return (["next", "later", "optional"] as const).flatMap((group) =>
    plan[group].map((id) => ({ id, group, title: localize(byId.get(id)!.title, locale), guidance: localize(byId.get(id)!.guidance, locale) })),
  );
}

export function exampleViews(model: Model, locale: Locale): StrategyExampleView[] {
  const dimensionName = new Map(model.dimensions.map((dimension) => [dimension.id, localize(dimension.name, locale)]));
  return STRATEGY_EXAMPLES.map((example) => ({
    id: example.id,
    name: localize(example.name, locale),
    description: localize(example.description, locale),
    sections: Object.fromEntries(Object.entries(example.sections).map(([id, text]) => [id, localize(text!, locale)])),
    objectives: example.objectives.map((objective) => ({
      what: localize(objective.what, locale),
      kpi: localize(objective.kpi, locale),
      baseline: objective.baseline,
      target: objective.target,
      months: objective.months,
      dimensionName: dimensionName.get(objective.dimensionId) ?? objective.dimensionId,
    })),
  }));
}

/** Per dimension: its latest measured score and stage, and the target set in the plan. */
export function strategyDimensionViews(
  model: Model,
  locale: Locale,
  latest: AssessmentSummary | undefined,
  targets: DimensionTargetRecord[],
): StrategyDimensionView[] {
  const { score, day } = scoreFormatters(locale);
  const stageName = (stage: number) => localize(model.stages.find((entry) => entry.stage === stage)!.name, locale);
  const targetOf = new Map(targets.map((target) => [target.dimensionId, target]));
  return model.dimensions.map((dimension) => {
    const measured = latest?.dimensionScores[dimension.id];
    const target = targetOf.get(dimension.id);
    return {
      id: dimension.id,
      name: localize(dimension.name, locale),
      measured: measured == null ? null : `${score(measured)} (${stageName(stageOf(measured, model.thresholds))})`,
      target: target ? `${stageName(target.targetStage)}${target.targetDate ? ` · ${day(target.targetDate)}` : ""}` : null,
    };
  });
}
