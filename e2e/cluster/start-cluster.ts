// `npm run test:cluster`: two app servers on one PostgreSQL behind a small proxy, each started
// from a copy of the standalone folder elsewhere on disk (as an image would hold it), with one
// AUTH_SECRET and one server-actions key, and a real SMTP server they both send to. The proxy
// spreads requests over both and, like haproxy's `option redispatch`, sends a request whose
// connection is refused to the other server. It also takes the test's orders at /__cluster/.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { recreateDatabase } from "../database";
import { startSmtpSink } from "../../tests/smtp-sink";

const postgresUrl = process.env.CURVEWISE_TEST_POSTGRES_URL;
if (!postgresUrl) throw new Error('test:cluster needs PostgreSQL: eval "$(bash scripts/start-postgres.sh)" first');
if (!fs.existsSync(".next/standalone/serve.mjs")) throw new Error("no production build: run `npm run build` first");
const databaseUrl = Object.assign(new URL(postgresUrl), { pathname: "/curvewise_cluster" }).toString();
const proxyPort = Number(process.env.CLUSTER_PORT || 3600);

await recreateDatabase(databaseUrl);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "curvewise-standalone-"));
fs.cpSync(".next/standalone", folder, { recursive: true });

const sink = await startSmtpSink();
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  SMTP_URL: sink.url,
  MAIL_FROM: "Curvewise cluster <noreply@curvewise.test>",
  AUTH_SECRET: "cluster-secret-not-for-production-0123456789",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  APP_URL: `http://127.0.0.1:${proxyPort}`,
  NEXT_TELEMETRY_DISABLED: "1",
  WEB_CONCURRENCY: "1",
  HOST: "127.0.0.1",
};
// Migrations and the demo workspace, as the image's release step would.
execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/db-setup.ts"], { env, stdio: "inherit" });

type Server = { name: string; port: number; process: ChildProcess | null };
const servers: Server[] = [
  { name: "a", port: proxyPort + 1, process: null },
  { name: "b", port: proxyPort + 2, process: null },
];

async function start(server: Server): Promise<void> {
  const answering = await fetch(`http://127.0.0.1:${server.port}/api/health`).then(
    () => true,
    () => false,
  );
  if (answering) throw new Error(`port ${server.port} is taken: is an earlier cluster run still going?`);
  // Its own process group, so that stopping it stops its server process too; run from the
  // copied folder, where nothing of the repository is within reach.
  server.process = spawn("node", [path.join(folder, "serve.mjs")], {
    cwd: folder,
    env: { ...env, PORT: String(server.port) },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${server.port}/api/health?ready=1`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server ${server.name} did not start`);
}

function stop(server: Server, signal: NodeJS.Signals): void {
  if (server.process?.pid) {
    try {
      process.kill(-server.process.pid, signal);
    } catch {
      // already gone
    }
  }
  // Asked to stop, a server may linger: it is killed for certain when this script exits.
  if (signal === "SIGKILL") server.process = null;
}

let next = 0;
function forward(request: http.IncomingMessage, body: Buffer, response: http.ServerResponse, tried: Set<string>): void {
  const candidates = servers.filter((server) => !tried.has(server.name));
  if (candidates.length === 0) {
    response.writeHead(503).end("no server answered");
    return;
  }
  const server = candidates[next++ % candidates.length]!;
  const upstream = http.request(
    {
      host: "127.0.0.1",
      port: server.port,
      method: request.method,
      path: request.url,
      headers: { ...request.headers, "x-forwarded-for": "127.0.0.1", "x-served-by": server.name },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-served-by": server.name });
      answer.pipe(response);
    },
  );
  upstream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "ECONNREFUSED" && !response.headersSent) return forward(request, body, response, new Set([...tried, server.name]));
    if (!response.headersSent) response.writeHead(502).end("bad gateway");
    else response.destroy();
  });
  upstream.end(body);
}

const proxy = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const order = /^\/__cluster\/([\w-]+)(?:\/(\w+))?$/.exec(request.url ?? "");
    if (order) return obey(order[1]!, order[2], response);
    forward(request, Buffer.concat(chunks), response, new Set());
  });
});

/** The test's orders: which servers exist, stop one hard, refuse or accept mail, the mail received. */
async function obey(verb: string, argument: string | undefined, response: http.ServerResponse): Promise<void> {
  const server = servers.find((candidate) => candidate.name === argument);
  if (verb === "servers") return void response.end(JSON.stringify(servers.map(({ name, port }) => ({ name, url: `http://127.0.0.1:${port}` }))));
  if (verb === "kill" && server) {
    stop(server, "SIGKILL");
    return void response.end("killed");
  }
  if (verb === "refuse-mail") sink.refusing = true;
  else if (verb === "accept-mail") sink.refusing = false;
  else if (verb !== "mail") return void response.writeHead(404).end();
  response.end(JSON.stringify(sink.messages));
}

// Registered before anything starts: no server outlives this script, however it ends.
let stopping = false;
const shutdown = (code: number) => {
  if (stopping) return;
  stopping = true;
  for (const server of servers) stop(server, "SIGTERM");
  setTimeout(() => {
    fs.rmSync(folder, { recursive: true, force: true });
    process.exit(code);
  }, 2_000);
};
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
process.on("exit", () => servers.forEach((server) => stop(server, "SIGKILL")));

try {
  await Promise.all(servers.map(start));
} catch (error) {
  console.error(error);
  shutdown(1);
}
proxy.listen(proxyPort, "127.0.0.1", () => console.log(`[cluster] ${servers.length} servers from ${folder} behind http://127.0.0.1:${proxyPort}`));
