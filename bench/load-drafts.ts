// For bench/load.ts: one assessment draft per simulated user, on organisations large-org-901…,
// made through the data layer as the "start assessment" action makes them. Prints their ids.
// Run with `tsx --conditions=react-server`; DATABASE_URL names the large data.
import { startAssessment } from "@/lib/server/assessments/drafts";
import { db } from "@/lib/server/db";

const users = Number(process.argv[2] ?? 50);
const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "large@curvewise.example" } }, select: { userId: true, workspaceId: true } });
const drafts: string[] = [];
for (let index = 0; index < users; index++) {
  const organisationId = `large-org-${901 + index}`;
  const existing = await db.assessment.findFirst({ where: { organisationId, status: "DRAFT" }, select: { id: true } });
  if (existing) {
    drafts.push(existing.id);
    continue;
  }
  const started = await startAssessment(owner, organisationId, {
    title: "Load test",
    assessedOn: new Date(),
    scope: "organisation",
    channel: null,
    baseline: false,
  });
  if (!started.ok) throw new Error(`no draft for ${organisationId}: ${started.reason}`);
  drafts.push(started.id);
}
console.log(JSON.stringify(drafts));
await db.$disconnect();
