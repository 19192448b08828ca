// Runs the scheduled jobs and sends the outbox once, for operators who prefer cron to the
// runner inside the app (CURVEWISE_JOBS=off). `--now=2026-12-07T09:00:00Z` runs as of then.
import fs from "node:fs";

if (fs.existsSync(".env")) process.loadEnvFile(".env");
const nowArgument = process.argv.find((argument) => argument.startsWith("--now="))?.slice(6);
const now = nowArgument ? new Date(nowArgument) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`not a moment: ${nowArgument}`);
  process.exit(2);
}
// After .env: the data layer reads DATABASE_URL when it is loaded.
const { runJobsOnce } = await import("@/lib/server/jobs/runner");
const { db } = await import("@/lib/server/db");
console.log(JSON.stringify(await runJobsOnce(now)));
await db.$disconnect();
