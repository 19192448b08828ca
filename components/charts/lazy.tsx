"use client";

// The charts one plays with (the portfolio's, the comparison over time) are Recharts client
// components loaded after the page, only where one is shown: Recharts stays out of every page's
// first load. Each sits beside a data table that renders at once. The progress and results
// charts are drawn on the server instead (server-charts.tsx).
import dynamic from "next/dynamic";

const placeholder = (height: string) =>
  function ChartPlaceholder() {
    return <div aria-hidden="true" className={`${height} w-full animate-pulse rounded bg-slate-100`} />;
  };

export const CompareChart = dynamic(() => import("./compare-chart").then((module) => module.CompareChart), { ssr: false, loading: placeholder("h-96") });
export const StageDistributionChart = dynamic(() => import("./stage-distribution-chart").then((module) => module.StageDistributionChart), {
  ssr: false,
  loading: placeholder("h-56"),
});
export const PortfolioCurveChart = dynamic(() => import("./portfolio-curve-chart").then((module) => module.PortfolioCurveChart), {
  ssr: false,
  loading: placeholder("h-96"),
});
