// Load from wrk (Debian's `wrk`), a load generator in C: the Node.js one (fetch) spends more CPU
// per request than the bare route /api/health costs the server, so on two cores it measured
// itself as the floor (about 230 req/s against wrk's 780). Closed loop: each connection is a
// user who sends the next request when the previous answer is in.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BenchRequest } from "./server";

export type LoadResult = { requests: number; errors: number; seconds: number; p50: number; p95: number; p99: number };

export function wrkAvailable(): boolean {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
    return true;
  } catch (error) {
    // wrk --version prints its version and exits with 1.
    return (error as { status?: number }).status === 1;
  }
}

// Answers other than 200 are errors (a redirect to sign-in would be one); latencies in ms.
const SCRIPT = `
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) failed = 0 end
function response(status, headers, body) if status ~= 200 then failed = failed + 1 end end
function done(summary, latency, requests)
  local failures = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for _, thread in ipairs(threads) do failures = failures + thread:get("failed") end
  io.write(string.format('\\nRESULT {"requests":%d,"seconds":%.3f,"errors":%d,"p50":%.1f,"p95":%.1f,"p99":%.1f}\\n',
    summary.requests, summary.duration / 1e6, failures,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
`;

export async function loadWithWrk(request: BenchRequest, connections: number, seconds: number): Promise<LoadResult> {
  const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "curvewise-wrk-")), "bench.lua");
  fs.writeFileSync(script, SCRIPT);
  const headers = Object.entries(request.headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
  const args = [
    "-t",
    String(Math.min(2, connections)),
    "-c",
    String(connections),
    "-d",
    `${seconds}s`,
    "--timeout",
    "10s",
    "-s",
    script,
    ...headers,
    request.url,
  ];
  const output = await new Promise<string>((resolve, reject) => {
    const wrk = spawn("wrk", args, { stdio: ["ignore", "pipe", "inherit"] });
    let text = "";
    wrk.stdout.on("data", (chunk: Buffer) => (text += chunk));
    wrk.on("error", reject);
    wrk.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}: ${text}`))));
  });
  const line = output.split("\n").find((entry) => entry.startsWith("RESULT "));
  if (!line) throw new Error(`wrk printed no result: ${output}`);
  return JSON.parse(line.slice("RESULT ".length)) as LoadResult;
}
