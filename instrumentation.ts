// Starts the job runner (mail delivery, digests, reminders) in each Node.js app server.
// CURVEWISE_JOBS=off leaves it to `npm run jobs:once` from cron instead.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.CURVEWISE_JOBS === "off") return;
  const { startJobRunner } = await import("@/lib/server/jobs/runner");
  startJobRunner();
}
