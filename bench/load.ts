// 50 users for 60 s, three times over, against one server (all its processes) on the large data
// (PostgreSQL: BENCH_DATABASE_URL=postgresql://…). Each user signs in, then walks portfolio →
// its client's page → the latest results → three answers saved in its own assessment draft →
// compare, with a pause of 0.2–0.6 s between clicks, as the browser would send them (requests
// captured from Chromium). Reports p50/p95/p99 and errors per step, and the server's memory
// after each run, to show whether it grows. Needs `npm run build` first.
// Usage: npm run bench:load   (LOAD_USERS=50 LOAD_SECONDS=60 LOAD_RUNS=3)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { findChromium } from "../e2e/browser";
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
import { providerOf } from "@/lib/database-url";

const USERS = Number(process.env.LOAD_USERS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const RUNS = Number(process.env.LOAD_RUNS ?? 3);
const FIRST_ORGANISATION = 901;
const STEPS = ["sign-in", "portfolio", "client page", "results", "save answer", "compare"] as const;
type Step = (typeof STEPS)[number];

const organisation = (user: number) => `large-org-${FIRST_ORGANISATION + user}`;
const clientPage = (user: number) => `/workspace/organisations/${organisation(user)}`;
const resultsPage = (user: number) => `${clientPage(user)}/assessments/${organisation(user)}-a24`;
const COMPARE = "/workspace/compare?ids=large-org-1,large-org-2,large-org-3";

/** The request for another user: the same request with its organisation and draft in place of user 0's. */
function forUser(request: BenchRequest, user: number, cookie: string, draft?: [string, string]): BenchRequest {
  const swap = (text: string) => {
    let swapped = text.replaceAll(organisation(0), organisation(user));
    if (draft) swapped = swapped.replaceAll(draft[0], draft[1]);
    return swapped;
  };
  // The ids have no characters that URL-encoding changes, so the router-state header swaps as is.
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, name === "cookie" ? cookie : swap(value)]));
  return { url: swap(request.url), headers, body: request.body === undefined ? undefined : swap(request.body) };
}

/** The autosave of one answer as the wizard sends it (a server action), for user 0's draft. */
async function captureSave(cookie: string, draft: string): Promise<BenchRequest> {
  const browser = await chromium.launch({ executablePath: findChromium()?.executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext();
    await context.addCookies(cookie.split("; ").map((pair) => ({ name: pair.split("=")[0]!, value: pair.split("=").slice(1).join("="), url: BASE })));
    const page = await context.newPage();
    await page.goto(`${BASE}${clientPage(0)}/assessments/${draft}`);
    const saving = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
    await page.locator("fieldset[data-item]").first().locator("input[type=radio]:not(:checked)").first().check();
    const request = await saving;
    const headers = await request.allHeaders();
    delete headers["content-length"];
    return { url: request.url(), headers: { ...headers, cookie }, body: request.postData() ?? "" };
  } finally {
    await browser.close();
  }
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 400));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function timed(step: Step, run: () => Promise<boolean>, record: Map<Step, { latencies: number[]; errors: number }>) {
  const started = performance.now();
  let ok = false;
  try {
    ok = await run();
  } catch {
    ok = false;
  }
  const entry = record.get(step)!;
  entry.latencies.push(performance.now() - started);
  if (!ok) entry.errors++;
}

async function send(request: BenchRequest): Promise<Response> {
  return fetch(request.url, { method: request.body === undefined ? "GET" : "POST", headers: request.headers, body: request.body, redirect: "manual" });
}

