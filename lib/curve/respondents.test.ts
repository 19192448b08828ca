import { describe, expect, it } from "vitest";
import { analyseRespondents, type RespondentAnswers } from "./respondents";
import { answersAt, model } from "./test-support";

const respondent = (respondentId: string, raterGroup: RespondentAnswers["raterGroup"], answers: RespondentAnswers["answers"]): RespondentAnswers => ({
  respondentId,
  raterGroup,
  answers,
});
const analyse = (respondents: RespondentAnswers[]) => analyseRespondents(model, { modelId: model.id, modelVersion: model.version, respondents });

describe("several respondents", () => {
  it("pools the answers: the mean, spread and n per item and dimension", () => {
    const analysis = analyse([
      respondent("a", "leadership", answersAt({}, 3)),
      respondent("b", "staff", answersAt({}, 2)),
      respondent("c", "staff", answersAt({ "ownership.sponsor": 4 }, 2)),
    ]);
    expect(analysis.respondents).toBe(3);
    const sponsor = analysis.items.find((item) => item.itemId === "ownership.sponsor")!;
    expect(sponsor).toMatchObject({ n: 3, mean: 3, min: 2, max: 4, spread: 2, notApplicable: 0, dontKnow: 0 });
    const plan = analysis.items.find((item) => item.itemId === "strategy.plan")!;
    expect(plan.mean).toBeCloseTo(7 / 3, 12);
    const ownership = analysis.dimensions.find((dimension) => dimension.dimensionId === "ownership")!;
    expect(ownership).toMatchObject({ n: 3, min: 2, max: 3, spread: 1 });
    expect(analysis.overall.dimensions.find((dimension) => dimension.dimensionId === "strategy")!.score).toBeCloseTo(7 / 3, 12);
  });

  it("scores each rater group of three or more on its own", () => {
    const analysis = analyse([
      ...["a", "b", "c"].map((id) => respondent(id, "leadership", answersAt({}, 3))),
      respondent("d", "staff", answersAt({}, 2)),
      respondent("e", "staff", answersAt({}, 2)),
      respondent("f", "staff", answersAt({}, 1)),
    ]);
    expect(analysis.groups.map((group) => [group.raterGroup, group.respondents])).toEqual([
      ["leadership", 3],
      ["staff", 3],
    ]);
    expect(analysis.groups[0]!.result.position).toBe(3);
    expect(analysis.groups[1]!.result.position).toBeCloseTo(5 / 3, 12);
    expect(analysis.pooledGroups).toBeNull();
  });

  it("never shows a group of one or two on its own: smaller groups are pooled, and shown only when that makes three", () => {
    const lone = analyse([...["a", "b", "c"].map((id) => respondent(id, "staff", answersAt({}, 2))), respondent("d", "leadership", answersAt({}, 4))]);
    expect(lone.groups.map((group) => group.raterGroup)).toEqual(["staff"]);
    expect(lone.pooledGroups).toEqual({ raterGroups: ["leadership"], respondents: 1, result: null });
    expect(lone.overall.position).toBeCloseTo(2.5, 12);

    const pooled = analyse([
      respondent("a", "leadership", answersAt({}, 4)),
      respondent("b", "consultant", answersAt({}, 3)),
      respondent("c", "consultant", answersAt({}, 2)),
    ]);
    expect(pooled.groups).toEqual([]);
    expect(pooled.pooledGroups).toMatchObject({ raterGroups: ["leadership", "consultant"], respondents: 3, result: { position: 3 } });
  });

  it("flags a perception gap when groups are a stage or more apart", () => {
    const three = (group: RespondentAnswers["raterGroup"], answers: RespondentAnswers["answers"]) =>
      ["1", "2", "3"].map((id) => respondent(`${group}${id}`, group, answers));
    const analysis = analyse([
      ...three("leadership", answersAt({}, 3)),
      ...three("staff", answersAt({ "measurement.kpis": 3, "measurement.reporting": 3, "measurement.value": 2 }, 2)),
      ...three("social_media_team", answersAt({}, 3)),
    ]);
    const ownership = analysis.perceptionGaps.find((gap) => gap.dimensionId === "ownership")!;
    expect(ownership).toMatchObject({ flagged: true, widest: { high: "leadership", low: "staff", gap: 1 } });
    expect(ownership.groups.map((group) => [group.raterGroup, group.stage])).toEqual([
      ["leadership", 3],
      ["social_media_team", 3],
      ["staff", 2],
    ]);
    const measurement = analysis.perceptionGaps.find((gap) => gap.dimensionId === "measurement")!;
    expect(measurement.flagged).toBe(false);
    expect(measurement.widest!.gap).toBeCloseTo(1 / 3, 12);
  });

  it("reports no gap with a single group", () => {
    const analysis = analyse([respondent("a", "staff", answersAt({}, 1)), respondent("b", "staff", answersAt({}, 4))]);
    expect(analysis.perceptionGaps.every((gap) => gap.widest === null && !gap.flagged)).toBe(true);
  });

  it("keeps skips apart from scores", () => {
    const analysis = analyse([
      respondent("a", "staff", [{ itemId: "strategy.goals", skip: "dont_know" }]),
      respondent("b", "staff", [{ itemId: "strategy.goals", skip: "not_applicable" }]),
    ]);
    expect(analysis.items.find((item) => item.itemId === "strategy.goals")).toMatchObject({ n: 0, mean: null, notApplicable: 1, dontKnow: 1 });
    expect(analysis.overall.position).toBeNull();
  });
});
