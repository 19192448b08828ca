// Organisations as the seed text describes them, answered item by item.
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "./scoring";
import { answersAt, input, model } from "./test-support";

const stageOfExample = (stages: Parameters<typeof answersAt>[0], fallback: Parameters<typeof answersAt>[1]) =>
  scoreAssessment(model, input(answersAt(stages, fallback)));

describe("worked examples", () => {
  it("one marketer exploring, setting up feeds and alerts, no plan: Emerging", () => {
    const result = stageOfExample(
      {
        "ownership.responsibility": 1, // one person in marketing, exploring
        "strategy.plan": 1, // no plan yet
        "listening.gathering": 1, // feeds and alerts being set up
        "presence.profiles": 2, // a first profile or two
        "presence.content": 1,
        "culture.attitude": 1, // overwhelmed by impact and speed
        "measurement.kpis": 1,
      },
      1,
    );
    expect(result.stage).toBe(1);
    expect(result.position).toBeLessThan(1.5);
  });

  it("a small marketing-communication team with profiles on the main networks and informal monitoring: Tactical", () => {
    const result = stageOfExample(
      {
        "ownership.responsibility": 2,
        "ownership.sponsor": 2,
        "strategy.plan": 2,
        "strategy.goals": 1,
        "listening.gathering": 2, // more monitoring, no formal support
        "presence.profiles": 2, // profiles on the main networks
        "integration.departments": 2, // marketing and communication
        "culture.attitude": 2, // experimental atmosphere
        "measurement.kpis": 2, // informal figures
        "measurement.value": 1,
      },
      2,
    );
    expect(result.stage).toBe(2);
  });

  it("executive sponsor, social media manager, plan tied to strategic goals, routine measurement across departments: Integrated", () => {
    const result = stageOfExample(
      {
        "ownership.responsibility": 3, // social media manager
        "ownership.sponsor": 3, // executive sponsor
        "strategy.plan": 3, // plan tied to strategic goals
        "strategy.goals": 3,
        "listening.gathering": 3, // monitoring and measuring is routine
        "integration.departments": 3, // across departments
        "integration.online_offline": 3,
        "measurement.kpis": 3, // measured routinely
        "culture.openness": 2,
        "presence.systems": 2,
      },
      3,
    );
    expect(result.stage).toBe(3);
  });

  it("an open, flat organisation whose employees speak freely within an unwritten framework: Social", () => {
    const result = stageOfExample(
      {
        "culture.attitude": 4, // open and flat
        "culture.openness": 4, // unwritten framework
        "culture.leadership": 4, // level-5 leadership
        "strategy.guidelines": 4,
        "ownership.responsibility": 4, // everyone
        "measurement.reporting": 3,
        "presence.systems": 3,
      },
      4,
    );
    expect(result.stage).toBe(4);
    expect(result.position).toBeGreaterThanOrEqual(3.5);
  });
});
