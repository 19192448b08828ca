import "server-only";
import { db } from "../db";
import { recordAuditEvent } from "../audit";
import { modelOf } from "../assessments";
import type { WorkspaceScope } from "../scope";
import { hashToken, newToken } from "../secrets";
import { enqueueMail } from "../mail/outbox";
import { linkOrigin } from "../mail/recipients";
import { sealBody } from "../mail/seal";
import { asNumber } from "../sql";
import type { Locale } from "@/lib/i18n/locale";
import { analyseRespondents, RATER_GROUPS, type Answer, type RaterGroup, type RespondentAnalysis } from "@/lib/curve";

export const RESPONDENT_LINK_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

type RespondentStatus = "open" | "submitted" | "expired" | "revoked";
type RespondentRow = {
  id: string;
  name: string;
  raterGroup: RaterGroup;
  status: RespondentStatus;
  answered: number;
  expiresAt: Date;
  email: string | null;
  remindedAt: Date | null;
};
export type RespondentRound = { closedAt: Date | null; open: boolean; respondents: RespondentRow[]; responded: number; reminderDays: number };

export function answersOf(rows: readonly { itemId: string; optionId: string | null; skip: string | null }[]): Answer[] {
  return rows.flatMap((row): Answer[] => {
    if (row.optionId) return [{ itemId: row.itemId, optionId: row.optionId }];
    if (row.skip === "not_applicable" || row.skip === "dont_know") return [{ itemId: row.itemId, skip: row.skip }];
    return [];
  });
}

export const raterGroupOf = (value: string): RaterGroup => ((RATER_GROUPS as readonly string[]).includes(value) ? (value as RaterGroup) : "other");

function statusOf(row: { submittedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): RespondentStatus {
  if (row.revokedAt) return "revoked";
  if (row.submittedAt) return "submitted";
  return row.expiresAt <= now ? "expired" : "open";
}

/** A draft assessment whose round still takes respondents, in the caller's workspace. */
async function openDraft(scope: Pick<WorkspaceScope, "workspaceId">, assessmentId: string) {
  return db.assessment.findFirst({
    where: { id: assessmentId, workspaceId: scope.workspaceId, status: "DRAFT", roundClosedAt: null },
    select: { id: true, organisationId: true, organisation: { select: { name: true } } },
  });
}

/**
 * Invites one respondent; the single-use link's token is returned once and only its hash kept.
 * With an e-mail address the link is also sent, and kept sealed until its one reminder.
 */
export async function createRespondent(
  scope: WorkspaceScope,
  assessmentId: string,
  input: { name: string; raterGroup: RaterGroup; email?: string | null; locale?: Locale; origin?: string },
  now: Date = new Date(),
): Promise<{ token: string; expiresAt: Date } | null> {
  const assessment = await openDraft(scope, assessmentId);
  if (!assessment) return null;
  const token = newToken();
  const expiresAt = new Date(now.getTime() + RESPONDENT_LINK_LIFETIME_MS);
  const email = input.email ?? null;
  const locale = input.locale ?? "nl";
  const link = `${linkOrigin(input.origin)}/respond/${token}`;
  await db.$transaction(async (tx) => {
    await tx.respondent.create({
      data: {
        workspaceId: scope.workspaceId,
        assessmentId,
        name: input.name,
        raterGroup: input.raterGroup,
        email,
        locale,
        linkSealed: email ? sealBody(link) : null,
        tokenHash: hashToken(token),
        expiresAt,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, scope, {
      action: "assessment.respondent_invited",
      subjectType: "assessment",
      subjectId: assessmentId,
      after: { name: input.name || null, raterGroup: input.raterGroup, ...(email ? { email } : {}) },
    });
    if (email) {
      await enqueueMail(
        tx,
        {
          workspaceId: scope.workspaceId,
          recipient: email,
          locale,
          message: { kind: "respondent_link", organisationName: assessment.organisation.name, link, expiresAt },
        },
        now,
      );
    }
  });
  return { token, expiresAt };
}

/** How many days after the invitation the one reminder goes out (0: none). */
export async function setRespondentReminderDays(scope: WorkspaceScope, assessmentId: string, days: number): Promise<boolean> {
  const { count } = await db.assessment.updateMany({
    where: { id: assessmentId, workspaceId: scope.workspaceId, status: "DRAFT" },
    data: { respondentReminderDays: days },
  });
  return count > 0;
}

export async function getRespondentRound(
  scope: Pick<WorkspaceScope, "workspaceId">,
  assessmentId: string,
  now: Date = new Date(),
): Promise<RespondentRound | null> {
  // One row per respondent (or one without a respondent): it is on every assessment's page.
  const rows = await db.$queryRaw<
    {
      status: string;
      roundClosedAt: Date | null;
      respondentReminderDays: number;
      id: string | null;
      name: string;
      raterGroup: string;
      submittedAt: Date | null;
      revokedAt: Date | null;
      expiresAt: Date;
      email: string | null;
      remindedAt: Date | null;
      answered: unknown;
    }[]
  >`
    SELECT a."status", a."roundClosedAt", a."respondentReminderDays", r."id", r."name", r."raterGroup", r."submittedAt", r."revokedAt",
           r."expiresAt", r."email", r."remindedAt",
           (SELECT COUNT(*) FROM "RespondentAnswer" x WHERE x."respondentId" = r."id") AS "answered"
    FROM "Assessment" a LEFT JOIN "Respondent" r ON r."assessmentId" = a."id" AND r."workspaceId" = a."workspaceId"
    WHERE a."id" = ${assessmentId} AND a."workspaceId" = ${scope.workspaceId}
    ORDER BY r."createdAt" ASC`;
  const [assessment] = rows;
  if (!assessment) return null;
  const respondents = rows.flatMap((row) =>
    row.id === null
      ? []
      : [
          {
            id: row.id,
            name: row.name,
            raterGroup: raterGroupOf(row.raterGroup),
            status: statusOf(row, now),
            answered: asNumber(row.answered) ?? 0,
            expiresAt: row.expiresAt,
            email: row.email,
            remindedAt: row.remindedAt,
          },
        ],
  );
  return {
    closedAt: assessment.roundClosedAt,
    open: assessment.status === "DRAFT" && assessment.roundClosedAt === null,
    respondents,
    responded: respondents.filter((row) => row.status === "submitted").length,
    reminderDays: assessment.respondentReminderDays,
  };
}

export async function revokeRespondent(scope: WorkspaceScope, respondentId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const respondent = await tx.respondent.findFirst({
      where: { id: respondentId, workspaceId: scope.workspaceId, submittedAt: null, revokedAt: null },
      select: { assessmentId: true },
    });
    if (!respondent) return false;
    await tx.respondent.update({ where: { id: respondentId }, data: { revokedAt: new Date(), linkSealed: null } });
    await recordAuditEvent(tx, scope, { action: "assessment.respondent_revoked", subjectType: "assessment", subjectId: respondent.assessmentId });
    return true;
  });
}

/** Stops the round: open links say so from now on; what was submitted stays. */
export async function closeRespondentRound(scope: WorkspaceScope, assessmentId: string, now: Date = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.assessment.updateMany({
      where: { id: assessmentId, workspaceId: scope.workspaceId, roundClosedAt: null },
      data: { roundClosedAt: now },
    });
    if (count === 0) return false;
    await recordAuditEvent(tx, scope, { action: "assessment.round_closed", subjectType: "assessment", subjectId: assessmentId });
    return true;
  });
}

