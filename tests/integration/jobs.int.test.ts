import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { startAssessment } from "@/lib/server/assessments";
import { db } from "@/lib/server/db";
import { acceptInvitation, createConsultantInvitation } from "@/lib/server/invitations";
import { runScheduledJobs } from "@/lib/server/jobs/scheduled";
import { createOrganisation, updateOrganisation } from "@/lib/server/organisations";
import { createActionItem, setReassessmentCadence } from "@/lib/server/plans";
import { createRespondent } from "@/lib/server/respondents";
import { createWorkspace, organisationInput, unique } from "./helpers";

const run = promisify(execFile);
const DAY_MS = 86_400_000;

/** The next Monday at 09:00 in Amsterdam (08:00 UTC in winter, 07:00 in summer; 08:00 UTC is after 08:00 local either way). */
function nextMondayMorning(): Date {
  const today = new Date();
  const days = (8 - today.getUTCDay()) % 7 || 7;
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, 8, 0));
}

async function dueWorkspace() {
  const scope = await createWorkspace();
  const consultantEmail = `consultant-${unique()}@example.test`;
  const invitation = await createConsultantInvitation(scope, consultantEmail);
  if (!invitation.ok) throw new Error("invitation");
  await acceptInvitation(invitation.value.token, { name: "Consultant", password: "a long enough password" });
  const consultant = await db.user.findUniqueOrThrow({ where: { email: consultantEmail }, select: { id: true } });

  // Never assessed, a cadence set: due from the day it was created, overdue by next Monday.
  const theirs = await createOrganisation(scope, organisationInput({ name: `Gemeente ${unique()}` }));
  const unassigned = await createOrganisation(scope, organisationInput({ name: `Zorg ${unique()}` }));
  if (!theirs.ok || !unassigned.ok) throw new Error("organisation");
  await updateOrganisation(scope, theirs.value.id, { ...organisationInput({ name: `Gemeente ${unique()}` }), responsibleConsultantId: consultant.id });
  for (const id of [theirs.value.id, unassigned.value.id]) await setReassessmentCadence(scope, id, 6);
  await createActionItem(scope, theirs.value.id, {
    title: "Webcareprotocol",
    dimensionId: null,
    ownerName: "",
    dueDate: new Date(Date.now() - 2 * DAY_MS),
    recommendationId: null,
  });

  const draft = await startAssessment(scope, unassigned.value.id, {
    title: "Ronde",
    assessedOn: new Date(),
    scope: "organisation",
    channel: null,
    baseline: false,
  });
  if (!draft.ok) throw new Error(draft.reason);
  const respondentEmail = `respondent-${unique()}@example.test`;
  await createRespondent(scope, draft.id, { name: "", raterGroup: "staff", email: respondentEmail, locale: "en" }, new Date(Date.now() - DAY_MS));
  const quiet = `quiet-${unique()}@example.test`;
  await createRespondent(scope, draft.id, { name: "", raterGroup: "staff", email: quiet, locale: "nl" }, new Date(Date.now() - DAY_MS));
  await db.respondent.updateMany({ where: { email: quiet }, data: { submittedAt: new Date() } });
  return { scope, consultantEmail, respondentEmail, quiet, theirs: theirs.value.id, unassigned: unassigned.value.id };
}

const mailTo = (recipient: string, kind: string) =>
  db.outboxMessage.findMany({ where: { recipient, kind }, select: { subject: true, locale: true, status: true } });

describe("scheduled jobs", () => {
  it("send one digest and one reminder per person per period, however many runners run at once", async () => {
    const setup = await dueWorkspace();
    const now = nextMondayMorning().toISOString();
    const runner = () =>
      run("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/jobs-once.ts", `--now=${now}`], {
        env: { ...process.env, SMTP_URL: "" },
        timeout: 60_000,
      });
    // Two runners at the same moment, as two app servers would be, then a third later on.
    const reports = await Promise.all([runner(), runner()]);
    await runner();
    const parsed = reports.map((report) => JSON.parse(report.stdout.trim().split("\n").pop()!) as { digests: number; reminders: number });
    expect(parsed).toHaveLength(2);

    const ownerDigests = await mailTo(setup.scope.email, "digest");
    const consultantDigests = await mailTo(setup.consultantEmail, "digest");
    expect(ownerDigests).toHaveLength(1);
    expect(consultantDigests).toHaveLength(1);
    expect(await mailTo(setup.respondentEmail, "respondent_reminder")).toEqual([
      { subject: expect.stringMatching(/^Reminder: the questionnaire about Zorg/), locale: "en", status: "NOT_SENT" },
    ]);
    expect(await mailTo(setup.quiet, "respondent_reminder")).toHaveLength(0);
    const respondent = await db.respondent.findFirstOrThrow({ where: { email: setup.respondentEmail }, select: { remindedAt: true, linkSealed: true } });
    expect(respondent.remindedAt).not.toBeNull();
    expect(respondent.linkSealed).toBeNull();
  }, 120_000);

  it("put each organisation in the digest of whoever looks after it, and respect who switched digests off", async () => {
    const setup = await dueWorkspace();
    const now = nextMondayMorning();
    // In this process this time: the digests are written whether or not a mail server is set.
    await runScheduledJobs(now);
    const [ownerDigest] = await mailTo(setup.scope.email, "digest");
    const [consultantDigest] = await mailTo(setup.consultantEmail, "digest");
    // The owner's: the organisation nobody looks after; the consultant's: theirs and its overdue action.
    expect(ownerDigest!.subject).toBe("Curvewise: 1 punt voor deze week");
    expect(consultantDigest!.subject).toBe("Curvewise: 2 punten voor deze week");
    // A second run the same week sends nothing more.
    await runScheduledJobs(new Date(now.getTime() + 3 * 60 * 60_000));
    expect(await mailTo(setup.scope.email, "digest")).toHaveLength(1);

    const other = await dueWorkspace();
    await db.user.update({ where: { email: other.consultantEmail }, data: { digestsEnabled: false } });
    await runScheduledJobs(now);
    expect(await mailTo(other.consultantEmail, "digest")).toHaveLength(0);
    expect(await mailTo(other.scope.email, "digest")).toHaveLength(1);
  });

  it("wait for Monday 08:00 in the workspace's time zone", async () => {
    const setup = await dueWorkspace();
    const monday = nextMondayMorning();
    const earlyInAmsterdam = new Date(Date.UTC(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate(), 5, 30));
    await runScheduledJobs(earlyInAmsterdam);
    expect(await mailTo(setup.scope.email, "digest")).toHaveLength(0);
    await db.workspace.update({ where: { id: setup.scope.workspaceId }, data: { timeZone: "Asia/Tokyo" } });
    // 05:30 UTC is 14:30 in Tokyo: past eight there.
    await runScheduledJobs(earlyInAmsterdam);
    expect(await mailTo(setup.scope.email, "digest")).toHaveLength(1);
  });
});
