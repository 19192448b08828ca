import "server-only";
import { db, type Tx } from "../db";
import { isUniqueViolation } from "../scope";
import { enqueueMail } from "../mail/outbox";
import { linkOrigin, preferredLocale } from "../mail/recipients";
import { openBody } from "../mail/seal";
import { addDays, calendarDayOf, hourOf, isActionOverdue, isoWeekOf, nextReassessmentDue, daysBetween } from "@/lib/curve";
import { isLocale } from "@/lib/i18n/locale";

// Scheduled work: the weekly digest and the respondent reminders. Any number of runners may
// call runScheduledJobs at once (several app servers, a cron job): each unit of work claims a
// JobRun key (kind + whom + period) in the same transaction as the mail it writes, so the
// mail exists exactly when the claim does and a second runner's claim fails.

/** The digest goes out from Monday 08:00 in the workspace's time zone, once per ISO week. */
const DIGEST_HOUR = 8;
const DIGEST_HORIZON_DAYS = 14;

async function claimed(tx: Tx, key: string): Promise<boolean> {
  await tx.jobRun.create({ data: { key } });
  return true;
}

/** Runs work in a transaction that first claims `key`; false when another runner already did. */
async function once(key: string, work: (tx: Tx) => Promise<void>): Promise<boolean> {
  try {
    await db.$transaction(async (tx) => {
      await claimed(tx, key);
      await work(tx);
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export type ScheduledReport = { digests: number; reminders: number };

export async function runScheduledJobs(now: Date = new Date()): Promise<ScheduledReport> {
  const digests = await sendWeeklyDigests(now);
  const reminders = await sendRespondentReminders(now);
  return { digests, reminders };
}

/** One digest per member per week: organisations due in 14 days or overdue, and overdue actions. */
async function sendWeeklyDigests(now: Date = new Date()): Promise<number> {
  const workspaces = await db.workspace.findMany({ select: { id: true, timeZone: true, defaultLocale: true } });
  let sent = 0;
  for (const workspace of workspaces) {
    const today = calendarDayOf(now, workspace.timeZone);
    const isMonday = today.getUTCDay() === 1;
    if (isMonday && hourOf(now, workspace.timeZone) < DIGEST_HOUR) continue;
    const week = isoWeekOf(today);
    const members = await db.membership.findMany({
      where: { workspaceId: workspace.id, role: { in: ["OWNER", "CONSULTANT"] }, user: { digestsEnabled: true } },
      select: { role: true, user: { select: { id: true, name: true, email: true, locale: true } } },
    });
    const keys = members.map((member) => `digest:${member.user.id}:${week}`);
    const done = new Set((await db.jobRun.findMany({ where: { key: { in: keys } }, select: { key: true } })).map((run) => run.key));
    const waiting = members.filter((_, index) => !done.has(keys[index]!));
    if (waiting.length === 0) continue;
    const due = await dueWork(workspace.id, today);
    for (const member of waiting) {
      const mine = (responsibleId: string | null) => responsibleId === member.user.id || (responsibleId === null && member.role === "OWNER");
      const organisations = due.organisations.filter((organisation) => mine(organisation.responsibleId));
      const actions = due.actions.filter((action) => mine(action.responsibleId));
      const claimedRun = await once(`digest:${member.user.id}:${week}`, async (tx) => {
        // A week with nothing to say sends nothing; the claim still marks the week as done.
        if (organisations.length === 0 && actions.length === 0) return;
        const origin = linkOrigin();
        await enqueueMail(
          tx,
          {
            workspaceId: workspace.id,
            recipient: member.user.email,
            locale: preferredLocale(member.user.locale, workspace.defaultLocale),
            message: {
              kind: "digest",
              recipientName: member.user.name,
              organisations: organisations.map((organisation) => ({
                name: organisation.name,
                dueOn: organisation.due,
                overdue: organisation.due.getTime() < today.getTime(),
                link: `${origin}/workspace/organisations/${organisation.id}`,
              })),
              actions: actions.map((action) => ({
                title: action.title,
                organisationName: action.organisationName,
                dueOn: action.dueDate,
                link: `${origin}/workspace/organisations/${action.organisationId}/plan`,
              })),
              settingsLink: `${origin}/workspace/account`,
            },
          },
          now,
        );
      });
      if (claimedRun && (organisations.length > 0 || actions.length > 0)) sent += 1;
    }
  }
  return sent;
}

async function dueWork(workspaceId: string, today: Date) {
  const [organisations, latest, actions] = await Promise.all([
    db.organisation.findMany({
      where: { workspaceId, archivedAt: null, reassessmentMonths: { not: null } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, reassessmentMonths: true, createdAt: true, responsibleConsultantId: true },
    }),
    db.assessment.groupBy({ by: ["organisationId"], where: { workspaceId, status: "COMPLETED" }, _max: { assessedOn: true } }),
    db.actionItem.findMany({
      where: { workspaceId, status: { not: "DONE" }, dueDate: { lt: today }, organisation: { archivedAt: null } },
      orderBy: { dueDate: "asc" },
      select: { title: true, dueDate: true, status: true, organisationId: true, organisation: { select: { name: true, responsibleConsultantId: true } } },
    }),
  ]);
  const lastAssessed = new Map(latest.map((row) => [row.organisationId, row._max.assessedOn]));
  const horizon = addDays(today, DIGEST_HORIZON_DAYS);
  return {
    organisations: organisations
      .map((organisation) => ({
        id: organisation.id,
        name: organisation.name,
        responsibleId: organisation.responsibleConsultantId,
        due: calendarDayOf(nextReassessmentDue(organisation.reassessmentMonths, lastAssessed.get(organisation.id) ?? null, organisation.createdAt)!),
      }))
      .filter((organisation) => organisation.due.getTime() <= horizon.getTime())
      .sort((a, b) => a.due.getTime() - b.due.getTime()),
    actions: actions
      .filter((action) => isActionOverdue(action, today))
      .map((action) => ({
        title: action.title,
        dueDate: action.dueDate!,
        organisationId: action.organisationId,
        organisationName: action.organisation.name,
        responsibleId: action.organisation.responsibleConsultantId,
      })),
  };
}

/**
 * One reminder per respondent, the chosen number of calendar days after their link was sent,
 * while they have not handed in and the round is open.
 */
async function sendRespondentReminders(now: Date = new Date()): Promise<number> {
  const candidates = await db.respondent.findMany({
    where: {
      email: { not: null },
      linkSealed: { not: null },
      remindedAt: null,
      submittedAt: null,
      revokedAt: null,
      expiresAt: { gt: now },
      assessment: { status: "DRAFT", roundClosedAt: null, organisation: { archivedAt: null } },
    },
    select: {
      id: true,
      email: true,
      locale: true,
      linkSealed: true,
      expiresAt: true,
      createdAt: true,
      workspaceId: true,
      assessment: { select: { respondentReminderDays: true, organisation: { select: { name: true, workspace: { select: { timeZone: true } } } } } },
    },
  });
  let sent = 0;
  for (const respondent of candidates) {
    const timeZone = respondent.assessment.organisation.workspace.timeZone;
    const days = daysBetween(calendarDayOf(respondent.createdAt, timeZone), calendarDayOf(now, timeZone));
    const waitDays = respondent.assessment.respondentReminderDays;
    if (waitDays === 0 || days < waitDays) continue;
    const link = openBody(respondent.linkSealed!);
    const claimedRun = await once(`respondent-reminder:${respondent.id}`, async (tx) => {
      await tx.respondent.update({ where: { id: respondent.id }, data: { remindedAt: now, linkSealed: null } });
      if (!link) return;
      await enqueueMail(
        tx,
        {
          workspaceId: respondent.workspaceId,
          recipient: respondent.email!,
          locale: isLocale(respondent.locale) ? respondent.locale : "nl",
          message: { kind: "respondent_reminder", organisationName: respondent.assessment.organisation.name, link, expiresAt: respondent.expiresAt },
        },
        now,
      );
    });
    if (claimedRun && link) sent += 1;
  }
  return sent;
}
