// What one navigation costs the server, and where that time goes. One server process, one user
// clicking to a page again and again (the RSC request as Chromium sends it); the server's own
// CPU time (from /proc, user + system) per request over the measured requests, after a warm-up.
// With CPU_PROFILE=1 the server runs under `node --cpu-prof` and its time is summed by where
// the code comes from (build with CURVEWISE_UNMINIFIED=1 to keep function names).
// Needs `npm run build` and the large data (`npm run bench:pages` makes it).
// Usage: npm run bench:profile -- /workspace /workspace/organisations/large-org-500
//        (PROFILE_REQUESTS=300 per page, CPU_PROFILE=1, BENCH_DATABASE_URL for PostgreSQL)
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BASE, BENCH_PORT, benchDatabaseUrl, captureNavigations, signInCookie, type BenchRequest } from "./server";

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ["/workspace"];
const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 300);
const PROFILING = process.env.CPU_PROFILE === "1";
// Start-up, sign-in and the first requests (JIT, module loading, filling caches) are left out.
const WARMUP = 100;
const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "curvewise-profile-"));
const TICKS_PER_MS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) / 1000;

const databaseUrl = benchDatabaseUrl();
const server = spawn("node", [...(PROFILING ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []), "server.js"], {
  cwd: ".next/standalone",
  env: {
    ...process.env,
    PORT: String(BENCH_PORT),
    HOSTNAME: "127.0.0.1",
    DATABASE_URL: databaseUrl.startsWith("file:./") ? `file:${path.resolve(databaseUrl.slice(5))}` : databaseUrl,
    AUTH_SECRET: "bench-secret-0123456789abcdefghijklmnop",
    NODE_ENV: "production",
    CURVEWISE_JOBS: "off",
    NEXT_TELEMETRY_DISABLED: "1",
  },
  stdio: "ignore",
});
for (let attempt = 0; ; attempt++) {
  if (attempt > 120) throw new Error("the server did not start");
  try {
    if ((await fetch(`${BASE}/api/health`)).ok) break;
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}

/** The server's CPU time so far, in ms (user + system). */
function serverCpuMs(): number {
  const stat = fs.readFileSync(`/proc/${server.pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_MS;
}

async function send(request: BenchRequest, target: string): Promise<void> {
  const response = await fetch(request.url, { headers: request.headers });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${target} answered ${response.status}`);
}

const cookie = await signInCookie();
const navigations = await captureNavigations(cookie, targets);
const windows: { target: string; start: number; end: number }[] = [];
for (const target of targets) {
  const request = navigations.get(target)!;
  for (let index = 0; index < WARMUP; index++) await send(request, target);
  const timings: number[] = [];
  const cpuBefore = serverCpuMs();
  const start = performance.now();
  for (let index = 0; index < REQUESTS; index++) {
    const sent = performance.now();
    await send(request, target);
    timings.push(performance.now() - sent);
  }
  const end = performance.now();
  const cpu = (serverCpuMs() - cpuBefore) / REQUESTS;
  windows.push({ target, start, end });
  timings.sort((a, b) => a - b);
  console.log(
    `${target}: ${REQUESTS} navigations one after another, p50 ${timings[Math.floor(REQUESTS / 2)]!.toFixed(1)} ms, server CPU ${cpu.toFixed(1)} ms per navigation${PROFILING ? " (profiling)" : ""}`,
  );
}
server.kill("SIGINT");
await new Promise((resolve) => server.once("exit", resolve));
const exitedAt = performance.now();

if (PROFILING) summariseProfile();

function summariseProfile() {
  type Node = { id: number; callFrame: { functionName: string; url: string } };
  type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };
  const file = fs.readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error("the server wrote no profile");
  const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), "utf8")) as Profile;
  const sampleTimes: number[] = [];
  profile.timeDeltas.reduce((time, delta, index) => (sampleTimes[index] = time + delta), profile.startTime);
  // The profile's clock ends when the server exited; our clock says how long before that each page ran.
  const toProfileTime = (ours: number) => profile.endTime - (exitedAt - ours) * 1000;
  for (const window of windows) {
    const [from, to] = [toProfileTime(window.start), toProfileTime(window.end)];
    const inWindow = profile.samples.flatMap((_, index) => (sampleTimes[index]! >= from && sampleTimes[index]! <= to ? [index] : []));
    const selfTime = new Map<number, number>();
    for (const index of inWindow) selfTime.set(profile.samples[index]!, (selfTime.get(profile.samples[index]!) ?? 0) + profile.timeDeltas[index]!);
    const buckets = new Map<string, number>();
    for (const node of profile.nodes) {
      const micros = selfTime.get(node.id) ?? 0;
      if (micros) buckets.set(bucketOf(node), (buckets.get(bucketOf(node)) ?? 0) + micros);
    }
    console.log(`\n${window.target}, ms per navigation by where the code comes from:`);
    for (const [bucket, micros] of [...buckets].sort((a, b) => b[1] - a[1]).slice(0, 16)) {
      console.log(`${(micros / 1000 / REQUESTS).toFixed(2).padStart(7)} ms  ${bucket}`);
    }
    // The window alone, for a closer look (e.g. in Chromium's DevTools).
    const name = `${window.target.replace(/\W+/g, "_")}.cpuprofile`;
    const windowed = { ...profile, samples: inWindow.map((index) => profile.samples[index]!), timeDeltas: inWindow.map((index) => profile.timeDeltas[index]!) };
    fs.writeFileSync(path.join(profileDir, name), JSON.stringify(windowed));
    console.log(`profile: ${path.join(profileDir, name)}`);
  }

  function bucketOf(node: Node): string {
    const { url, functionName } = node.callFrame;
    if (!url)
      return functionName === "(garbage collector)"
        ? "garbage collection"
        : functionName === "(idle)"
          ? "(idle: waiting for the client)"
          : `native: ${functionName || "(anonymous)"}`;
    if (url.startsWith("node:")) return `node: ${url.slice(5).split("/")[0]}`;
    if (url.startsWith("wasm:")) return "prisma (query compiler, WebAssembly)";
    const packageName = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    if (packageName === "next") return /app-page.*runtime/.test(url) ? "next + react (app runtime)" : "next (server)";
    if (packageName) return packageName;
    if (url.includes("use-intl")) return "use-intl (bundled)";
    if (url.includes(".next/server/chunks")) return "app chunks (our code and bundled libraries)";
    return url.replace(/^file:\/\/.*?\.next\/standalone\//, "");
  }
}