const databaseUrl = benchDatabaseUrl();
prepareLargeData(databaseUrl);
const drafts = JSON.parse(
  execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "bench/load-drafts.ts", String(USERS)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  })
    .toString()
    .trim()
    .split("\n")
    .pop()!,
) as string[];
const server = await startServer(databaseUrl);
try {
  const cookie = await signInCookie();
  const navigations = await captureNavigations(cookie, ["/workspace", clientPage(0), resultsPage(0), COMPARE]);
  const save = await captureSave(cookie, drafts[0]!);
  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    const record = new Map(STEPS.map((step) => [step, { latencies: [] as number[], errors: 0 }]));
    const deadline = Date.now() + SECONDS * 1000;
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(server.pid!))), 250);
    await Promise.all(
      Array.from({ length: USERS }, async (_, user) => {
        await new Promise((resolve) => setTimeout(resolve, (user * 1000) / USERS));
        let userCookie = "";
        await timed("sign-in", async () => Boolean((userCookie = await signInCookie())), record);
        // The `_rsc` key in a navigation's URL hashes the request, as the browser computes it;
        // the server names the right one for this user's pages (not timed: the browser knows it).
        const requests = new Map<string, BenchRequest>();
        for (const [path, captured] of navigations) {
          const request = forUser(captured, user, userCookie);
          const answer = await send(request);
          await answer.arrayBuffer();
          const location = answer.status === 307 ? answer.headers.get("location") : null;
          requests.set(path, location ? { ...request, url: new URL(location, BASE).toString() } : request);
        }
        // The wizard knows its draft's revision from the page; one untimed save learns it here
        // (a stale revision is refused and named).
        let revision = 1;
        const saveAnswer = async () => {
          const request = forUser(save, user, userCookie, [drafts[0]!, drafts[user]!]);
          request.body = request.body!.replace(/"baseRevision":\d+/, `"baseRevision":${revision}`);
          const text = await (await send(request)).text();
          const answered = /"revision":(\d+)/.exec(text);
          if (answered) revision = Number(answered[1]);
          return /"ok":true/.test(text);
        };
        await saveAnswer();
        const page = (path: string) => async () => {
          const response = await send(requests.get(path)!);
          await response.arrayBuffer();
          return response.status === 200;
        };
        while (Date.now() < deadline) {
          await timed("portfolio", page("/workspace"), record);
          await pause();
          await timed("client page", page(clientPage(0)), record);
          await pause();
          await timed("results", page(resultsPage(0)), record);
          await pause();
          for (let answer = 0; answer < 3 && Date.now() < deadline; answer++) {
            await timed("save answer", saveAnswer, record);
            await pause();
          }
          await timed("compare", page(COMPARE), record);
          await pause();
        }
      }),
    );
    clearInterval(sampler);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const steps = STEPS.map((step) => {
      const { latencies, errors } = record.get(step)!;
      const sorted = [...latencies].sort((a, b) => a - b);
      return {
        step,
        requests: latencies.length,
        errors,
        p50: Math.round(percentile(sorted, 50)),
        p95: Math.round(percentile(sorted, 95)),
        p99: Math.round(percentile(sorted, 99)),
      };
    });
    runs.push({ run, steps, peakServerRssMiB: Math.round(peak / 2 ** 20), settledServerRssMiB: Math.round(treeRss(server.pid!) / 2 ** 20) });
    console.log(JSON.stringify(runs.at(-1)));
  }
  const report = {
    date: new Date().toISOString(),
    database: providerOf(databaseUrl),
    serverProcesses: serverProcesses(server.pid!),
    users: USERS,
    seconds: SECONDS,
    runs,
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync(`bench/results/load-${report.database}.json`, JSON.stringify(report, null, 2));
  console.log(`\n${report.database}, ${report.serverProcesses} server process(es), ${USERS} users, ${SECONDS} s per run`);
  for (const { run, steps, peakServerRssMiB, settledServerRssMiB } of runs) {
    console.log(`run ${run}: peak ${peakServerRssMiB} MiB, ${settledServerRssMiB} MiB 5 s after`);
    console.log("| step | requests | errors | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|");
    for (const step of steps) console.log(`| ${step.step} | ${step.requests} | ${step.errors} | ${step.p50} | ${step.p95} | ${step.p99} |`);
  }
} finally {
  stopServer(server);
}
