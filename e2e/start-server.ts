// Starts the production build for the e2e tests on a fresh database: SQLite by default,
// PostgreSQL when E2E_DATABASE_URL is a postgres URL. Playwright stops it when done.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import { recreateDatabase } from "./database";
import { startSmtpSink } from "../tests/smtp-sink";

const url = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";
const port = process.env.E2E_PORT || "3100";

await recreateDatabase(url);
// A real SMTP server for the app to send to; each mail it receives becomes a JSON file that
// the tests read (e2e/mail.ts).
const MAIL_DIR = `data/e2e-mail-${port}`;
fs.rmSync(MAIL_DIR, { recursive: true, force: true });
fs.mkdirSync(MAIL_DIR, { recursive: true });
let received = 0;
const sink = await startSmtpSink({
  onMail: (mail) => fs.writeFileSync(`${MAIL_DIR}/${String((received += 1)).padStart(5, "0")}.json`, JSON.stringify(mail)),
});
const env = {
  ...process.env,
  DATABASE_URL: url,
  SMTP_URL: sink.url,
  MAIL_FROM: "Curvewise e2e <noreply@curvewise.test>",
  AUTH_SECRET: process.env.AUTH_SECRET || "e2e-secret-not-for-production-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
};
execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/db-setup.ts"], { env, stdio: "inherit" });
// The server's output also goes to a file, so that a test can prove no secret is ever logged.
const SERVER_LOG = `data/e2e-server-${port}.log`;
const log = fs.createWriteStream(SERVER_LOG);
// The production server, as `npm start` runs it: one process per core on either database, so
// that every test also proves the processes share nothing in memory.
const server = spawn("node", [".next/standalone/serve.mjs"], { env: { ...env, PORT: port, HOST: "127.0.0.1" }, stdio: ["ignore", "pipe", "pipe"] });
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
server.stderr.on("data", (chunk: Buffer) => {
  process.stderr.write(chunk);
  log.write(chunk);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
