"use client";

import { useFormatter } from "next-intl";
import { curveHeight } from "@/lib/curve/curve";
import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceDot, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";

const CURVE = Array.from({ length: 61 }, (_, index) => {
  const position = 1 + (index * 3) / 60;
  return { position, curve: curveHeight(position) };
});

const BAND_COLOURS = ["#e0f2fe", "#ccfbf1", "#e0e7ff", "#ede9fe"];

export type CurvePoint = { id: string; date: string; position: number; positionLabel: string };

export function LearningCurveChart({
  points,
  target,
  bands,
  labels,
}: {
  points: CurvePoint[];
  target: { position: number; label: string } | null;
  bands: { from: number; to: number; label: string }[];
  labels: { title: string; axis: string; assessment: string };
}) {
  const format = useFormatter();
  const plotted = points.map((point) => ({ ...point, curve: curveHeight(point.position) }));
  const latest = plotted.at(-1);
  return (
    <figure aria-label={labels.title} className="h-80 w-full">
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
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#cbd5e1" />
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
            name={labels.assessment}
            data={plotted}
            dataKey="curve"
            fill="#1f5fbf"
            line={{ stroke: "#1f5fbf", strokeWidth: 2, strokeDasharray: "4 3" }}
            isAnimationActive={false}
          />
          {latest && (
            <ReferenceDot
              x={latest.position}
              y={latest.curve}
              r={9}
              fill="#1f5fbf"
              stroke="#ffffff"
              strokeWidth={3}
              label={{ value: latest.date, position: "top", fontSize: 12, fill: "#0f2f5f" }}
            />
          )}
          {target && (
            <ReferenceDot
              x={target.position}
              y={curveHeight(target.position)}
              r={8}
              fill="#ffffff"
              stroke="#b45309"
              strokeWidth={3}
              label={{ value: target.label, position: "left", offset: 12, fontSize: 12, fill: "#92400e" }}
            />
          )}
          <Tooltip
            cursor={false}
            content={({ active, payload }) => {
              const point = active ? (payload?.find((entry) => (entry.payload as CurvePoint | undefined)?.date)?.payload as CurvePoint | undefined) : undefined;
              return point ? (
                <div className="rounded border border-slate-300 bg-white px-2 py-1 text-sm shadow">
                  {point.date}: {point.positionLabel}
                </div>
              ) : null;
            }}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
