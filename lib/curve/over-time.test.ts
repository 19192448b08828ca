import { describe, expect, it } from "vitest";
import { monthsBetween } from "./calendar";
import { analyseProgress, type DatedResult } from "./over-time";
import { model, resultAt } from "./test-support";

const at = (isoDate: string, position: number, id = isoDate): DatedResult => ({
  assessmentId: id,
  date: new Date(`${isoDate}T00:00:00Z`),
  result: resultAt(position),
});
const months = monthsBetween;

describe("progress over time", () => {
  const climbing = [at("2025-01-01", 1.4), at("2025-04-02", 1.8), at("2025-07-02", 2.2), at("2025-10-01", 2.6)];

  it("gives the change since the previous and the first assessment, per dimension too", () => {
    const analysis = analyseProgress(model, [...climbing].reverse(), new Date("2026-01-01T00:00:00Z"));
    expect(analysis.assessments).toBe(4);
    expect(analysis.positionChange.sincePrevious).toBeCloseTo(0.4, 12);
    expect(analysis.positionChange.sinceFirst).toBeCloseTo(1.2, 12);
    expect(analysis.dimensionChanges).toHaveLength(7);
    expect(analysis.dimensionChanges[0]).toMatchObject({ dimensionId: "ownership", latest: 2.6 });
    expect(analysis.dimensionChanges[0]!.sinceFirst).toBeCloseTo(1.2, 12);
  });

  it("dates each stage transition and sums the time spent in each stage", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const analysis = analyseProgress(model, climbing, now);
    expect(analysis.transitions).toEqual([
      { from: 1, to: 2, date: climbing[1]!.date, assessmentId: "2025-04-02" },
      { from: 2, to: 3, date: climbing[3]!.date, assessmentId: "2025-10-01" },
    ]);
    expect(analysis.daysInStage).toEqual({ 1: 91, 2: 182, 3: 92, 4: 0 });
  });

  it("measures velocity as position per month, and forecasts the next stage", () => {
    const analysis = analyseProgress(model, climbing);
    const span = months(climbing[0]!.date, climbing[3]!.date);
    expect(analysis.velocity!.perMonth).toBeCloseTo(1.2 / span, 2);
    expect(analysis.velocity!.basedOn).toBe(4);
    const forecast = analysis.forecast;
    expect(forecast.status).toBe("forecast");
    if (forecast.status !== "forecast") return;
    expect(forecast.nextStage).toBe(4);
    expect(forecast.threshold).toBe(3.5);
    const expectedMonths = months(climbing[3]!.date, forecast.expected);
    expect(expectedMonths).toBeCloseTo(0.9 / analysis.velocity!.perMonth, 1);
    expect(forecast.earliest.getTime()).toBeLessThanOrEqual(forecast.expected.getTime());
    expect(forecast.latest.getTime()).toBeGreaterThanOrEqual(forecast.expected.getTime());
  });

  it("widens the range when progress is uneven", () => {
    const uneven = [at("2025-01-01", 1.2), at("2025-03-01", 1.9), at("2025-06-01", 1.7), at("2025-09-01", 2.3)];
    const forecast = analyseProgress(model, uneven).forecast;
    expect(forecast.status).toBe("forecast");
    if (forecast.status !== "forecast") return;
    expect(forecast.nextStage).toBe(3);
    expect(forecast.latest.getTime() - forecast.earliest.getTime()).toBeGreaterThan(30 * 86_400_000);
  });

  it("gives no forecast, with the reason, when it cannot", () => {
    const reason = (history: DatedResult[]) => {
      const forecast = analyseProgress(model, history).forecast;
      return forecast.status === "none" ? forecast.reason : "forecast";
    };
    expect(reason([])).toBe("no_position");
    expect(reason([at("2025-01-01", 1.4), at("2025-06-01", 2.0)])).toBe("too_few_assessments");
    expect(reason([at("2025-01-01", 2.0), at("2025-06-01", 2.0), at("2025-12-01", 2.02)])).toBe("flat_or_falling");
    expect(reason([at("2025-01-01", 3.0), at("2025-06-01", 2.6), at("2025-12-01", 2.2)])).toBe("flat_or_falling");
    expect(reason([at("2025-01-01", 3.0), at("2025-06-01", 3.4), at("2025-12-01", 3.6)])).toBe("at_final_stage");
    expect(reason([at("2020-01-01", 1.0), at("2022-01-01", 1.3), at("2024-01-01", 1.55)])).toBe("beyond_horizon");
  });

  it("has no velocity for a single assessment", () => {
    expect(analyseProgress(model, [at("2025-01-01", 2)]).velocity).toBeNull();
  });
});
