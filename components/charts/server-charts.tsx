// The charts of an organisation's progress and results, drawn on the server as SVG: they are on
// screen with the page, with no chart library to load and run on the user's device (on a phone
// that cost 0.6–1.4 s of blocked page). Hover text names each point; the table beside each chart
// holds every number. The reports draw the same charts (lib/reports/svg-charts.ts).
import { learningCurveSvg, radarSvg, timelineSvg, type Band } from "@/lib/reports/svg-charts";
import { scoreFormatters } from "@/components/ui/format";
import { DimensionToggles } from "./dimension-toggles";

const ACCENT = "#1f5fbf";

/**
 * The drawing scales with the page down to a width where its text is still readable (about
 * 10 px); narrower screens scroll it sideways, as they would a wide table. Its width comes from
 * the page, never from the drawing (`contain`), so the page itself never grows wider. Charts
 * over time open at their right end (`latestFirst`), where the latest assessment and the target are.
 */
function SvgFigure({ title, svg, size, latestFirst = false }: { title: string; svg: string; size: string; latestFirst?: boolean }) {
  return (
    <figure
      aria-label={title}
      // Focusable, so that a keyboard can scroll it where the screen is too narrow.
      tabIndex={0}
      className={`w-full min-w-0 overflow-x-auto [contain:inline-size] focus-visible:outline-2 focus-visible:outline-brand-700 ${size} ${latestFirst ? "flex flex-row-reverse [&>svg]:shrink-0" : ""} [&>svg]:h-auto [&>svg]:w-full`}
      // Every text in the drawing is escaped by the drawing functions.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}

/** The learning curve with every assessment on it and the target. */
export function LearningCurveChart({
  points,
  target,
  bands,
  labels,
  locale,
}: {
  points: { date: string; position: number; positionLabel: string }[];
  target: { position: number; label: string } | null;
  bands: Band[];
  labels: { title: string; axis: string };
  locale: string;
}) {
  const svg = learningCurveSvg({
    points: points.map((point) => ({ position: point.position, label: point.date, hint: `${point.date}: ${point.positionLabel}` })),
    bands,
    target,
    title: labels.title,
    axis: labels.axis,
    tick: scoreFormatters(locale).number,
    accent: ACCENT,
  });
  return <SvgFigure title={labels.title} svg={svg} size="max-w-3xl [&>svg]:min-w-[500px]" latestFirst />;
}

/** Position over time on the stage bands, pulse check-ins marked, with each dimension's line to show. */
export function TimelineChart({
  entries,
  dimensions,
  bands,
  target,
  labels,
  locale,
}: {
  entries: { time: number; label: string; hint: string; position: number | null; pulse: boolean; scores: Record<string, number | null> }[];
  dimensions: { id: string; label: string }[];
  bands: Band[];
  target: { position: number; label: string } | null;
  labels: { title: string; showDimensions: string; pulse: string };
  locale: string;
}) {
  const svg = timelineSvg({
    entries,
    dimensions: dimensions.map((dimension) => ({ id: dimension.id, values: entries.map((entry) => entry.scores[dimension.id] ?? null) })),
    bands,
    target,
    title: labels.title,
    tick: scoreFormatters(locale).number,
    accent: ACCENT,
    pulseLabel: labels.pulse,
  });
  return (
    <DimensionToggles dimensions={dimensions} legend={labels.showDimensions}>
      <SvgFigure title={labels.title} svg={svg} size="max-w-3xl [&>svg]:min-w-[500px]" latestFirst />
    </DimensionToggles>
  );
}

export type RadarSeries = { key: string; label: string; colour: string; values: Record<string, number | null>; dashed?: boolean };

/** Dimension scores on a radar, its series named beside it. */
export function DimensionRadar({
  dimensions,
  series,
  title,
  locale,
}: {
  dimensions: { id: string; label: string }[];
  series: RadarSeries[];
  title: string;
  locale: string;
}) {
  const { score, number } = scoreFormatters(locale);
  const svg = radarSvg({
    dimensions: dimensions.map((dimension) => dimension.label),
    series: series.map((entry) => ({
      label: entry.label,
      colour: entry.colour,
      dashed: entry.dashed,
      values: dimensions.map((dimension) => entry.values[dimension.id] ?? null),
      hint: `${entry.label}: ${dimensions.map((dimension) => `${dimension.label} ${score(entry.values[dimension.id])}`).join(" · ")}`,
    })),
    title,
    tick: number,
    legend: false,
  });
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
      <SvgFigure title={title} svg={svg} size="max-w-xl [&>svg]:min-w-[340px]" />
      <ul className="space-y-1 text-sm text-slate-800">
        {series.map((entry) => (
          <li key={entry.key} className="flex items-center gap-2">
            <svg aria-hidden="true" width="28" height="12" viewBox="0 0 28 12">
              <rect
                x="1"
                y="1"
                width="26"
                height="10"
                fill={entry.colour}
                fillOpacity={0.35}
                stroke={entry.colour}
                strokeWidth={2}
                strokeDasharray={entry.dashed ? "5 4" : undefined}
              />
            </svg>
            {entry.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
