import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AssessmentInputError } from "./errors";
import { pulseModel, scorePulse } from "./pulse";
import { model, optionAt } from "./test-support";
import type { StageNumber } from "./model";

const pulse = pulseModel(model);
const pulseItemIds = pulse.dimensions.map((dimension) => dimension.items[0]!.id);

describe("pulse check-ins", () => {
  it("ask exactly one question per dimension, the dimension's first", () => {
    expect(pulse.dimensions.map((dimension) => dimension.id)).toEqual(model.dimensions.map((dimension) => dimension.id));
    expect(pulse.dimensions.every((dimension) => dimension.items.length === 1)).toBe(true);
    expect(pulseItemIds).toEqual(model.dimensions.map((dimension) => dimension.items[0]!.id));
  });

  it("put an organisation that answers every question at one stage at that stage", () => {
    for (const stage of [1, 2, 3, 4] as StageNumber[]) {
      const result = scorePulse(
        model,
        pulseItemIds.map((itemId) => ({ itemId, optionId: optionAt(itemId, stage) })),
      );
      expect(result.position).toBeCloseTo(stage, 9);
      expect(result.stage).toBe(stage);
    }
  });

  it("refuse answers to questions the pulse does not ask", () => {
    const other = model.dimensions[0]!.items[1]!.id;
    expect(() => scorePulse(model, [{ itemId: other, optionId: optionAt(other, 2) }])).toThrow(AssessmentInputError);
  });

  it("keep the position within the scale for any answers", () => {
    const stage = fc.constantFrom<StageNumber>(1, 2, 3, 4);
    fc.assert(
      fc.property(fc.array(fc.option(stage, { nil: null }), { minLength: pulseItemIds.length, maxLength: pulseItemIds.length }), (stages) => {
        const answers = pulseItemIds.flatMap((itemId, index) => (stages[index] ? [{ itemId, optionId: optionAt(itemId, stages[index]!) }] : []));
        const result = scorePulse(model, answers);
        if (result.position !== null) {
          expect(result.position).toBeGreaterThanOrEqual(1);
          expect(result.position).toBeLessThanOrEqual(4);
        }
      }),
    );
  });
});
