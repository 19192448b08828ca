import { describe, expect, it } from "vitest";
import { AssessmentInputError } from "./errors";
import { parseModel, type Model } from "./model";
import { scoreAssessment, type Answer } from "./scoring";
import { answersAt, input, model, optionAt } from "./test-support";

const dimension = (result: ReturnType<typeof scoreAssessment>, id: string) => result.dimensions.find((entry) => entry.dimensionId === id)!;

describe("scoring one assessment", () => {
  it("places an organisation answering Tactical everywhere at 2.00, Tactical", () => {
    const result = scoreAssessment(model, input(answersAt({}, 2)));
    expect(result.position).toBe(2);
    expect(result.stage).toBe(2);
    expect(result.dimensions.every((entry) => entry.score === 2 && entry.stage === 2)).toBe(true);
    expect(result.counts).toEqual({ items: 24, scored: 24, notApplicable: 0, dontKnow: 0, unanswered: 0 });
  });

  it("takes the mean of the answered items' stages per dimension", () => {
    const result = scoreAssessment(
      model,
      input(answersAt({ "ownership.responsibility": 1, "ownership.sponsor": 2, "ownership.resources": 3, "ownership.skills": 4 }, 2)),
    );
    expect(dimension(result, "ownership").score).toBe(2.5);
    expect(dimension(result, "ownership").stage).toBe(3);
    expect(dimension(result, "ownership").explanation).toEqual({ weightedSum: 10, weightTotal: 4, minimumScored: 2, applicable: 4 });
    expect(result.position).toBeCloseTo((2.5 + 6 * 2) / 7, 12);
  });

  it("leaves out not-applicable and don't-know answers, and counts them", () => {
    const answers: Answer[] = [
      { itemId: "strategy.plan", optionId: optionAt("strategy.plan", 3) },
      { itemId: "strategy.audience", optionId: optionAt("strategy.audience", 1) },
      { itemId: "strategy.goals", skip: "not_applicable" },
      { itemId: "strategy.guidelines", skip: "dont_know" },
    ];
    const strategy = dimension(scoreAssessment(model, input(answers)), "strategy");
    expect(strategy.score).toBe(2);
    expect(strategy.counts).toEqual({ items: 4, scored: 2, notApplicable: 1, dontKnow: 1, unanswered: 0 });
    expect(strategy.items.map((item) => item.status)).toEqual(["scored", "scored", "not_applicable", "dont_know"]);
  });

  it("calls a dimension with fewer than half of its items answered insufficient data", () => {
    const one: Answer[] = [{ itemId: "listening.gathering", optionId: optionAt("listening.gathering", 2) }];
    const two: Answer[] = [...one, { itemId: "listening.use", optionId: optionAt("listening.use", 3) }];
    const listeningWithOne = dimension(scoreAssessment(model, input(one)), "listening");
    expect(listeningWithOne).toMatchObject({ status: "insufficient_data", score: null, stage: null });
    expect(dimension(scoreAssessment(model, input(two)), "listening")).toMatchObject({ status: "scored", score: 2.5 });
  });

  it("leaves dimensions without data out of the position and says which", () => {
    const answers = answersAt({}, 3).filter((answer) => !answer.itemId.startsWith("measurement."));
    const result = scoreAssessment(model, input(answers));
    expect(result.position).toBe(3);
    expect(result.explanation.insufficientDimensionIds).toEqual(["measurement"]);
    expect(result.explanation.scoredDimensionIds).toHaveLength(6);
    expect(result.explanation.stageBand).toEqual({ from: 2.5, below: 3.5 });
  });

  it("takes not-applicable items out of their dimension's count, and keeps don't-know ones in it as missing", () => {
    const twoNotApplicable: Answer[] = [
      { itemId: "integration.departments", skip: "not_applicable" },
      { itemId: "integration.online_offline", skip: "not_applicable" },
      { itemId: "integration.processes", optionId: optionAt("integration.processes", 2) },
    ];
    const integration = dimension(scoreAssessment(model, input(twoNotApplicable)), "integration");
    expect(integration).toMatchObject({ status: "scored", score: 2 });
    expect(integration.explanation).toMatchObject({ applicable: 1, minimumScored: 1 });

    const dontKnows: Answer[] = [
      { itemId: "integration.departments", skip: "dont_know" },
      { itemId: "integration.online_offline", skip: "dont_know" },
      { itemId: "integration.processes", optionId: optionAt("integration.processes", 2) },
    ];
    expect(dimension(scoreAssessment(model, input(dontKnows)), "integration")).toMatchObject({ status: "insufficient_data", score: null });
  });

  it("calls a dimension whose items are all not applicable not applicable, and leaves it out of the position", () => {
    const integrationItems = model.dimensions.find((entry) => entry.id === "integration")!.items.map((item) => item.id);
    const answers: Answer[] = answersAt({}, 3).map((answer) =>
      integrationItems.includes(answer.itemId) ? { itemId: answer.itemId, skip: "not_applicable" } : answer,
    );
    const result = scoreAssessment(model, input(answers));
    expect(dimension(result, "integration")).toMatchObject({ status: "not_applicable", score: null, stage: null });
    expect(result.explanation.notApplicableDimensionIds).toEqual(["integration"]);
    expect(result.explanation.insufficientDimensionIds).toEqual([]);
    expect(result.explanation.scoredDimensionIds).toHaveLength(6);
    expect(result.position).toBe(3);
  });

  it("needs at least half of the model's dimension weight scored for a position", () => {
    const kept = new Set(["ownership", "strategy", "listening"]);
    const answers: Answer[] = answersAt({}, 2).map((answer) =>
      kept.has(answer.itemId.split(".")[0]!) ? answer : { itemId: answer.itemId, skip: "not_applicable" },
    );
    const result = scoreAssessment(model, input(answers));
    expect(result.explanation.scoredDimensionIds).toHaveLength(3);
    expect(result.explanation).toMatchObject({ modelWeight: 7, minimumWeight: 3.5, weightTotal: 3 });
    expect(result.position).toBeNull();
    const fourKept = answersAt({}, 2).map((answer) =>
      kept.has(answer.itemId.split(".")[0]!) || answer.itemId.startsWith("presence.") ? answer : { itemId: answer.itemId, skip: "not_applicable" as const },
    );
    expect(scoreAssessment(model, input(fourKept)).position).toBe(2);
  });

  it("has no position without any scored dimension", () => {
    const result = scoreAssessment(model, input([]));
    expect(result).toMatchObject({ position: null, stage: null, bottleneck: null });
  });

  it("uses item and dimension weights", () => {
    const weighted = structuredClone(model) as Model;
    weighted.dimensions[0]!.items[0]!.weight = 3;
    weighted.dimensions[0]!.weight = 6;
    const parsed = parseModel(weighted);
    if (!parsed.ok) throw new Error("weighted model invalid");
    const result = scoreAssessment(parsed.model, input(answersAt({ "ownership.responsibility": 4 }, 1, parsed.model), parsed.model));
    expect(dimension(result, "ownership").score).toBe((3 * 4 + 1 + 1 + 1) / 6);
    expect(result.position).toBeCloseTo((6 * 2.5 + 6 * 1) / 12, 12);
  });

  it("finds the bottleneck and the dimensions holding the organisation back", () => {
    const result = scoreAssessment(
      model,
      input(answersAt({ "measurement.kpis": 1, "measurement.reporting": 1, "measurement.value": 1, "culture.attitude": 2 }, 3)),
    );
    expect(result.bottleneck).toMatchObject({ dimensionIds: ["measurement"], score: 1 });
    expect(result.position! - 1).toBeGreaterThan(1);
    expect(result.bottleneck!.heldBack).toEqual([{ dimensionId: "measurement", stagesBelow: result.position! - 1 }]);
  });

  it("names every lowest dimension when several tie, and nobody held back in an even profile", () => {
    const result = scoreAssessment(model, input(answersAt({}, 2)));
    expect(result.bottleneck!.dimensionIds).toHaveLength(7);
    expect(result.bottleneck!.heldBack).toEqual([]);
  });
});

