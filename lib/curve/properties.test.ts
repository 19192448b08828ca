// Properties of the engine that must hold for every input, checked with fast-check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StageNumber } from "./model";
import { analyseRespondents, RATER_GROUPS, type RespondentAnswers } from "./respondents";
import { scoreAssessment, type Answer } from "./scoring";
import { allItemIds, input, model, optionAt } from "./test-support";

const itemIds = allItemIds();
const stage = fc.constantFrom<StageNumber>(1, 2, 3, 4);
const choice = fc.oneof(
  { weight: 6, arbitrary: stage.map((value) => ({ kind: "stage" as const, value })) },
  { weight: 1, arbitrary: fc.constantFrom({ kind: "not_applicable" as const }, { kind: "dont_know" as const }, { kind: "none" as const }) },
);
type Choice = { kind: "stage"; value: StageNumber } | { kind: "not_applicable" | "dont_know" | "none" };
const choices = fc.array(choice, { minLength: itemIds.length, maxLength: itemIds.length });

function toAnswers(picked: Choice[]): Answer[] {
  return picked.flatMap((entry, index): Answer[] => {
    const itemId = itemIds[index]!;
    if (entry.kind === "stage") return [{ itemId, optionId: optionAt(itemId, entry.value) }];
    if (entry.kind === "none") return [];
    return [{ itemId, skip: entry.kind }];
  });
}

const score = (picked: Choice[]) => scoreAssessment(model, input(toAnswers(picked)));
const inScale = (value: number | null) => value === null || (value >= 1 && value <= 4);

describe("scoring properties", () => {
  it("keeps every score and the position in [1, 4]", () => {
    fc.assert(
      fc.property(choices, (picked) => {
        const result = score(picked);
        expect(inScale(result.position)).toBe(true);
        for (const dimension of result.dimensions) expect(inScale(dimension.score)).toBe(true);
      }),
    );
  });

  it("never lowers a dimension or the position when one answer is raised", () => {
    fc.assert(
      fc.property(choices, fc.nat(itemIds.length - 1), (picked, index) => {
        const current = picked[index]!;
        fc.pre(current.kind === "stage" && current.value < 4);
        const raised = [...picked];
        raised[index] = { kind: "stage", value: ((current as { value: StageNumber }).value + 1) as StageNumber };
        const before = score(picked);
        const after = score(raised);
        before.dimensions.forEach((dimension, d) => {
          if (dimension.score !== null) expect(after.dimensions[d]!.score!).toBeGreaterThanOrEqual(dimension.score);
        });
        if (before.position !== null) expect(after.position!).toBeGreaterThanOrEqual(before.position);
      }),
    );
  });

  it("never changes a dimension's score when unanswered items are marked not applicable, and may only let one be scored", () => {
    fc.assert(
      fc.property(choices, (picked) => {
        const withNotApplicable = picked.map((entry): Choice => (entry.kind === "none" ? { kind: "not_applicable" } : entry));
        const before = score(picked);
        const after = score(withNotApplicable);
        before.dimensions.forEach((dimension, index) => {
          if (dimension.score !== null) expect(after.dimensions[index]!.score).toBe(dimension.score);
        });
      }),
    );
  });

  it("scores a dimension exactly when half of its applicable items are scored; one with only not-applicable items never counts", () => {
    fc.assert(
      fc.property(choices, (picked) => {
        const result = score(picked);
        for (const dimension of result.dimensions) {
          const applicable = dimension.counts.items - dimension.counts.notApplicable;
          expect(dimension.score !== null).toBe(dimension.counts.scored > 0 && dimension.counts.scored >= applicable / 2);
          expect(dimension.status === "not_applicable").toBe(applicable === 0);
          if (dimension.status !== "scored") expect(result.explanation.scoredDimensionIds).not.toContain(dimension.dimensionId);
        }
        const scoredWeight = result.dimensions.filter((dimension) => dimension.score !== null).reduce((sum, dimension) => sum + dimension.weight, 0);
        expect(result.position !== null).toBe(scoredWeight > 0 && scoredWeight >= result.explanation.modelWeight / 2);
      }),
    );
  });

  it("never lets a don't-know answer make a dimension scored", () => {
    fc.assert(
      fc.property(choices, (picked) => {
        const withDontKnow = picked.map((entry): Choice => (entry.kind === "none" ? { kind: "dont_know" } : entry));
        score(picked).dimensions.forEach((dimension, index) => {
          if (dimension.score === null) expect(score(withDontKnow).dimensions[index]!.score).toBeNull();
        });
      }),
    );
  });
});

describe("respondent properties", () => {
  const respondents = fc.array(fc.record({ group: fc.constantFrom(...RATER_GROUPS), picked: choices }), { minLength: 1, maxLength: 6 });

  it("gives the same analysis in any order of respondents", () => {
    fc.assert(
      fc.property(respondents, fc.infiniteStream(fc.nat()), (list, randomness) => {
        const asInput: RespondentAnswers[] = list.map((entry, index) => ({
          respondentId: `r${index}`,
          raterGroup: entry.group,
          answers: toAnswers(entry.picked),
        }));
        const shuffled = [...asInput];
        const random = randomness[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = random.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const analyse = (respondentsInOrder: RespondentAnswers[]) =>
          analyseRespondents(model, { modelId: model.id, modelVersion: model.version, respondents: respondentsInOrder });
        expect(analyse(shuffled)).toEqual(analyse(asInput));
      }),
      { numRuns: 60 },
    );
  });
});
