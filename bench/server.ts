// Shared by the page benchmarks: a production server on a given database, signed in.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3200);
export const BASE = `http://127.0.0.1:${BENCH_PORT}`;
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
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
  const server = spawn("node_modules/.bin/next", ["start", "--port", String(BENCH_PORT)], {
    env: {
      ...process.env,
      PORT: String(BENCH_PORT),
      DATABASE_URL: databaseUrl,
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

/** Signs in through Auth.js's own endpoints and returns the Cookie header. */
export async function signInCookie(): Promise<string> {
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
    body: new URLSearchParams({ ...LARGE_OWNER, csrfToken, callbackUrl: `${BASE}/workspace` }),
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
