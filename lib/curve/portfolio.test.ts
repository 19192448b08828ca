import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alignSeries,
  compareCandidates,
  portfolioFigures,
  sectorBenchmark,
  stageDistribution,
  type DatedPosition,
  compareMissingLast,
  positionOn,
  replayDays,
  trendOf,
} from "./portfolio";

const at = (iso: string, position: number): DatedPosition => ({
  assessedOn: new Date(`${iso}T00:00:00Z`),
  position,
  stage: (position < 1.5 ? 1 : position < 2.5 ? 2 : position < 3.5 ? 3 : 4) as DatedPosition["stage"],
});
const now = new Date("2026-11-28T00:00:00Z");

describe("portfolio figures", () => {
  it("takes the latest, the previous, the change and the position a year ago, in any order", () => {
    const figures = portfolioFigures([at("2026-09-01", 2.6), at("2025-06-01", 1.8), at("2026-03-01", 2.2)], now);
    expect(figures.latest!.position).toBe(2.6);
    expect(figures.previous!.position).toBe(2.2);
    expect(figures.changeSincePrevious).toBeCloseTo(0.4, 12);
    expect(figures.yearAgo!.position).toBe(1.8);
    expect(figures.stalled).toBe(false);
  });

  it("calls an organisation stalled without gain over its last two assessments", () => {
    expect(portfolioFigures([at("2025-01-01", 2.0), at("2025-07-01", 2.3), at("2026-01-01", 2.02)], now).stalled).toBe(true);
    expect(portfolioFigures([at("2025-07-01", 2.3), at("2026-01-01", 2.02)], now).stalled).toBe(false);
  });

  it("has nothing for an organisation never assessed", () => {
    expect(portfolioFigures([], now)).toEqual({ latest: null, previous: null, changeSincePrevious: null, yearAgo: null, stalled: false, fellBack: false });
  });

  it("counts stages", () => {
    expect(stageDistribution([1, 2, 2, null, 4])).toEqual({ 1: 1, 2: 2, 3: 0, 4: 1 });
  });
});

describe("sector benchmark", () => {
  it("is withheld below five contributors", () => {
    expect(sectorBenchmark([1, 2, 3, 4], 2)).toEqual({ status: "too_few", contributors: 4 });
  });

  it("gives the spread and where the organisation sits in it", () => {
    const benchmark = sectorBenchmark([1.5, 2.0, 2.5, 3.0, 3.5], 3.0);
    expect(benchmark).toEqual({ status: "ok", contributors: 5, min: 1.5, q1: 2.0, median: 2.5, q3: 3.0, max: 3.5, position: 3.0, percentile: 70 });
  });

  it("keeps quartiles ordered and within the range", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 4, noNaN: true }), { minLength: 5, maxLength: 60 }), (values) => {
        const benchmark = sectorBenchmark(values, values[0]!);
        if (benchmark.status !== "ok") throw new Error("expected a benchmark");
        expect(benchmark.min).toBeLessThanOrEqual(benchmark.q1);
        expect(benchmark.q1).toBeLessThanOrEqual(benchmark.median);
        expect(benchmark.median).toBeLessThanOrEqual(benchmark.q3);
        expect(benchmark.q3).toBeLessThanOrEqual(benchmark.max);
        expect(benchmark.percentile).toBeGreaterThanOrEqual(0);
        expect(benchmark.percentile).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe("aligning series", () => {
  it("uses months since the first assessment, or the calendar", () => {
    const points = [at("2026-07-01", 2), at("2026-01-01", 1.5)];
    expect(alignSeries(points, "since_first").map((point) => Math.round(point.x))).toEqual([0, 6]);
    expect(alignSeries(points, "calendar").map((point) => point.x)).toEqual([Date.UTC(2026, 0, 1), Date.UTC(2026, 6, 1)]);
  });
});

describe("compare candidates", () => {
  const choices = ["Bakkerij Van Dam", "Zórggroep Rivierenland", "Zorgcentrum De Linde", "Hotel De Zeeuwse Kust", "Omroep Zuid"].map((name, index) => ({
    id: `org-${index}`,
    name,
  }));

  it("offers the chosen ones first, then the names that contain the search, without case or accents", () => {
    const { offered, moreMatches } = compareCandidates(choices, new Set(["org-0"]), " ZORG ", 10);
    expect(offered.map((choice) => choice.name)).toEqual(["Bakkerij Van Dam", "Zórggroep Rivierenland", "Zorgcentrum De Linde"]);
    expect(moreMatches).toBe(0);
  });

  it("offers everyone up to the limit when nothing is searched, and counts the rest", () => {
    const { offered, moreMatches } = compareCandidates(choices, new Set(), "", 3);
    expect(offered).toHaveLength(3);
    expect(moreMatches).toBe(2);
    expect(compareCandidates(choices, new Set(), "nothing like it", 3)).toEqual({ offered: [], moreMatches: 0, matching: 0 });
  });

  it("always keeps every chosen organisation, never offers one twice, and accounts for every match", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.string({ maxLength: 3 }),
        fc.integer({ min: 0, max: 12 }),
        (names, picks, search, limit) => {
          const list = names.map((name, index) => ({ id: String(index), name }));
          const chosenIds = new Set(picks.filter((pick) => pick < list.length).map(String));
          const { offered, moreMatches } = compareCandidates(list, chosenIds, search, limit);
          const ids = offered.map((choice) => choice.id);
          const others = offered.filter((choice) => !chosenIds.has(choice.id));
          const allMatches = compareCandidates(list, chosenIds, search, Number.MAX_SAFE_INTEGER).offered.length - chosenIds.size;
          return (
            [...chosenIds].every((id) => ids.includes(id)) &&
            new Set(ids).size === ids.length &&
            others.length <= limit &&
            others.length + moreMatches === allMatches
          );
        },
      ),
    );
  });
});

