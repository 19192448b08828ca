import { describe, expect, it } from "vitest";
import { planStrategy } from "../strategy";
import { STRATEGY_EXAMPLES, strategyExample } from "./index";
import { model } from "../test-support";

const dimensionIds = new Set(model.dimensions.map((dimension) => dimension.id));

describe("worked strategy examples", () => {
  it("include the bakery on Instagram, a municipality, a healthcare organisation and a B2B manufacturer", () => {
    expect(STRATEGY_EXAMPLES.map((example) => example.sector)).toEqual(expect.arrayContaining(["retail", "government", "healthcare", "manufacturing"]));
    const bakery = strategyExample("bakery-instagram")!;
    expect(bakery.sizeBand).toBe("1-9");
    expect(bakery.channel).toBe("Instagram");
    expect(strategyExample("unknown")).toBeNull();
  });

  it("are written in both languages throughout", () => {
    for (const example of STRATEGY_EXAMPLES) {
      const texts = [
        example.name,
        example.description,
        ...Object.values(example.sections),
        ...example.objectives.flatMap((objective) => [objective.what, objective.kpi]),
      ];
      for (const text of texts) {
        expect(text!.nl.trim(), example.id).not.toBe("");
        expect(text!.en.trim(), example.id).not.toBe("");
        expect(text!.nl, example.id).not.toBe(text!.en);
      }
    }
  });

  it("have SMART objectives on the model's dimensions", () => {
    for (const example of STRATEGY_EXAMPLES) {
      expect(example.objectives.length, example.id).toBeGreaterThan(0);
      for (const objective of example.objectives) {
        expect(dimensionIds.has(objective.dimensionId), objective.dimensionId).toBe(true);
        expect(objective.target).not.toBe(objective.baseline);
        expect(objective.months).toBeGreaterThan(0);
      }
    }
  });

  it("fill in what their own stage asks to write first, and leave out what their lighter form drops", () => {
    for (const example of STRATEGY_EXAMPLES) {
      const plan = planStrategy({
        stage: example.stage,
        bottleneckDimensionIds: [],
        sizeBand: example.sizeBand,
        scope: example.channel ? "channel" : "organisation",
      });
      const written = new Set<string>([...Object.keys(example.sections), "objectives"]);
      for (const id of plan.next) expect(written.has(id), `${example.id}: ${id}`).toBe(true);
      // Listening is the one optional element an example may keep: the bakery's light alert.
      for (const id of plan.optional) if (id !== "listening") expect(written.has(id), `${example.id}: ${id}`).toBe(false);
    }
  });
});
