// Shared by the page benchmarks: a production server on a given database, signed in.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { findChromium } from "../e2e/browser";

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3200);
export const BASE = `http://127.0.0.1:${BENCH_PORT}`;
export type BenchRequest = { url: string; headers: Record<string, string>; body?: string };

export const LARGE_OWNER = { email: "large@curvewise.example", password: "curvewise-demo" };

export function benchDatabaseUrl(): string {
  return process.env.BENCH_DATABASE_URL || "file:./data/large.db";
}

/** Applies migrations and generates the large workspace when it is not there yet. */
export function prepareLargeData(databaseUrl: string): void {
  execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/seed-large.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "inherit",
  });
}

export async function startServer(databaseUrl: string): Promise<ChildProcess> {
  if (!fs.existsSync(".next/standalone/serve.mjs")) throw new Error("no production build: run `npm run build` first");
  // The production server as `npm start` runs it: one process per core unless WEB_CONCURRENCY says otherwise.
  const server = spawn("node", [".next/standalone/serve.mjs"], {
    env: {
      ...process.env,
      PORT: String(BENCH_PORT),
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      AUTH_SECRET: "bench-secret-0123456789abcdefghijklmnop",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
    detached: true,
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not start");
}

export function stopServer(server: ChildProcess): void {
  // End the whole process group, whatever the server started.
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}

/** Signs in through Auth.js's own endpoints (as the large workspace's owner unless told) and returns the Cookie header. */
export async function signInCookie(email = LARGE_OWNER.email, password = LARGE_OWNER.password): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${BASE}/workspace` }),
  });
  keep(signIn);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error("signing in failed");
  return cookie();
}

/** A process and all its descendants (Linux /proc). */
export function treeProcesses(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return tree;
}

/** The resident memory of a process and all its descendants, in bytes. */
export function treeRss(rootPid: number): number {
  let total = 0;
  for (const pid of treeProcesses(rootPid)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      total += match ? Number(match[1]) * 1024 : 0;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** How many processes answer requests: the server processes of a cluster, or the one. */
export function serverProcesses(rootPid: number): number {
  // The standalone server names its process "next-server"; the starter above them answers nothing.
  const servers = treeProcesses(rootPid).filter((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("next-server");
    } catch {
      return false;
    }
  });
  return servers.length;
}

/**
 * The navigation requests Chromium sends when a signed-in user on the portfolio goes to each
 * page: same URL (with its `_rsc` key), same `RSC`, router-state and `Next-Url` headers.
 */
export async function captureNavigations(cookie: string, paths: string[]): Promise<Map<string, BenchRequest>> {
  const browser = await chromium.launch({ executablePath: findChromium()?.executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  const captured = new Map<string, BenchRequest>();
  try {
    const context = await browser.newContext();
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const [name, ...value] = pair.split("=");
        return { name: name!, value: value.join("="), url: BASE };
      }),
    );
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(`${BASE}/workspace`, { waitUntil: "networkidle" });
      const navigation = page.waitForRequest((request) => {
        const headers = request.headers();
        return headers.rsc === "1" && !headers["next-router-prefetch"] && new URL(request.url()).pathname === new URL(path, BASE).pathname;
      });
      await page.evaluate((target) => (window as unknown as { next: { router: { push(url: string): void } } }).next.router.push(target), path);
      const request = await navigation;
      const headers = await request.allHeaders();
      delete headers.cookie;
      captured.set(path, { url: request.url(), headers: { ...headers, cookie } });
    }
  } finally {
    await browser.close();
  }
  return captured;
}
