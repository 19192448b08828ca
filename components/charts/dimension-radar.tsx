"use client";

import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";

export type RadarSeries = { key: string; label: string; colour: string; values: Record<string, number | null>; dashed?: boolean };

/** Dimension scores on a radar. Charts only draw: every number comes in ready-made. */
export function DimensionRadar({ dimensions, series, title }: { dimensions: { id: string; label: string }[]; series: RadarSeries[]; title: string }) {
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
          <PolarRadiusAxis domain={[1, 4]} tickCount={4} angle={90} tick={{ fontSize: 11 }} />
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
          <Tooltip formatter={(value) => (typeof value === "number" ? value.toFixed(2) : "—")} />
          <Legend />
        </RadarChart>
      </ResponsiveContainer>
    </figure>
  );
}
