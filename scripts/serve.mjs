// The production server (`npm start`, and the image's command): Next.js's standalone server,
// one process per core. WEB_CONCURRENCY sets how many (default: the cores this process may use).
// The processes share the port (node:cluster) and nothing else: sessions are signed cookies,
// and every cache is checked against the database, so they behave as several servers would.
// `npm run build` copies this file next to the standalone server.js.
import cluster from "node:cluster";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseEnv } from "node:util";

const here = path.dirname(fileURLToPath(import.meta.url));
/** The cores this process may use: a container's CPU quota (cgroup v2) counts, not the host's cores. */
function usableCores() {
  try {
    const [quota, period] = fs.readFileSync("/sys/fs/cgroup/cpu.max", "utf8").trim().split(/\s+/);
    if (quota !== "max") return Math.max(1, Math.min(os.availableParallelism(), Math.ceil(Number(quota) / Number(period))));
  } catch {
    // no cgroup v2 limit to read
  }
  return os.availableParallelism();
}

// On SQLite too: its file is shared in write-ahead-log mode and every transaction queues for the
// write lock (lib/server/db.ts), so the processes wait for each other instead of failing.
const processes = Math.max(1, Number.parseInt(process.env.WEB_CONCURRENCY ?? "", 10) || usableCores());
// Left alone, V8 lets a busy process grow to 500-600 MB before it collects. Bounded, it collects
// sooner and each process stays near 300 MB, at a few per cent of throughput; nothing the app
// does needs more (the largest, a 1,000-client workspace backup, is streamed). SERVER_HEAP_MB
// sets another bound, 0 none.
const heapSetting = Number.parseInt(process.env.SERVER_HEAP_MB ?? "", 10);
const HEAP_MB = Number.isNaN(heapSetting) ? 320 : heapSetting;

if (cluster.isPrimary) {
  // The .env that `npm start` wrote (AUTH_SECRET) lies where it was run, not in this folder;
  // what the environment says already wins.
  if (fs.existsSync(".env")) {
    for (const [name, value] of Object.entries(parseEnv(fs.readFileSync(".env", "utf8")))) process.env[name] ??= value;
  }
  // The standalone server changes to its own folder: a relative SQLite path means the folder
  // `npm start` was run from.
  const url = process.env.DATABASE_URL?.trim() || "file:./data/curvewise.db";
  if (url.startsWith("file:") && !path.isAbsolute(url.slice(5))) {
    process.env.DATABASE_URL = `file:${path.resolve(url.slice(5))}`;
  }
  // The standalone server listens on HOSTNAME, which shells and containers set to the
  // machine's own name; HOST says where to listen instead.
  process.env.HOSTNAME = process.env.HOST || "0.0.0.0";
}

if (!cluster.isPrimary) {
  await import(pathToFileURL(path.join(here, "server.js")).href);
} else {
  // Even one server process is a worker: the primary replaces it when it dies.
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...(HEAP_MB ? [`--max-old-space-size=${HEAP_MB}`] : [])] });
  let stopping = false;
  const restarts = [];
  const fork = () => {
    if (!stopping) cluster.fork();
  };
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A process that dies is replaced, unless they keep dying (then something is wrong with
    // the configuration, not with one request).
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && restarts[0] < now - 60_000) restarts.shift();
    console.error(`[serve] server process ${worker.process.pid} ended (${signal ?? code}); ${restarts.length > 10 ? "giving up" : "starting another"}`);
    if (restarts.length > 10) process.exit(1);
    setTimeout(fork, 500);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
  console.log(`[serve] ${processes} server process${processes === 1 ? "" : "es"}`);
  for (let index = 0; index < processes; index++) fork();
}
