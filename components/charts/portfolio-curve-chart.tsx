"use client";

import { useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter } from "next-intl";
import { ComposedChart, Line, ReferenceArea, ResponsiveContainer, Scatter, XAxis, YAxis } from "recharts";
import { DataTable } from "@/components/ui/table";
import { curveHeight } from "@/lib/curve/curve";

type Replay = {
  days: string[];
  organisations: { id: string; name: string; consultantId: string | null; consultantName: string | null }[];
  frames: ([number, number, number | null] | null)[][];
};

export type PortfolioCurveLabels = {
  title: string;
  axis: string;
  loading: string;
  failed: string;
  colourBy: string;
  byStage: string;
  byConsultant: string;
  month: string;
  play: string;
  pause: string;
  standing: string;
  noConsultant: string;
  markers: string;
  trend: { up: string; down: string; level: string; new: string };
  table: { caption: string; organisation: string; stage: string; position: string; change: string; consultant: string };
  showTable: string;
  pointLabel: string;
  none: string;
};

const CURVE = Array.from({ length: 61 }, (_, index) => {
  const position = 1 + (index * 3) / 60;
  return { position, curve: curveHeight(position) };
});
const BAND_COLOURS = ["#e0f2fe", "#ccfbf1", "#e0e7ff", "#ede9fe"];
const STAGE_COLOURS = ["#0369a1", "#0f766e", "#4338ca", "#7e22ce"];
const CONSULTANT_COLOURS = ["#1f5fbf", "#b91c1c", "#15803d", "#c2410c", "#7e22ce", "#0e7490", "#be185d", "#4d7c0f"];
const NO_GAIN = 0.05;
const STEP_MS = 700;

type Point = { id: string; name: string; position: number; curve: number; stage: number; change: number | null; colour: string; consultant: string };

const trendOf = (change: number | null) => (change === null ? "new" : change >= NO_GAIN ? "up" : change <= -NO_GAIN ? "down" : "level");

/**
 * A client's marker: a triangle up or down by its last change, a circle when level, a diamond
 * when new. Focus and hover show its name beside it, without state, so that the chart never
 * re-renders under the focus.
 */
function Marker({ cx, cy, point, label, onOpen }: { cx: number; cy: number; point: Point; label: string; onOpen: () => void }) {
  const trend = trendOf(point.change);
  const size = 7;
  const path =
    trend === "up"
      ? `M${cx},${cy - size} L${cx + size},${cy + size * 0.8} L${cx - size},${cy + size * 0.8} Z`
      : trend === "down"
        ? `M${cx},${cy + size} L${cx + size},${cy - size * 0.8} L${cx - size},${cy - size * 0.8} Z`
        : trend === "new"
          ? `M${cx},${cy - size} L${cx + size},${cy} L${cx},${cy + size} L${cx - size},${cy} Z`
          : "";
  const outline = "group-focus-visible:stroke-black group-focus-visible:stroke-[3px]";
  return (
    <g
      role="link"
      tabIndex={0}
      aria-label={label}
      className="group cursor-pointer outline-none"
      onClick={onOpen}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          onOpen();
        }
      }}
    >
      <title>{label}</title>
      {path ? (
        <path d={path} fill={point.colour} stroke="#ffffff" strokeWidth={1.5} className={outline} />
      ) : (
        <circle cx={cx} cy={cy} r={size - 1} fill={point.colour} stroke="#ffffff" strokeWidth={1.5} className={outline} />
      )}
      <text
        x={cx + size + 4}
        y={cy - size - 2}
        aria-hidden="true"
        className="pointer-events-none fill-slate-900 text-xs font-medium opacity-0 group-hover:opacity-100 group-focus:opacity-100"
        style={{ paintOrder: "stroke", stroke: "#ffffff", strokeWidth: 3 }}
      >
        {point.name}
      </text>
    </g>
  );
}

