import { describe, expect, it } from "vitest";
import { UnknownModelError } from "./errors";
import { parseModel, type Model } from "./model";
import { answersAt, input, model } from "./test-support";
import { compareAssessments, createModelRegistry, scoreWithRegistry, shippedModels, SMICIKLAS_MODEL_ID } from "./versions";

/** Version 2: one ownership item replaced and one measurement item replaced. */
function versionTwo(): Model {
  const next = structuredClone(model);
  next.version = 2;
  const replace = (dimensionIndex: number, itemIndex: number, newId: string) => {
    const item = next.dimensions[dimensionIndex]!.items[itemIndex]!;
    item.id = newId;
    item.options.forEach((option) => (option.id = `${newId}.${option.stage}`));
  };
  replace(0, 3, "ownership.community");
  replace(6, 2, "measurement.learning");
  const parsed = parseModel(next);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.model;
}

describe("model versions", () => {
  const v2 = versionTwo();
  const registry = createModelRegistry([model, v2]);

  it("keeps scoring old assessments with the version they were made with", () => {
    const old = input(answersAt({}, 2));
    expect(registry.latest(SMICIKLAS_MODEL_ID).version).toBe(2);
    expect(scoreWithRegistry(registry, old).position).toBe(2);
    expect(scoreWithRegistry(registry, old).modelVersion).toBe(1);
  });

  it("refuses an unknown version", () => {
    expect(() => registry.get(SMICIKLAS_MODEL_ID, 7)).toThrow(UnknownModelError);
    expect(() => shippedModels.get("another-model", 1)).toThrow(UnknownModelError);
  });

  it("compares across versions on the shared items only, and says how much is comparable", () => {
    const earlier = input(answersAt({ "ownership.skills": 1, "measurement.value": 1 }, 2));
    const later = input(answersAt({ "ownership.community": 4, "measurement.learning": 4 }, 3, v2), v2);
    const comparison = compareAssessments(registry, earlier, later);
    expect(comparison.sharedItemIds).toHaveLength(22);
    expect(comparison.comparableShare).toBeCloseTo(22 / 26, 12);
    expect(Math.round(comparison.comparableShare * 100)).toBe(85);
    // Only shared items count: the replaced items' extreme answers do not.
    expect(comparison.dimensionChanges.every((entry) => entry.change === 1)).toBe(true);
    expect(comparison.positionChange).toBe(1);
  });

  it("compares two assessments on one version fully", () => {
    const comparison = compareAssessments(registry, input(answersAt({}, 1)), input(answersAt({}, 2)));
    expect(comparison.comparableShare).toBe(1);
    expect(comparison.positionChange).toBe(1);
  });

  it("ships a valid first version", () => {
    expect(shippedModels.all().map((entry) => `${entry.id}@${entry.version}`)).toEqual(["smiciklas-learning-curve@1"]);
  });
});