/** Scores per rater group, spread per item and perception gaps, from the submitted answers. */
export async function getRespondentAnalysis(scope: Pick<WorkspaceScope, "workspaceId">, assessmentId: string): Promise<RespondentAnalysis | null> {
  const rows = await db.$queryRaw<
    { modelId: string; modelVersion: number; respondentId: string; raterGroup: string; itemId: string | null; optionId: string | null; skip: string | null }[]
  >`
    SELECT a."modelId", a."modelVersion", r."id" AS "respondentId", r."raterGroup", x."itemId", x."optionId", x."skip"
    FROM "Assessment" a
    JOIN "Respondent" r ON r."assessmentId" = a."id" AND r."workspaceId" = a."workspaceId"
    LEFT JOIN "RespondentAnswer" x ON x."respondentId" = r."id"
    WHERE a."id" = ${assessmentId} AND a."workspaceId" = ${scope.workspaceId} AND r."submittedAt" IS NOT NULL AND r."revokedAt" IS NULL`;
  const [first] = rows;
  if (!first) return null;
  const respondents = new Map<string, { raterGroup: RaterGroup; answers: { itemId: string; optionId: string | null; skip: string | null }[] }>();
  for (const row of rows) {
    const respondent = respondents.get(row.respondentId) ?? { raterGroup: raterGroupOf(row.raterGroup), answers: [] };
    respondents.set(row.respondentId, respondent);
    if (row.itemId !== null) respondent.answers.push({ itemId: row.itemId, optionId: row.optionId, skip: row.skip });
  }
  return analyseRespondents(modelOf(first), {
    modelId: first.modelId,
    modelVersion: first.modelVersion,
    respondents: [...respondents].map(([respondentId, respondent]) => ({
      respondentId,
      raterGroup: respondent.raterGroup,
      answers: answersOf(respondent.answers),
    })),
  });
}