/** Every (filtered) client on the learning curve, with a time control that replays the last months. */
export function PortfolioCurveChart({
  replayUrl,
  stageNames,
  bands,
  labels,
}: {
  replayUrl: string;
  stageNames: Record<number, string>;
  bands: { from: number; to: number; label: string }[];
  labels: PortfolioCurveLabels;
}) {
  const format = useFormatter();
  const router = useRouter();
  const [replay, setReplay] = useState<Replay | null>(null);
  const [failed, setFailed] = useState(false);
  const [day, setDay] = useState<number | null>(null);
  const [colourBy, setColourBy] = useState<"stage" | "consultant">("stage");
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    let current = true;
    fetch(replayUrl, { headers: { accept: "application/json" } })
      .then((response) => (response.ok ? (response.json() as Promise<Replay>) : Promise.reject(new Error(String(response.status)))))
      .then((data) => current && setReplay(data))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [replayUrl]);

  const last = replay ? replay.days.length - 1 : 0;
  const shown = day ?? last;

  useEffect(() => {
    if (!playing || !replay) return;
    const timer = setTimeout(() => {
      if (shown >= last) setPlaying(false);
      else setDay(shown + 1);
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, shown, last, replay]);

  const consultants = useMemo(() => [...new Set((replay?.organisations ?? []).map((organisation) => organisation.consultantId ?? ""))], [replay]);
  const points: Point[] = useMemo(() => {
    if (!replay) return [];
    return replay.organisations.flatMap((organisation, index) => {
      const entry = replay.frames[shown]?.[index];
      if (!entry) return [];
      const [position, stage, change] = entry;
      const colour =
        colourBy === "stage"
          ? STAGE_COLOURS[stage - 1]!
          : CONSULTANT_COLOURS[consultants.indexOf(organisation.consultantId ?? "") % CONSULTANT_COLOURS.length]!;
      return [
        {
          id: organisation.id,
          name: organisation.name,
          position,
          curve: curveHeight(position),
          stage,
          change,
          colour,
          consultant: organisation.consultantName ?? labels.noConsultant,
        },
      ];
    });
  }, [replay, shown, colourBy, consultants, labels.noConsultant]);

  if (failed) return <p className="text-sm text-red-700">{labels.failed}</p>;
  if (!replay) return <div aria-hidden="true" className="h-96 w-full animate-pulse rounded bg-slate-100" />;

  const dayLabel = format.dateTime(new Date(`${replay.days[shown]}T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });
  const number = (value: number) => format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signed = (value: number | null) =>
    value === null ? "—" : format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" });
  const labelOf = (point: Point) =>
    labels.pointLabel
      .replace("{name}", point.name)
      .replace("{stage}", stageNames[point.stage] ?? "")
      .replace("{position}", number(point.position))
      .replace("{trend}", labels.trend[trendOf(point.change)]);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3 text-sm">
        <fieldset>
          <legend className="font-medium">{labels.colourBy}</legend>
          <div className="mt-1 flex gap-4">
            {(["stage", "consultant"] as const).map((value) => (
              <label key={value} className="flex items-center gap-1.5">
                <input type="radio" name="portfolio-colour" value={value} checked={colourBy === value} onChange={() => setColourBy(value)} />
                {value === "stage" ? labels.byStage : labels.byConsultant}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="min-w-64 flex-1">
          <label htmlFor="portfolio-month" className="font-medium">
            {labels.month}
          </label>
          <div className="mt-1 flex items-center gap-3">
            <button
              type="button"
              onClick={() => {
                if (!playing && shown >= last) setDay(0);
                setPlaying(!playing);
              }}
              className="rounded-md border border-slate-300 bg-white px-3 py-1 font-medium hover:bg-slate-100"
            >
              {playing ? labels.pause : labels.play}
            </button>
            <input
              id="portfolio-month"
              type="range"
              min={0}
              max={last}
              value={shown}
              aria-valuetext={dayLabel}
              onChange={(event) => {
                setPlaying(false);
                setDay(Number(event.target.value));
              }}
              className="flex-1"
            />
          </div>
        </div>
      </div>
      <p role="status" aria-live="polite" className="text-sm font-medium text-slate-800" data-testid="portfolio-curve-month">
        {labels.standing.replace("{month}", dayLabel).replace("{count}", String(points.length))}
      </p>
      <figure aria-label={labels.title} className="h-96 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart margin={{ top: 28, right: 28, bottom: 24, left: 8 }}>
            {bands.map((band, index) => (
              <ReferenceArea
                key={band.label}
                x1={band.from}
                x2={band.to}
                y1={0}
                y2={100}
                fill={BAND_COLOURS[index]}
                fillOpacity={0.9}
                ifOverflow="hidden"
                label={{ value: band.label, position: "insideTop", fill: "#1e293b", fontSize: 13, fontWeight: 600 }}
              />
            ))}
            <XAxis
              type="number"
              dataKey="position"
              domain={[1, 4]}
              ticks={[1, 1.5, 2, 2.5, 3, 3.5, 4]}
              tickFormatter={(value: number) => format.number(value)}
              label={{ value: labels.axis, position: "insideBottom", offset: -14, fill: "#334155" }}
            />
            <YAxis type="number" domain={[0, 100]} hide />
            <Line data={CURVE} dataKey="curve" type="monotone" stroke="#0f2f5f" strokeWidth={3} dot={false} isAnimationActive={false} />
            <Scatter
              data={points}
              dataKey="curve"
              isAnimationActive={false}
              shape={(props: { cx?: number; cy?: number; payload?: Point }) =>
                props.payload && props.cx !== undefined && props.cy !== undefined ? (
                  <Marker
                    cx={props.cx}
                    cy={props.cy}
                    point={props.payload}
                    label={labelOf(props.payload)}
                    onOpen={() => router.push(`/workspace/organisations/${props.payload!.id}`)}
                  />
                ) : (
                  <g />
                )
              }
            />
          </ComposedChart>
        </ResponsiveContainer>
      </figure>
      <p className="text-xs text-slate-600">{labels.markers}</p>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">{labels.showTable}</summary>
        <div className="mt-2">
          {points.length === 0 ? (
            <p className="text-slate-600">{labels.none}</p>
          ) : (
            <DataTable
              caption={labels.table.caption.replace("{month}", dayLabel)}
              testId="portfolio-curve-table"
              rows={points}
              rowKey={(point) => point.id}
              columns={[
                {
                  header: labels.table.organisation,
                  rowHeader: true,
                  cell: (point) => (
                    <a href={`/workspace/organisations/${point.id}`} className="text-brand-700 underline">
                      {point.name}
                    </a>
                  ),
                },
                { header: labels.table.stage, cell: (point) => stageNames[point.stage] },
                { header: labels.table.position, cell: (point) => number(point.position) },
                { header: labels.table.change, cell: (point) => signed(point.change) },
                { header: labels.table.consultant, cell: (point) => point.consultant },
              ]}
            />
          )}
        </div>
      </details>
    </div>
  );
}
