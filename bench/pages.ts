// Latency of the portfolio, a client page and a compare page on the large workspace
// (1,000 organisations × 24 assessments) under 10 concurrent users, with a bare route measured
// in the same run as the floor, and the server's peak memory. Needs `npm run build` first.
// Every request renders the page: nothing caches pages (see docs/benchmarks.md).
// Usage: npm run bench:pages   (BENCH_DATABASE_URL=postgresql://… for PostgreSQL)
import fs from "node:fs";
import os from "node:os";
import { BASE, benchDatabaseUrl, prepareLargeData, signInCookie, startServer, stopServer, treeRss } from "./server";
import { providerOf } from "@/lib/database-url";

const CONCURRENCY = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP_SECONDS = 3;

type Result = { name: string; path: string; requests: number; errors: number; perSecond: number; p50: number; p95: number; p99: number };

async function load(path: string, headers: Record<string, string>, seconds: number): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        const started = performance.now();
        try {
          const response = await fetch(`${BASE}${path}`, { headers, redirect: "manual" });
          await response.arrayBuffer();
          if (response.status !== 200) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  return { latencies, errors };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(name: string, path: string, headers: Record<string, string>): Promise<Result> {
  await load(path, headers, WARMUP_SECONDS);
  const { latencies, errors } = await load(path, headers, SECONDS);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    name,
    path,
    requests: latencies.length,
    errors,
    perSecond: Math.round(latencies.length / SECONDS),
    p50: Math.round(percentile(sorted, 50)),
    p95: Math.round(percentile(sorted, 95)),
    p99: Math.round(percentile(sorted, 99)),
  };
}

const databaseUrl = benchDatabaseUrl();
prepareLargeData(databaseUrl);
const server = await startServer(databaseUrl);
let peakRss = treeRss(server.pid!);
const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(server.pid!))), 200);
try {
  const cookie = await signInCookie();
  const pages: [string, string][] = [
    ["portfolio (1,000 clients)", "/workspace"],
    ["client page (24 assessments)", "/workspace/organisations/large-org-500"],
    ["compare (3 organisations)", "/workspace/compare?ids=large-org-1,large-org-2,large-org-3"],
  ];
  const targets: [string, string, Record<string, string>][] = [
    ["floor: bare route", "/api/health", { cookie }],
    ...pages.map(([name, path]): [string, string, Record<string, string>] => [name, path, { cookie }]),
  ];
  const results: Result[] = [];
  for (const [name, path, headers] of targets) {
    results.push(await measure(name, path, headers));
    console.log(JSON.stringify(results.at(-1)));
  }
  const floor = results[0]!;
  const report = {
    date: new Date().toISOString(),
    database: providerOf(databaseUrl),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    concurrency: CONCURRENCY,
    seconds: SECONDS,
    peakServerRssMiB: Math.round(peakRss / 2 ** 20),
    results: results.map((result) => ({ ...result, p95VsFloor: Number((result.p95 / Math.max(1, floor.p95)).toFixed(1)) })),
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync(`bench/results/pages-${report.database}.json`, JSON.stringify(report, null, 2));
  console.log(`\n${report.database}, ${report.machine}, ${CONCURRENCY} concurrent users, ${SECONDS} s per route`);
  console.log("| route | requests | errors | req/s | p50 ms | p95 ms | p99 ms | p95 ÷ floor p95 |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const result of report.results) {
    console.log(
      `| ${result.name} | ${result.requests} | ${result.errors} | ${result.perSecond} | ${result.p50} | ${result.p95} | ${result.p99} | ${result.p95VsFloor} |`,
    );
  }
  console.log(`peak server memory (RSS, all processes): ${report.peakServerRssMiB} MiB`);
} finally {
  clearInterval(sampler);
  stopServer(server);
}
