import "server-only";
import { Cron } from "croner";
import { deliverOutbox, sendQueuedMailPromptly } from "../mail/outbox";
import { runScheduledJobs } from "./scheduled";
import { db, databaseIsSqlite, refreshPlannerStatistics } from "../db";
import { isUniqueViolation } from "../scope";

// The job runner inside each app server. Several servers each run one: the database decides
// who does what (JobRun keys, conditional claims on the outbox), so running it twice is safe.

/** SQLite's planner statistics, once an hour by whichever runner (process or cron) claims the hour first. */
async function refreshPlannerStatisticsHourly(now: Date = new Date()): Promise<void> {
  if (!databaseIsSqlite()) return;
  try {
    await db.jobRun.create({ data: { key: `planner-statistics:${now.toISOString().slice(0, 13)}` } });
  } catch (error) {
    if (isUniqueViolation(error)) return;
    throw error;
  }
  await refreshPlannerStatistics();
}

export async function runJobsOnce(now: Date = new Date()) {
  await refreshPlannerStatisticsHourly(now);
  const scheduled = await runScheduledJobs(now);
  const delivery = await deliverOutbox({ now });
  return { ...scheduled, ...delivery };
}

const logFailure = (what: string) => (error: unknown) => console.error(`[jobs] ${what} failed:`, error instanceof Error ? error.message : error);

let started = false;

export function startJobRunner(): void {
  if (started) return;
  started = true;
  sendQueuedMailPromptly();
  // protect: a run still busy when the next one is due is not started twice in this process.
  new Cron("*/30 * * * * *", { protect: true }, () => deliverOutbox().then(() => undefined, logFailure("mail delivery")));
  new Cron("0 */5 * * * *", { protect: true }, () => runScheduledJobs().then(() => undefined, logFailure("scheduled jobs")));
  new Cron("0 */5 * * * *", { protect: true }, () => refreshPlannerStatisticsHourly().then(() => undefined, logFailure("planner statistics")));
}
