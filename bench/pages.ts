// What a user's clicks cost on the large workspace (1,000 organisations × 24 assessments):
// per page, the client-side navigation (the RSC request exactly as Chromium sends it when the
// user clicks through from the portfolio) and the rendered first load (a full HTML request),
// 10 users in a closed loop, with the bare route /api/health in the same run as the floor;
// one user alone for the server time of a navigation; and the server's peak memory over all
// its processes. Needs `npm run build` first. Nothing caches pages.
// Usage: npm run bench:pages   (BENCH_DATABASE_URL=postgresql://… for PostgreSQL,
//        WEB_CONCURRENCY=1 for one server process, BENCH_SECONDS=15 per measurement)
import fs from "node:fs";
import os from "node:os";
import {
  BASE,
  benchDatabaseUrl,
  captureNavigations,
  prepareLargeData,
  serverProcesses,
  signInCookie,
  startServer,
  stopServer,
  treeRss,
  type BenchRequest,
} from "./server";
import { loadWithWrk, wrkAvailable } from "./wrk";
import { providerOf } from "@/lib/database-url";

const CONCURRENCY = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP_SECONDS = 3;
const ALONE_SECONDS = 5;

const PAGES: [string, string][] = [
  ["portfolio (1,000 clients)", "/workspace"],
  ["client page (24 assessments)", "/workspace/organisations/large-org-500"],
  ["assessment results", "/workspace/organisations/large-org-500/assessments/large-org-500-a24"],
  ["compare (3 organisations)", "/workspace/compare?ids=large-org-1,large-org-2,large-org-3"],
  ["strategy tab", "/workspace/organisations/large-org-500/strategy"],
];

type Measured = { requests: number; errors: number; perSecond: number; p50: number; p95: number; p99: number };

async function load(request: BenchRequest, concurrency: number, until: { seconds?: number; requests?: number }) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + (until.seconds ?? 3600) * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline && latencies.length < (until.requests ?? Infinity)) {
        const sent = performance.now();
        try {
          const response = await fetch(request.url, { headers: request.headers, redirect: "manual" });
          await response.arrayBuffer();
          if (response.status !== 200) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - sent);
      }
    }),
  );
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const useWrk = wrkAvailable();

async function measure(request: BenchRequest, concurrency = CONCURRENCY, seconds = SECONDS): Promise<Measured> {
  if (useWrk) {
    await loadWithWrk(request, concurrency, WARMUP_SECONDS);
    const result = await loadWithWrk(request, concurrency, seconds);
    return {
      ...result,
      perSecond: Math.round(result.requests / result.seconds),
      p50: Math.round(result.p50),
      p95: Math.round(result.p95),
      p99: Math.round(result.p99),
    };
  }
  await load(request, concurrency, { seconds: WARMUP_SECONDS });
  const measured = await load(request, concurrency, { seconds });
  return summarise(measured.latencies, measured.errors, measured.seconds);
}

function summarise(latencies: number[], errors: number, seconds: number): Measured {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: Math.round(latencies.length / seconds),
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
  const navigations = await captureNavigations(
    cookie,
    PAGES.map(([, path]) => path),
  );
  const floor = await measure({ url: `${BASE}/api/health`, headers: { cookie } });
  console.log(JSON.stringify({ floor }));
  const pages = [];
  for (const [name, path] of PAGES) {
    const navigationRequest = navigations.get(path)!;
    const navigation = await measure(navigationRequest);
    // As a browser asks for a page typed into the address bar.
    const firstLoad = await measure({ url: `${BASE}${path}`, headers: { cookie, accept: "text/html", "accept-encoding": "gzip, deflate, br, zstd" } });
    const alone = await measure(navigationRequest, 1, ALONE_SECONDS);
    pages.push({ name, path, navigation, firstLoad, aloneP50: alone.p50, aloneErrors: alone.errors });
    console.log(JSON.stringify(pages.at(-1)));
  }
  const ratio = (measured: Measured) => Number((floor.perSecond / Math.max(1, measured.perSecond)).toFixed(1));
  const report = {
    date: new Date().toISOString(),
    database: providerOf(databaseUrl),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    serverProcesses: serverProcesses(server.pid!),
    loadGenerator: useWrk ? "wrk" : "Node.js fetch (install wrk for a generator that does not bound the floor)",
    concurrency: CONCURRENCY,
    seconds: SECONDS,
    peakServerRssMiB: Math.round(peakRss / 2 ** 20),
    floor,
    pages: pages.map((page) => ({ ...page, navigationCost: ratio(page.navigation), firstLoadCost: ratio(page.firstLoad) })),
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync(`bench/results/pages-${report.database}.json`, JSON.stringify(report, null, 2));
  console.log(
    `\n${report.database}, ${report.machine}, ${report.serverProcesses} server process(es), ${CONCURRENCY} users, ${SECONDS} s per measurement, load from ${report.loadGenerator}`,
  );
  console.log(`floor /api/health: ${floor.perSecond} req/s, p50 ${floor.p50} ms, p95 ${floor.p95} ms, p99 ${floor.p99} ms, ${floor.errors} errors`);
  console.log(
    "| page | navigation req/s | p50 | p95 | p99 | cost (floor ÷ page) | first load req/s | p50 | p95 | p99 | cost | one user alone, navigation p50 ms | errors |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const page of report.pages) {
    const { navigation: n, firstLoad: f } = page;
    console.log(
      `| ${page.name} | ${n.perSecond} | ${n.p50} | ${n.p95} | ${n.p99} | ${page.navigationCost}× | ${f.perSecond} | ${f.p50} | ${f.p95} | ${f.p99} | ${page.firstLoadCost}× | ${page.aloneP50} | ${n.errors + f.errors + page.aloneErrors} |`,
    );
  }
  console.log(`peak server memory (RSS, all processes): ${report.peakServerRssMiB} MiB`);
} finally {
  clearInterval(sampler);
  stopServer(server);
}
