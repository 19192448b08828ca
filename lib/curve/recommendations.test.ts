import { describe, expect, it } from "vitest";
import { localize } from "./model";
import { recommendNextSteps } from "./recommendations";
import { scoreAssessment } from "./scoring";
import { answersAt, input, model } from "./test-support";

const emerging = scoreAssessment(model, input(answersAt({ "listening.gathering": 2, "listening.response": 2, "listening.use": 2 }, 1)));

describe("recommendations", () => {
  it("gives an Emerging organisation the seed's first steps, in both languages", () => {
    const strategy = recommendNextSteps(model, emerging).find((entry) => entry.dimensionId === "strategy")!;
    const english = strategy.steps.map((step) => localize(step.text, "en")).join(" ");
    const dutch = strategy.steps.map((step) => localize(step.text, "nl")).join(" ");
    expect(english).toContain("SWOT");
    expect(english).toContain("customers and prospects");
    expect(dutch).toContain("SWOT-analyse");
    const listening = recommendNextSteps(model, scoreAssessment(model, input(answersAt({}, 1)))).find((entry) => entry.dimensionId === "listening")!;
    expect(localize(listening.steps[0]!.text, "en")).toContain("RSS feeds and web alerts");
  });

  it("follows each dimension's own stage", () => {
    const result = scoreAssessment(
      model,
      input(answersAt({ "culture.attitude": 3, "culture.openness": 3, "culture.leadership": 3, "culture.mistakes": 3 }, 2)),
    );
    const culture = recommendNextSteps(model, result).find((entry) => entry.dimensionId === "culture")!;
    expect(culture.currentStage).toBe(3);
    expect(culture.steps.map((step) => step.text.en).join(" ")).toContain("level-5 leadership");
    const ownership = recommendNextSteps(model, result).find((entry) => entry.dimensionId === "ownership")!;
    expect(ownership.steps.map((step) => step.text.en).join(" ")).toContain("executive sponsor");
  });

  it("puts the bottleneck first, then the largest gap to a target, then the lowest score", () => {
    const result = scoreAssessment(
      model,
      input(
        answersAt(
          { "measurement.kpis": 1, "measurement.reporting": 1, "measurement.value": 1, "presence.profiles": 3, "presence.content": 3, "presence.systems": 3 },
          2,
        ),
      ),
    );
    const order = recommendNextSteps(model, result, { culture: 4, strategy: 3 }).map((entry) => entry.dimensionId);
    expect(order[0]).toBe("measurement");
    expect(order.slice(1, 3)).toEqual(["culture", "strategy"]);
    expect(order.at(-1)).toBe("presence");
  });

  it("leaves out dimensions that reached their target or lack data", () => {
    const answers = answersAt({}, 3).filter((answer) => !answer.itemId.startsWith("integration."));
    const ids = recommendNextSteps(model, scoreAssessment(model, input(answers)), { ownership: 3 }).map((entry) => entry.dimensionId);
    expect(ids).not.toContain("ownership");
    expect(ids).not.toContain("integration");
    expect(ids).toHaveLength(5);
  });
});
