// `npm test`: typecheck, lint, schema check, unit, integration and e2e tests, then one summary.
// Integration and e2e tests run against SQLite, and against PostgreSQL as well when
// CURVEWISE_TEST_POSTGRES_URL names a server (`eval "$(bash scripts/start-postgres.sh)"`).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { findChromium, HOW_TO_GET_A_BROWSER } from "../e2e/browser";

type Counts = { passed: number; failed: number; skipped: number };
type Step = { name: string; command: string; args: string[]; env?: Record<string, string>; report?: string; needsBuild?: boolean; needsBrowser?: boolean };
type Outcome = { name: string; ok: boolean; seconds: number; counts?: Counts; note?: string };

const postgresUrl = process.env.CURVEWISE_TEST_POSTGRES_URL || "";
const reports = "test-results/reports";
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

const bin = (name: string) => `node_modules/.bin/${name}`;
const vitest = (projects: string[], report: string, env: Record<string, string>): Step => ({
  name: projects.includes("unit") ? "unit and component tests" : `integration tests (${env.CURVEWISE_TEST_POSTGRES_URL ? "postgresql" : "sqlite"})`,
  command: bin("vitest"),
  args: ["run", ...projects.flatMap((project) => ["--project", project]), "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
  env,
  report,
});
const e2eDatabase = (() => {
  if (!postgresUrl) return "";
  const url = new URL(postgresUrl);
  url.pathname = "/curvewise_e2e";
  return url.toString();
})();
// On PostgreSQL the long autosave flows (@autosave) and the checks whose outcome does not
// depend on the database (@once: languages, headers, field validation, chart alignment,
// secrets in pages and logs, fuzzing the server actions) are left out to keep CI under 15
// minutes; the integration tests run the autosave and respondent queries on PostgreSQL.
const e2e = (databaseUrl: string, report: string): Step => ({
  name: `e2e tests (${databaseUrl.startsWith("postgres") ? "postgresql, without @autosave @once" : "sqlite"})`,
  command: bin("playwright"),
  args: databaseUrl.startsWith("postgres") ? ["test", "--grep-invert", "@autosave|@once"] : ["test"],
  env: { E2E_DATABASE_URL: databaseUrl, E2E_JSON_REPORT: report },
  report,
  needsBuild: true,
  needsBrowser: true,
});

const steps: Step[] = [
  // Typecheck, lint (layers and import cycles included), formatting and unused code read the same
  // files; side by side they take the time of the slowest.
  {
    name: "typecheck, lint, format, unused code",
    command: "bash",
    args: [
      "-c",
      `${bin("tsc")} --noEmit & typecheck=$!; ${bin("prettier")} --check --log-level warn . & format=$!; ${bin("knip")} --no-progress & unused=$!; ${bin("eslint")} . ; lint=$?; wait $typecheck; t=$?; wait $format; f=$?; wait $unused; u=$?; exit $(( t || f || u || lint ))`,
    ],
  },
  { name: "schemas and migrations in step", command: "node", args: ["scripts/prisma-generate.mjs", "--check"] },
  vitest(["unit", "components"], `${reports}/unit.json`, {}),
  vitest(["integration"], `${reports}/integration-sqlite.json`, { CURVEWISE_TEST_POSTGRES_URL: "" }),
  ...(postgresUrl ? [vitest(["integration"], `${reports}/integration-postgresql.json`, { CURVEWISE_TEST_POSTGRES_URL: postgresUrl })] : []),
  { name: "production build", command: "npm", args: ["run", "build"], env: { NEXT_TELEMETRY_DISABLED: "1" } },
  e2e("file:./data/e2e.db", `${reports}/e2e-sqlite.json`),
  ...(postgresUrl ? [e2e(e2eDatabase, `${reports}/e2e-postgresql.json`)] : []),
  // Two servers from a copy of the standalone folder, behind a proxy, on one PostgreSQL.
  ...(postgresUrl
    ? [
        {
          name: "cluster tests (two servers, postgresql)",
          command: "npm",
          args: ["run", "test:cluster"],
          env: { E2E_JSON_REPORT: `${reports}/cluster.json` },
          report: `${reports}/cluster.json`,
          needsBuild: true,
          needsBrowser: true,
        },
      ]
    : []),
];

function countsFrom(report: string): Counts | undefined {
  if (!fs.existsSync(report)) return undefined;
  const json = JSON.parse(fs.readFileSync(report, "utf8"));
  if (typeof json.numTotalTests === "number") {
    return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
  }
  const stats = json.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0 };
}

const outcomes: Outcome[] = [];
let built = false;
const browser = findChromium();
for (const step of steps) {
  if (step.needsBuild && !built) {
    outcomes.push({ name: step.name, ok: false, seconds: 0, note: "not run: the production build failed" });
    continue;
  }
  if (step.needsBrowser && !browser) {
    console.error(`\n${HOW_TO_GET_A_BROWSER}\n`);
    outcomes.push({ name: step.name, ok: false, seconds: 0, note: "not run: no Chromium (see above)" });
    continue;
  }
  console.log(`\n━━ ${step.name} ━━`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, { stdio: "inherit", env: { ...process.env, ...step.env } });
  const ok = result.status === 0;
  if (step.name === "production build") built = ok;
  const counts = step.report ? countsFrom(step.report) : undefined;
  outcomes.push({ name: step.name, ok, seconds: (Date.now() - started) / 1000, counts });
}

console.log("\n━━ summary ━━");
if (browser) console.log(`browser: ${browser.description}`);
console.log(`databases: sqlite${postgresUrl ? " and postgresql" : " (set CURVEWISE_TEST_POSTGRES_URL to test postgresql as well)"}`);
let passed = 0;
let failed = 0;
for (const outcome of outcomes) {
  const detail = outcome.counts
    ? `${outcome.counts.passed} passed, ${outcome.counts.failed} failed${outcome.counts.skipped ? `, ${outcome.counts.skipped} skipped` : ""}`
    : (outcome.note ?? (outcome.ok ? "ok" : "failed"));
  console.log(`${outcome.ok ? "✓" : "✗"} ${outcome.name.padEnd(34)} ${detail.padEnd(30)} ${outcome.seconds.toFixed(0)}s`);
  if (outcome.counts) {
    passed += outcome.counts.passed;
    failed += outcome.counts.failed;
    if (!outcome.ok && outcome.counts.failed === 0) failed += 1; // the runner failed without a failing test
  } else if (outcome.ok) passed += 1;
  else failed += 1;
}
console.log(`\nchecks and tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && outcomes.every((outcome) => outcome.ok) ? 0 : 1);