describe("bad input", () => {
  const codeOf = (answers: unknown[], modelVersion = model.version) => {
    try {
      scoreAssessment(model, { modelId: model.id, modelVersion, answers: answers as Answer[] });
    } catch (error) {
      if (error instanceof AssessmentInputError) return { code: error.code, itemId: error.itemId };
      throw error;
    }
    return null;
  };

  it("refuses unknown items, naming them", () => {
    expect(codeOf([{ itemId: "ownership.nonsense", optionId: "x" }])).toEqual({ code: "unknown_item", itemId: "ownership.nonsense" });
  });

  it("refuses an option of another item, model or version", () => {
    expect(codeOf([{ itemId: "ownership.sponsor", optionId: optionAt("ownership.skills", 2) }])).toEqual({
      code: "foreign_option",
      itemId: "ownership.sponsor",
    });
    expect(codeOf([{ itemId: "ownership.sponsor", optionId: "other-model.sponsor.2" }])).toEqual({ code: "foreign_option", itemId: "ownership.sponsor" });
  });

  it("refuses answers for another model version", () => {
    expect(codeOf([], 99)).toEqual({ code: "model_mismatch", itemId: undefined });
  });

  it("refuses the same item answered twice", () => {
    const answer = { itemId: "culture.openness", optionId: optionAt("culture.openness", 2) };
    expect(codeOf([answer, { itemId: "culture.openness", skip: "dont_know" }])).toEqual({ code: "duplicate_answer", itemId: "culture.openness" });
  });

  it("refuses malformed answers", () => {
    expect(codeOf([{ itemId: "culture.openness", skip: "maybe" }])).toEqual({ code: "invalid_answer", itemId: "culture.openness" });
    expect(codeOf([{ itemId: "culture.openness", optionId: 3 }])).toEqual({ code: "invalid_answer", itemId: "culture.openness" });
    expect(codeOf([{ itemId: "culture.openness", optionId: optionAt("culture.openness", 2), skip: "dont_know" }])).toEqual({
      code: "invalid_answer",
      itemId: "culture.openness",
    });
    expect(codeOf([null])).toEqual({ code: "invalid_answer", itemId: undefined });
    expect(codeOf([{ optionId: "x" }])).toEqual({ code: "invalid_answer", itemId: undefined });
  });
});
