import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StageNumber } from "./model";
import { planStrategy, planStrategyFromAssessment, STRATEGY_ELEMENT_IDS, STRATEGY_ELEMENTS, strategyElement, type StrategyContext } from "./strategy";
import { model } from "./test-support";
import { SIZE_BANDS } from "./vocabulary";

const STAGE_NUMBERS: StageNumber[] = [1, 2, 3, 4];
const dimensionIds = model.dimensions.map((dimension) => dimension.id);
const organisation = (overrides: Partial<StrategyContext> = {}): StrategyContext => ({
  stage: 2,
  bottleneckDimensionIds: [],
  sizeBand: "50-249",
  scope: "organisation",
  ...overrides,
});

describe("strategy elements", () => {
  it("have a title and guidance in both languages", () => {
    expect(STRATEGY_ELEMENTS.map((element) => element.id)).toEqual([...STRATEGY_ELEMENT_IDS]);
    for (const element of STRATEGY_ELEMENTS) {
      for (const text of [element.title, element.guidance]) {
        expect(text.nl.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
      }
    }
    expect(strategyElement("swot").title.en).toBe("SWOT");
  });
});

describe("what to write first", () => {
  it("gives every stage × bottleneck a non-empty list without repeats, and places every element once", () => {
    for (const stage of [...STAGE_NUMBERS, null]) {
      for (const bottleneck of [[], ...dimensionIds.map((id) => [id])]) {
        for (const sizeBand of [...SIZE_BANDS, null]) {
          for (const scope of ["organisation", "channel"] as const) {
            const plan = planStrategy({ stage, bottleneckDimensionIds: bottleneck, sizeBand, scope });
            expect(plan.next.length).toBeGreaterThan(0);
            const placed = [...plan.next, ...plan.later, ...plan.optional];
            expect(new Set(placed).size).toBe(placed.length);
            expect(placed.toSorted()).toEqual([...STRATEGY_ELEMENT_IDS].toSorted());
          }
        }
      }
    }
  });

  it("follows the seed text's order per stage", () => {
    expect(planStrategy(organisation({ stage: 1 })).next).toEqual(["swot", "audiences", "listening", "goal", "brand-promise"]);
    expect(planStrategy(organisation({ stage: 2 })).next).toEqual(["channels", "tone-of-voice", "frequency", "response-time", "measurability"]);
    expect(planStrategy(organisation({ stage: 3 })).next).toEqual(["goal", "objectives", "measurability", "roles", "action-plan"]);
    expect(planStrategy(organisation({ stage: 4 })).next).toEqual(["employee-guidelines", "advocacy", "listening", "follow-up"]);
  });

  it("puts what moves the bottleneck before the stage's own elements", () => {
    const plan = planStrategy(organisation({ stage: 2, bottleneckDimensionIds: ["measurement"] }));
    expect(plan.next.slice(0, 2)).toEqual(["measurability", "objectives"]);
    expect(plan.next.filter((id) => id === "measurability")).toHaveLength(1);
  });

  it("starts from the Emerging order before the first assessment", () => {
    expect(planStrategy(organisation({ stage: null })).next).toEqual(planStrategy(organisation({ stage: 1 })).next);
  });

  it("proposes the lighter form to organisations of 1–9 employees and to one channel", () => {
    expect(planStrategy(organisation()).lighterForm).toBe(false);
    const bakery = planStrategy(organisation({ sizeBand: "1-9", stage: 1 }));
    expect(bakery.lighterForm).toBe(true);
    expect(bakery.optional).toEqual(expect.arrayContaining(["swot", "roles", "employee-guidelines", "advocacy"]));
    expect(bakery.next).toEqual(["audiences", "goal", "brand-promise"]);
    const instagram = planStrategy(organisation({ scope: "channel" }));
    expect(instagram.lighterForm).toBe(true);
    expect(instagram.optional).toContain("channels");
    expect(instagram.next).toEqual(["tone-of-voice", "frequency", "response-time", "measurability"]);
  });

  it("keeps the source article's nine elements in the lighter form", () => {
    const plan = planStrategy(organisation({ sizeBand: "1-9", scope: "channel" }));
    const applicable = [...plan.next, ...plan.later];
    for (const id of [
      "brand-promise",
      "goal",
      "objectives",
      "measurability",
      "audiences",
      "frequency",
      "follow-up",
      "tone-of-voice",
      "response-time",
    ] as const) {
      expect(applicable).toContain(id);
    }
  });

  it("places the same elements first whatever the order of the bottleneck dimensions", () => {
    fc.assert(
      fc.property(fc.constantFrom<StageNumber>(...STAGE_NUMBERS), fc.subarray(dimensionIds), fc.constantFrom(...SIZE_BANDS), (stage, bottleneck, sizeBand) => {
        const plan = planStrategy({ stage, bottleneckDimensionIds: bottleneck, sizeBand, scope: "organisation" });
        const reversed = planStrategy({ stage, bottleneckDimensionIds: bottleneck.toReversed(), sizeBand, scope: "organisation" });
        expect(new Set(plan.next)).toEqual(new Set(reversed.next));
        expect(plan.optional).toEqual(reversed.optional);
      }),
    );
  });
});

describe("the plan from an assessment", () => {
  it("takes the lighter form for one channel, and the Emerging order before any assessment", () => {
    const { plan, bottleneck } = planStrategyFromAssessment(model, undefined, "250-999", "instagram");
    expect(bottleneck).toEqual([]);
    expect(plan.lighterForm).toBe(true);
    expect(plan).toEqual(planStrategy({ stage: null, bottleneckDimensionIds: [], sizeBand: "250-999", scope: "channel" }));
  });
  it("puts what moves the assessment's lowest dimension first", () => {
    const scores = Object.fromEntries(model.dimensions.map((dimension) => [dimension.id, dimension.id === "measurement" ? 1 : 3]));
    const { plan, bottleneck } = planStrategyFromAssessment(model, { stage: 3, scope: "organisation", dimensionScores: scores }, "250-999", "");
    expect(bottleneck).toEqual(["measurement"]);
    expect(plan.lighterForm).toBe(false);
    expect(plan.next[0]).toBe("measurability");
  });
});
