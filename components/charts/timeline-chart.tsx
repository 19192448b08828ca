"use client";

import { useState } from "react";
import { useFormatter } from "next-intl";
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const BAND_COLOURS = ["#e0f2fe", "#ccfbf1", "#e0e7ff", "#ede9fe"];
const DIMENSION_COLOURS = ["#b91c1c", "#c2410c", "#a16207", "#15803d", "#0e7490", "#7e22ce", "#be185d"];

export type TimelineRow = { time: number; date: string; position: number | null; pulse?: number | null } & Record<string, number | string | null | undefined>;

/** A pulse check-in: a violet diamond, unlike the assessments' dots and the amber target line. */
function PulseMarker({ cx, cy, large = false }: { cx?: number; cy?: number; large?: boolean }) {
  if (cx === undefined || cy === undefined) return null;
  const size = large ? 7 : 6;
  return <path d={`M${cx},${cy - size} L${cx + size},${cy} L${cx},${cy + size} L${cx - size},${cy} Z`} fill="#7c3aed" stroke="#ffffff" strokeWidth={1.5} />;
}

/** Curve position over time on the stage bands, with dimension lines to switch on. */
export function TimelineChart({
  rows,
  dimensions,
  bands,
  target,
  labels,
}: {
  rows: TimelineRow[];
  dimensions: { id: string; label: string }[];
  bands: { from: number; to: number; label: string }[];
  target: { position: number; label: string } | null;
  labels: { title: string; position: string; showDimensions: string; pulse: string };
}) {
  const [shown, setShown] = useState<string[]>([]);
  const format = useFormatter();
  const dateOf = new Map(rows.map((row) => [row.time, row.date]));
  return (
    <div>
      <figure aria-label={labels.title} className="h-80 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 12, right: 24, bottom: 8, left: 0 }}>
            {bands.map((band, index) => (
              <ReferenceArea
                key={band.label}
                y1={band.from}
                y2={band.to}
                fill={BAND_COLOURS[index]}
                fillOpacity={0.8}
                ifOverflow="hidden"
                label={{ value: band.label, position: "insideLeft", fontSize: 11, fill: "#334155" }}
              />
            ))}
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={["dataMin", "dataMax"]}
              tickFormatter={(time: number) => dateOf.get(time) ?? ""}
              ticks={rows.map((row) => row.time)}
              fontSize={11}
            />
            {/* A tick at every stage boundary, in the user's number format. */}
            <YAxis domain={[1, 4]} ticks={[1, 1.5, 2.5, 3.5, 4]} tickFormatter={(value: number) => format.number(value)} fontSize={11} width={36} />
            {target && (
              <ReferenceLine
                y={target.position}
                stroke="#b45309"
                strokeDasharray="6 4"
                label={{ value: target.label, position: "insideTopRight", fill: "#92400e", fontSize: 12 }}
              />
            )}
            <Line
              type="monotone"
              dataKey="position"
              name={labels.position}
              stroke="#0f2f5f"
              strokeWidth={3}
              dot={{ r: 4 }}
              isAnimationActive={false}
              connectNulls
            />
            {/* Pulse check-ins are markers of their own, never joined to the assessments' line. */}
            <Line
              dataKey="pulse"
              name={labels.pulse}
              stroke="none"
              legendType="circle"
              dot={(props: { cx?: number; cy?: number; index?: number }) => <PulseMarker key={props.index} cx={props.cx} cy={props.cy} />}
              activeDot={(props: { cx?: number; cy?: number }) => <PulseMarker cx={props.cx} cy={props.cy} large />}
              isAnimationActive={false}
            />
            {dimensions
              .filter((dimension) => shown.includes(dimension.id))
              .map((dimension) => (
                <Line
                  key={dimension.id}
                  type="monotone"
                  dataKey={dimension.id}
                  name={dimension.label}
                  stroke={DIMENSION_COLOURS[dimensions.indexOf(dimension) % DIMENSION_COLOURS.length]}
                  strokeWidth={1.5}
                  dot={{ r: 2 }}
                  isAnimationActive={false}
                  connectNulls
                />
              ))}
            <Tooltip
              labelFormatter={(time) => dateOf.get(Number(time)) ?? ""}
              formatter={(value) => (typeof value === "number" ? format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : "—")}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      {rows.some((row) => typeof row.pulse === "number") && (
        <p className="mt-1 flex items-center gap-1.5 text-sm text-slate-700">
          <svg aria-hidden="true" width="14" height="14" viewBox="-7 -7 14 14">
            <PulseMarker cx={0} cy={0} />
          </svg>
          {labels.pulse}
        </p>
      )}
      <fieldset className="no-print mt-2">
        <legend className="text-sm font-medium">{labels.showDimensions}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {dimensions.map((dimension, index) => (
            <label key={dimension.id} className="flex items-center gap-1.5">
              <input
                type="checkbox"
                checked={shown.includes(dimension.id)}
                onChange={(event) => setShown(event.target.checked ? [...shown, dimension.id] : shown.filter((id) => id !== dimension.id))}
              />
              <span aria-hidden="true" className="inline-block h-2 w-4 rounded" style={{ background: DIMENSION_COLOURS[index % DIMENSION_COLOURS.length] }} />
              {dimension.label}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
