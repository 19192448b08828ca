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

  it("does not change any score when unanswered items are marked not applicable", () => {
    fc.assert(
      fc.property(choices, (picked) => {
        const withNotApplicable = picked.map((entry): Choice => (entry.kind === "none" ? { kind: "not_applicable" } : entry));
        const before = score(picked);
        const after = score(withNotApplicable);
        expect(after.position).toBe(before.position);
        expect(after.dimensions.map((dimension) => dimension.score)).toEqual(before.dimensions.map((dimension) => dimension.score));
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
