// One organisation's assessments over time: change, stage transitions, time in each stage,
// velocity and a dated forecast of reaching the next stage.
import type { Model, StageNumber } from "./model";
import type { AssessmentResult, DimensionScore } from "./scoring";
import { addMeanMonths, daysBetween, monthsBetween } from "./calendar";
import { linearFit } from "./statistics";

/** What progress needs of a result: a full AssessmentResult, or a stored snapshot of one. */
type ResultSnapshot = Pick<AssessmentResult, "position" | "stage"> & { dimensions: Pick<DimensionScore, "dimensionId" | "score">[] };
export type DatedResult = { assessmentId: string; date: Date; result: ResultSnapshot };

/** Velocity and forecast use at most this many of the latest assessments. */
const VELOCITY_WINDOW = 5;
const FORECAST_MINIMUM_ASSESSMENTS = 3;
/** Below this gain per month the trend counts as flat. */
const FLAT_TREND_PER_MONTH = 0.01;
const FORECAST_HORIZON_MONTHS = 60;

type NoForecastReason = "too_few_assessments" | "flat_or_falling" | "at_final_stage" | "no_position" | "beyond_horizon";

type Forecast =
  | { status: "forecast"; nextStage: StageNumber; threshold: number; expected: Date; earliest: Date; latest: Date; perMonth: number }
  | { status: "none"; reason: NoForecastReason };

export type ProgressAnalysis = {
  assessments: number;
  latest: DatedResult | null;
  positionChange: { sincePrevious: number | null; sinceFirst: number | null };
  dimensionChanges: { dimensionId: string; latest: number | null; sincePrevious: number | null; sinceFirst: number | null }[];
  transitions: { from: StageNumber; to: StageNumber; date: Date; assessmentId: string }[];
  /** Days in each stage, from each assessment to the next (the latest one until `now`). */
  daysInStage: Record<StageNumber, number>;
  velocity: { perMonth: number; basedOn: number; from: Date; to: Date } | null;
  forecast: Forecast;
};

const difference = (later: number | null | undefined, earlier: number | null | undefined) => (later != null && earlier != null ? later - earlier : null);

export function analyseProgress(model: Model, history: readonly DatedResult[], now: Date = new Date()): ProgressAnalysis {
  const ordered = [...history].sort((a, b) => a.date.getTime() - b.date.getTime() || a.assessmentId.localeCompare(b.assessmentId));
  const latest = ordered.at(-1) ?? null;
  const previous = ordered.at(-2) ?? null;
  const first = ordered[0] ?? null;

  const scoreIn = (entry: DatedResult | null, dimensionId: string) =>
    entry?.result.dimensions.find((dimension) => dimension.dimensionId === dimensionId)?.score ?? null;
  const dimensionChanges = model.dimensions.map((dimension) => ({
    dimensionId: dimension.id,
    latest: scoreIn(latest, dimension.id),
    sincePrevious: previous ? difference(scoreIn(latest, dimension.id), scoreIn(previous, dimension.id)) : null,
    sinceFirst: ordered.length > 1 ? difference(scoreIn(latest, dimension.id), scoreIn(first, dimension.id)) : null,
  }));

  const staged = ordered.filter((entry) => entry.result.stage !== null);
  const transitions: ProgressAnalysis["transitions"] = [];
  const daysInStage: Record<StageNumber, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  staged.forEach((entry, index) => {
    const stage = entry.result.stage!;
    const before = staged[index - 1];
    if (before && before.result.stage !== stage) {
      transitions.push({ from: before.result.stage!, to: stage, date: entry.date, assessmentId: entry.assessmentId });
    }
    const until = staged[index + 1]?.date ?? now;
    daysInStage[stage] += Math.max(0, daysBetween(entry.date, until));
  });

  const positioned = ordered.filter((entry) => entry.result.position !== null).slice(-VELOCITY_WINDOW);
  let velocity: ProgressAnalysis["velocity"] = null;
  let fit: ReturnType<typeof linearFit> | null = null;
  if (positioned.length >= 2 && monthsBetween(positioned[0]!.date, positioned.at(-1)!.date) > 0) {
    const origin = positioned[0]!.date;
    fit = linearFit(positioned.map((entry) => ({ x: monthsBetween(origin, entry.date), y: entry.result.position! })));
    velocity = { perMonth: fit.slope, basedOn: positioned.length, from: origin, to: positioned.at(-1)!.date };
  }

  return {
    assessments: ordered.length,
    latest,
    positionChange: {
      sincePrevious: previous ? difference(latest?.result.position, previous.result.position) : null,
      sinceFirst: ordered.length > 1 ? difference(latest?.result.position, first?.result.position) : null,
    },
    dimensionChanges,
    transitions,
    daysInStage,
    velocity,
    forecast: forecastNextStage(model, latest, positioned.length, fit),
  };
}

function forecastNextStage(model: Model, latest: DatedResult | null, positionedCount: number, fit: ReturnType<typeof linearFit> | null): Forecast {
  const position = latest?.result.position ?? null;
  const stage = latest?.result.stage ?? null;
  if (position === null || stage === null) return { status: "none", reason: "no_position" };
  if (stage === 4) return { status: "none", reason: "at_final_stage" };
  if (positionedCount < FORECAST_MINIMUM_ASSESSMENTS || !fit) return { status: "none", reason: "too_few_assessments" };
  if (fit.slope < FLAT_TREND_PER_MONTH) return { status: "none", reason: "flat_or_falling" };

  const threshold = model.thresholds[stage - 1]!;
  const remaining = threshold - position;
  // The range follows the slope's standard error; the slow end is never taken slower than half
  // the pace, so that a noisy history still gives a finite (if wide) range.
  const error = fit.slopeError ?? 0;
  const fast = fit.slope + error;
  const slow = Math.max(fit.slope - error, fit.slope / 2);
  const expectedMonths = remaining / fit.slope;
  if (expectedMonths > FORECAST_HORIZON_MONTHS) return { status: "none", reason: "beyond_horizon" };
  return {
    status: "forecast",
    nextStage: (stage + 1) as StageNumber,
    threshold,
    expected: addMeanMonths(latest!.date, expectedMonths),
    earliest: addMeanMonths(latest!.date, remaining / fast),
    latest: addMeanMonths(latest!.date, remaining / slow),
    perMonth: fit.slope,
  };
}
