// Portfolio and comparison figures from organisations' dated positions.
import type { StageNumber } from "./model";
import { addCalendarMonths, monthsBetween } from "./calendar";

/** How the portfolio can be sorted. */
export const PORTFOLIO_SORTS = ["name", "position", "change", "last", "due"] as const;
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];

/** Orders values in a direction, with missing values ("—") last in both directions. */
export function compareMissingLast(a: number | null | undefined, b: number | null | undefined, direction: 1 | -1): number {
  if (a == null) return b == null ? 0 : 1;
  if (b == null) return -1;
  return direction * (a - b);
}

export type DatedPosition = { assessedOn: Date; position: number; stage: StageNumber };

export type PortfolioFigures = {
  latest: DatedPosition | null;
  previous: DatedPosition | null;
  changeSincePrevious: number | null;
  /** The latest position on or before the date a year before `now`. */
  yearAgo: DatedPosition | null;
  /** Neither gain nor fall over the last two assessments (at least three assessments). */
  stalled: boolean;
  /** A fall over the last two assessments: apart from standing still. */
  fellBack: boolean;
};

/** Below this gain, a change counts as no gain. */
const NO_GAIN = 0.05;

/** `history` in any order; each organisation's figures from its completed assessments. */
export function portfolioFigures(history: readonly DatedPosition[], now: Date): PortfolioFigures {
  const ordered = [...history].sort((a, b) => a.assessedOn.getTime() - b.assessedOn.getTime());
  const latest = ordered.at(-1) ?? null;
  const previous = ordered.at(-2) ?? null;
  const yearAgoDate = addCalendarMonths(now, -12);
  const yearAgo = [...ordered].reverse().find((entry) => entry.assessedOn <= yearAgoDate) ?? null;
  const third = ordered.at(-3);
  return {
    latest,
    previous,
    changeSincePrevious: latest && previous ? latest.position - previous.position : null,
    yearAgo,
    stalled: Boolean(latest && third && Math.abs(latest.position - third.position) < NO_GAIN),
    fellBack: Boolean(latest && third && latest.position - third.position <= -NO_GAIN),
  };
}

export function stageDistribution(stages: readonly (StageNumber | null)[]): Record<StageNumber, number> {
  const counts: Record<StageNumber, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const stage of stages) if (stage) counts[stage] += 1;
  return counts;
}

export const BENCHMARK_MINIMUM_CONTRIBUTORS = 5;

export type SectorBenchmark =
  | { status: "ok"; contributors: number; min: number; q1: number; median: number; q3: number; max: number; position: number; percentile: number }
  | { status: "too_few"; contributors: number };

/** Linear-interpolation quantile of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  const index = (sorted.length - 1) * q;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (index - low);
}

/**
 * Where `position` sits among the sector's latest positions (which include it). Shown only with
 * at least five contributors, so that no single organisation can be recognised.
 */
export function sectorBenchmark(sectorPositions: readonly number[], position: number): SectorBenchmark {
  if (sectorPositions.length < BENCHMARK_MINIMUM_CONTRIBUTORS) return { status: "too_few", contributors: sectorPositions.length };
  const sorted = [...sectorPositions].sort((a, b) => a - b);
  const below = sorted.filter((value) => value < position).length;
  const equal = sorted.filter((value) => value === position).length;
  return {
    status: "ok",
    contributors: sorted.length,
    min: sorted[0]!,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted.at(-1)!,
    position,
    percentile: Math.round(((below + equal / 2) / sorted.length) * 100),
  };
}

export type Alignment = "calendar" | "since_first";

/** Months since each series' first point, or the calendar date, as the x value of a comparison. */
export function alignSeries<T extends { assessedOn: Date }>(points: readonly T[], alignment: Alignment): (T & { x: number })[] {
  const ordered = [...points].sort((a, b) => a.assessedOn.getTime() - b.assessedOn.getTime());
  const origin = ordered[0]?.assessedOn.getTime() ?? 0;
  return ordered.map((point) => ({
    ...point,
    x: alignment === "calendar" ? point.assessedOn.getTime() : monthsBetween(new Date(origin), point.assessedOn),
  }));
}

/** Names compared without case or accents: "zorg" finds "Zórggroep". */
function searchable(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLocaleLowerCase("nl");
}

/**
 * What a compare picker offers: the chosen organisations first, then the others whose name
 * contains the search (all others when it is empty), at most `limit` of those; `moreMatches`
 * counts the matching ones left out, so that a workspace of 1,000 clients is searched, not listed.
 */
export function compareCandidates<T extends { id: string; name: string }>(
  choices: readonly T[],
  chosenIds: ReadonlySet<string>,
  search: string,
  limit: number,
): { offered: T[]; moreMatches: number; matching: number } {
  const wanted = searchable(search.trim());
  const chosen = choices.filter((choice) => chosenIds.has(choice.id));
  const matches = choices.filter((choice) => !chosenIds.has(choice.id) && searchable(choice.name).includes(wanted));
  // The chosen ones that match count too: a search for one already ticked has found it.
  const matching = matches.length + chosen.filter((choice) => searchable(choice.name).includes(wanted)).length;
  return { offered: [...chosen, ...matches.slice(0, limit)], moreMatches: Math.max(0, matches.length - limit), matching };
}

/** An organisation's latest position on or before a day (its history in any order). */
export function positionOn(history: readonly DatedPosition[], day: Date): { position: DatedPosition; change: number | null } | null {
  const before = history.filter((entry) => entry.assessedOn.getTime() <= day.getTime()).sort((a, b) => a.assessedOn.getTime() - b.assessedOn.getTime());
  const latest = before.at(-1);
  if (!latest) return null;
  const previous = before.at(-2);
  return { position: latest, change: previous ? latest.position - previous.position : null };
}

/** The days a replay shows: one a month, from `months` months back to today. */
export function replayDays(today: Date, months: number): Date[] {
  return Array.from({ length: months + 1 }, (_, index) => addCalendarMonths(today, index - months));
}

/** Rising, falling or level since the previous assessment, as a marker shows it. */
export function trendOf(change: number | null): "up" | "down" | "level" | "new" {
  if (change === null) return "new";
  return change >= NO_GAIN ? "up" : change <= -NO_GAIN ? "down" : "level";
}
