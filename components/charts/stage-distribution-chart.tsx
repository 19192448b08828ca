"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export function StageDistributionChart({
  rows,
  labels,
}: {
  rows: { stage: string; now: number; yearAgo: number }[];
  labels: { title: string; now: string; yearAgo: string };
}) {
  return (
    <figure aria-label={labels.title} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="stage" fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend />
          <Bar dataKey="yearAgo" name={labels.yearAgo} fill="#94a3b8" isAnimationActive={false} />
          <Bar dataKey="now" name={labels.now} fill="#1f5fbf" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
