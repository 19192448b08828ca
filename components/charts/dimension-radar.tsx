"use client";

import { useFormatter } from "next-intl";
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";

export type RadarSeries = { key: string; label: string; colour: string; values: Record<string, number | null>; dashed?: boolean };

/** Dimension scores on a radar. Charts only draw: every number comes in ready-made. */
export function DimensionRadar({ dimensions, series, title }: { dimensions: { id: string; label: string }[]; series: RadarSeries[]; title: string }) {
  const format = useFormatter();
  const data = dimensions.map((dimension) => ({
    dimension: dimension.label,
    ...Object.fromEntries(series.map((entry) => [entry.key, entry.values[dimension.id] ?? null])),
  }));
  return (
    <figure aria-label={title} className="h-96 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="62%" margin={{ top: 8, right: 48, bottom: 8, left: 48 }}>
          <PolarGrid />
          <PolarAngleAxis dataKey="dimension" tick={{ fontSize: 11, fill: "#334155" }} />
          {/* From 0, so that an organisation at 1 (Emerging) still shows its shape instead of a speck in the middle. */}
          <PolarRadiusAxis
            domain={[0, 4]}
            tickCount={5}
            angle={90}
            tick={{ fontSize: 11 }}
            tickFormatter={(value: number) => (value === 0 ? "" : format.number(value))}
          />
          {series.map((entry) => (
            <Radar
              key={entry.key}
              name={entry.label}
              dataKey={entry.key}
              stroke={entry.colour}
              fill={entry.colour}
              fillOpacity={entry.key === series[0]?.key ? 0.25 : 0.05}
              strokeDasharray={entry.dashed ? "5 4" : undefined}
              isAnimationActive={false}
            />
          ))}
          <Tooltip formatter={(value) => (typeof value === "number" ? format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : "—")} />
          <Legend />
        </RadarChart>
      </ResponsiveContainer>
    </figure>
  );
}
