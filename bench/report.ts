// A consultant downloading a client's PDF report, 20 times in a row: time to first byte and
// total time (p50, p95), and the server's processes and memory before, after the first report
// and after the last, and once the server has been idle, so that a Chromium left behind or
// growing memory shows. The client has
// 24 assessments (the large workspace). Needs `npm run build` first.
// Usage: npm run bench:report   (BENCH_DATABASE_URL=postgresql://… for PostgreSQL)
import fs from "node:fs";
import os from "node:os";
import { BASE, benchDatabaseUrl, prepareLargeData, signInCookie, startServer, stopServer, treeProcesses, treeRss } from "./server";
import { providerOf } from "@/lib/database-url";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const PATH = "/workspace/organisations/large-org-500/report?format=pdf&lang=nl";

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

const databaseUrl = benchDatabaseUrl();
prepareLargeData(databaseUrl);
const server = await startServer(databaseUrl);
const snapshot = () => ({ processes: treeProcesses(server.pid!).length, rssMiB: mib(treeRss(server.pid!)) });
// lib/reports/pdf.ts closes an idle browser after 20 s.
const IDLE_WAIT_MS = 23_000;
try {
  const cookie = await signInCookie();
  const before = snapshot();
  const firstBytes: number[] = [];
  const totals: number[] = [];
  let afterFirst = before;
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const response = await fetch(`${BASE}${PATH}`, { headers: { cookie } });
    const reader = response.body!.getReader();
    let first = true;
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (first) firstBytes.push(performance.now() - started);
      first = false;
      if (done) break;
      size += value.length;
    }
    totals.push(performance.now() - started);
    if (response.status !== 200 || response.headers.get("content-type") !== "application/pdf") throw new Error(`report ${run}: ${response.status}`);
    bytes = size;
    if (run === 0) afterFirst = snapshot();
  }
  const after = snapshot();
  await new Promise((resolve) => setTimeout(resolve, IDLE_WAIT_MS));
  const afterIdle = snapshot();
  const sortedFirst = [...firstBytes].sort((a, b) => a - b);
  const sortedTotal = [...totals].sort((a, b) => a - b);
  const report = {
    date: new Date().toISOString(),
    database: providerOf(databaseUrl),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    runs: RUNS,
    pdfKiB: Math.round(bytes / 1024),
    firstReportMs: Math.round(totals[0]!),
    ttfb: { p50: Math.round(percentile(sortedFirst, 50)), p95: Math.round(percentile(sortedFirst, 95)) },
    total: { p50: Math.round(percentile(sortedTotal, 50)), p95: Math.round(percentile(sortedTotal, 95)) },
    server: { before, afterFirst, after, afterIdle },
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync(`bench/results/report-${report.database}.json`, JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
} finally {
  stopServer(server);
}