describe("sorting with missing values", () => {
  it("puts missing values last whichever way the list is sorted", () => {
    const values = [0.49, null, -0.2, undefined, 1];
    expect([...values].sort((a, b) => compareMissingLast(a, b, 1))).toEqual([-0.2, 0.49, 1, null, undefined]);
    expect([...values].sort((a, b) => compareMissingLast(a, b, -1))).toEqual([1, 0.49, -0.2, null, undefined]);
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ noNaN: true, min: -4, max: 4 }), { nil: null })), fc.constantFrom<1 | -1>(1, -1), (list, direction) => {
        const sorted = [...list].sort((a, b) => compareMissingLast(a, b, direction));
        const firstMissing = sorted.findIndex((value) => value === null);
        if (firstMissing >= 0) expect(sorted.slice(firstMissing).every((value) => value === null)).toBe(true);
      }),
    );
  });
});

describe("the portfolio replay", () => {
  const history = [at("2025-01-10", 1.4), at("2025-07-10", 1.8), at("2026-01-10", 2.3)];

  it("places an organisation where it stood on a day, with its change then", () => {
    expect(positionOn(history, new Date("2024-12-31T00:00:00Z"))).toBeNull();
    expect(positionOn(history, new Date("2025-03-01T00:00:00Z"))).toMatchObject({ position: { position: 1.4 }, change: null });
    expect(positionOn(history, new Date("2025-07-10T00:00:00Z"))!.change).toBeCloseTo(0.4, 12);
    expect(positionOn([...history].reverse(), new Date("2026-06-01T00:00:00Z"))!.position.position).toBe(2.3);
  });

  it("shows one day a month, ending today", () => {
    const days = replayDays(new Date("2026-12-02T00:00:00Z"), 24);
    expect(days).toHaveLength(25);
    expect(days[0]).toEqual(new Date("2024-12-02T00:00:00Z"));
    expect(days.at(-1)).toEqual(new Date("2026-12-02T00:00:00Z"));
  });

  it("marks rising, falling and level organisations", () => {
    expect([trendOf(null), trendOf(0.3), trendOf(-0.45), trendOf(0.01)]).toEqual(["new", "up", "down", "level"]);
  });

  it("keeps falls apart from standing still", () => {
    const fell = portfolioFigures([at("2025-01-01", 2.5), at("2025-07-01", 2.3), at("2026-01-01", 2.05)], now);
    expect(fell).toMatchObject({ stalled: false, fellBack: true });
  });
});

describe("searching for organisations to compare", () => {
  it("counts a match that is already ticked, so that it is not called not found", () => {
    const choices = [
      { id: "z", name: "Zorggroep Rivierenland" },
      { id: "b", name: "Bakkerij Van Dam" },
    ];
    expect(compareCandidates(choices, new Set(["z"]), "zorg", 30)).toMatchObject({ matching: 1, offered: [{ id: "z" }] });
  });
});
