// Builders shared by the domain core's tests.
import { indexModel, type Model, type StageNumber } from "./model";
import { scoreItemValues, type Answer, type AssessmentInput, type AssessmentResult } from "./scoring";
import { shippedModels, SMICIKLAS_MODEL_ID } from "./versions";

export const model: Model = shippedModels.latest(SMICIKLAS_MODEL_ID);
export const allItemIds = (m: Model = model) => [...indexModel(m).items.keys()];

export function optionAt(itemId: string, stage: StageNumber, m: Model = model): string {
  return indexModel(m)
    .items.get(itemId)!
    .item.options.find((option) => option.stage === stage)!.id;
}

/** Answers every item of the model at the stage given for it (default `fallback`). */
export function answersAt(stages: Record<string, StageNumber>, fallback: StageNumber | null, m: Model = model): Answer[] {
  return allItemIds(m).flatMap((itemId) => {
    const stage = stages[itemId] ?? fallback;
    return stage === null ? [] : [{ itemId, optionId: optionAt(itemId, stage, m) }];
  });
}

export function input(answers: Answer[], m: Model = model): AssessmentInput {
  return { modelId: m.id, modelVersion: m.version, answers };
}

/** A result whose every item has the given value, so position and all dimensions equal it. */
export function resultAt(position: number, m: Model = model): AssessmentResult {
  return scoreItemValues(m, new Map(allItemIds(m).map((itemId) => [itemId, { status: "scored" as const, value: position, optionId: null, respondents: 1 }])));
}
