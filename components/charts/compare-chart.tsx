"use client";

import { useFormatter } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLOURS = ["#1f5fbf", "#b91c1c", "#15803d", "#7e22ce", "#c2410c", "#0e7490", "#be185d", "#4d7c0f"];
const BAND_COLOURS = ["#f0f9ff", "#f0fdfa", "#eef2ff", "#f5f3ff"];

export type CompareSeries = { id: string; name: string; points: { x: number; position: number; label: string }[] };

/** Curve positions of several organisations over time, on the stage bands. */
export function CompareChart({
  series,
  bands,
  alignment,
  labels,
}: {
  series: CompareSeries[];
  bands: { from: number; to: number; label: string }[];
  alignment: "calendar" | "since_first";
  labels: { title: string; monthsAxis: string };
}) {
  const format = useFormatter();
  const tickLabel = new Map(series.flatMap((entry) => entry.points.map((point) => [point.x, point.label] as const)));
  const formatX = (value: number) =>
    alignment === "calendar" ? format.dateTime(new Date(value), { month: "short", year: "2-digit", timeZone: "UTC" }) : format.number(Math.round(value));
  return (
    <figure aria-label={labels.title} className="h-96 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart margin={{ top: 12, right: 24, bottom: 16, left: 0 }}>
          {bands.map((band, index) => (
            <ReferenceArea
              key={band.label}
              y1={band.from}
              y2={band.to}
              fill={BAND_COLOURS[index]}
              ifOverflow="hidden"
              label={{ value: band.label, position: "insideLeft", fontSize: 11, fill: "#475569" }}
            />
          ))}
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            domain={["dataMin", "dataMax"]}
            tickFormatter={formatX}
            fontSize={11}
            label={alignment === "since_first" ? { value: labels.monthsAxis, position: "insideBottom", offset: -8, fontSize: 12 } : undefined}
          />
          <YAxis domain={[1, 4]} ticks={[1, 1.5, 2.5, 3.5, 4]} tickFormatter={(value: number) => format.number(value)} fontSize={11} width={36} />
          <Tooltip
            labelFormatter={(value) => tickLabel.get(Number(value)) ?? formatX(Number(value))}
            formatter={(value) => (typeof value === "number" ? format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : "—")}
          />
          <Legend />
          {series.map((entry, index) => (
            <Line
              key={entry.id}
              data={entry.points}
              dataKey="position"
              name={entry.name}
              stroke={COLOURS[index % COLOURS.length]}
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
