import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportModel, importModel, parseModel, stageOf, STAGE_KEYS, type Model } from "./model";
import { model } from "./test-support";

const clone = (): Model => structuredClone(model);

describe("the shipped Smiciklas model", () => {
  it("has the four stages in order, with Dutch and English names", () => {
    expect(model.stages.map((stage) => stage.key)).toEqual([...STAGE_KEYS]);
    expect(model.stages.map((stage) => stage.name.nl)).toEqual(["In opkomst", "Tactisch", "Geïntegreerd", "Sociaal"]);
    expect(model.stages.map((stage) => stage.name.en)).toEqual(["Emerging", "Tactical", "Integrated", "Social"]);
  });

  it("has the seven dimensions of the domain notes with 3 to 5 items each, equally weighted", () => {
    expect(model.dimensions.map((dimension) => dimension.id)).toEqual([
      "ownership",
      "strategy",
      "listening",
      "presence",
      "integration",
      "culture",
      "measurement",
    ]);
    for (const dimension of model.dimensions) {
      expect(dimension.items.length, dimension.id).toBeGreaterThanOrEqual(3);
      expect(dimension.items.length, dimension.id).toBeLessThanOrEqual(5);
      expect(dimension.weight).toBe(1);
      for (const item of dimension.items) {
        expect(item.id.startsWith(`${dimension.id}.`)).toBe(true);
        expect(item.options.map((option) => option.stage)).toEqual([1, 2, 3, 4]);
      }
    }
  });

  it("says every text in both languages, and differently", () => {
    for (const dimension of model.dimensions) {
      for (const item of dimension.items) {
        for (const text of [item.text, ...item.options.map((option) => option.text)]) {
          expect(text.nl).not.toBe(text.en);
        }
      }
    }
  });

  it("has next steps for every dimension at every stage", () => {
    for (const dimension of model.dimensions) {
      expect(new Set(dimension.recommendations.map((recommendation) => recommendation.stage))).toEqual(new Set([1, 2, 3, 4]));
    }
  });

  it("keeps the seed's own words", () => {
    const everything = exportModel(model);
    for (const phrase of ["SWOT", "RSS", "level-5", "Level-5", "social media manager", "ongeschreven", "unwritten framework", "strategische doelen"]) {
      expect(everything).toContain(phrase);
    }
  });

  it("uses the default thresholds", () => {
    expect(model.thresholds).toEqual([1.5, 2.5, 3.5]);
    expect([1, 1.49, 1.5, 2.49, 2.5, 3.49, 3.5, 4].map((position) => stageOf(position, model.thresholds))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe("validating a model", () => {
  const problemsOf = (document: unknown) => {
    const result = parseModel(document);
    return result.ok ? [] : result.problems;
  };

  it("names every problem by its path", () => {
    const broken = clone() as unknown as {
      thresholds: number[];
      dimensions: { id: string; items: { id: string; options: unknown[]; text: { nl: string } }[] }[];
    };
    broken.thresholds = [2.5, 1.5, 3.5];
    broken.dimensions[0]!.items[1]!.id = broken.dimensions[0]!.items[0]!.id;
    broken.dimensions[2]!.items[0]!.options.pop();
    broken.dimensions[3]!.items[2]!.text.nl = "";
    const paths = problemsOf(broken).map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(["thresholds", "dimensions.0.items.1.id", "dimensions.2.items.0.options", "dimensions.3.items.2.text.nl"]));
    expect(problemsOf(broken).length).toBeGreaterThanOrEqual(4);
  });

  it("rejects options that do not cover each stage once", () => {
    const broken = clone();
    (broken.dimensions[1]!.items[0]!.options[3] as { stage: number }).stage = 3;
    expect(problemsOf(broken)).toContainEqual({ path: "dimensions.1.items.0.options", message: expect.stringContaining("each stage") });
  });

  it("rejects unknown fields, non-positive weights and missing recommendations", () => {
    const broken = clone() as unknown as Record<string, unknown> & { dimensions: { weight: number; recommendations: { stage: number }[] }[] };
    broken.colour = "blue";
    broken.dimensions[0]!.weight = 0;
    broken.dimensions[1]!.recommendations = broken.dimensions[1]!.recommendations.filter((recommendation) => recommendation.stage !== 4);
    const paths = problemsOf(broken).map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(["(model)", "dimensions.0.weight", "dimensions.1.recommendations"]));
  });

  it("rejects a document that is not JSON", () => {
    expect(importModel("{ not json")).toMatchObject({ ok: false, problems: [{ path: "(document)" }] });
  });
});

describe("export and import", () => {
  it("import after export gives the same model", () => {
    expect(importModel(exportModel(model))).toEqual({ ok: true, model });
  });

  it("is the identity for any valid weights and thresholds", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: 7, maxLength: 7 }),
        fc.double({ min: 1.01, max: 1.99, noNaN: true }),
        fc.double({ min: 2.01, max: 2.99, noNaN: true }),
        fc.double({ min: 3.01, max: 3.99, noNaN: true }),
        (weights, a, b, c) => {
          const variant = clone();
          variant.dimensions.forEach((dimension, index) => (dimension.weight = weights[index]!));
          variant.thresholds = [a, b, c];
          const once = importModel(exportModel(variant));
          expect(once.ok).toBe(true);
          if (once.ok) expect(importModel(exportModel(once.model))).toEqual(once);
          if (once.ok) expect(once.model).toEqual(variant);
        },
      ),
      { numRuns: 50 },
    );
  });
});
