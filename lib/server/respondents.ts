import "server-only";
import { db } from "./db";
import { recordAuditEvent } from "./audit";
import { modelOf } from "./assessments";
import type { WorkspaceScope } from "./scope";
import { hashToken, newToken } from "./secrets";
import { enqueueMail } from "./mail/outbox";
import { linkOrigin } from "./mail/recipients";
import { sealBody } from "./mail/seal";
import type { Locale } from "@/lib/i18n/locale";
import { analyseRespondents, indexModel, RATER_GROUPS, type Answer, type RaterGroup, type RespondentAnalysis, type Skip } from "@/lib/curve";

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

const raterGroupOf = (value: string): RaterGroup => ((RATER_GROUPS as readonly string[]).includes(value) ? (value as RaterGroup) : "other");

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
  const assessment = await db.assessment.findFirst({
    where: { id: assessmentId, workspaceId: scope.workspaceId },
    select: {
      status: true,
      roundClosedAt: true,
      respondentReminderDays: true,
      respondents: {
        where: { workspaceId: scope.workspaceId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          name: true,
          raterGroup: true,
          submittedAt: true,
          revokedAt: true,
          expiresAt: true,
          email: true,
          remindedAt: true,
          _count: { select: { answers: true } },
        },
      },
    },
  });
  if (!assessment) return null;
  const respondents = assessment.respondents.map((row) => ({
    id: row.id,
    name: row.name,
    raterGroup: raterGroupOf(row.raterGroup),
    status: statusOf(row, now),
    answered: row._count.answers,
    expiresAt: row.expiresAt,
    email: row.email,
    remindedAt: row.remindedAt,
  }));
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
  const assessment = await db.assessment.findFirst({
    where: { id: assessmentId, workspaceId: scope.workspaceId },
    select: {
      modelId: true,
      modelVersion: true,
      respondents: {
        where: { workspaceId: scope.workspaceId, submittedAt: { not: null }, revokedAt: null },
        select: { id: true, raterGroup: true, answers: { select: { itemId: true, optionId: true, skip: true } } },
      },
    },
  });
  if (!assessment || assessment.respondents.length === 0) return null;
  const model = modelOf(assessment);
  return analyseRespondents(model, {
    modelId: assessment.modelId,
    modelVersion: assessment.modelVersion,
    respondents: assessment.respondents.map((respondent) => ({
      respondentId: respondent.id,
      raterGroup: raterGroupOf(respondent.raterGroup),
      answers: answersOf(respondent.answers),
    })),
  });
}

function answersOf(rows: readonly { itemId: string; optionId: string | null; skip: string | null }[]): Answer[] {
  return rows.flatMap((row): Answer[] => {
    if (row.optionId) return [{ itemId: row.itemId, optionId: row.optionId }];
    if (row.skip === "not_applicable" || row.skip === "dont_know") return [{ itemId: row.itemId, skip: row.skip }];
    return [];
  });
}

// ——— The respondent's side: everything below is reached with a link token, not a session. ———

export type LinkRefusal = "unknown" | "used" | "expired" | "closed";
export type RespondentChoice = { optionId: string } | { skip: Skip } | null;
export type RespondentSession = {
  name: string;
  raterGroup: RaterGroup;
  assessmentTitle: string;
  organisationName: string;
  modelId: string;
  modelVersion: number;
  answers: Record<string, RespondentChoice>;
};

type LinkRow = {
  id: string;
  name: string;
  raterGroup: string;
  expiresAt: Date;
  submittedAt: Date | null;
  revokedAt: Date | null;
  assessment: {
    status: string;
    roundClosedAt: Date | null;
    title: string;
    modelId: string;
    modelVersion: number;
    organisation: { name: string; archivedAt: Date | null };
  };
};

async function findLink(token: string): Promise<LinkRow | null> {
  if (token.length < 20 || token.length > 100) return null;
  return db.respondent.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      name: true,
      raterGroup: true,
      expiresAt: true,
      submittedAt: true,
      revokedAt: true,
      assessment: {
        select: {
          status: true,
          roundClosedAt: true,
          title: true,
          modelId: true,
          modelVersion: true,
          organisation: { select: { name: true, archivedAt: true } },
        },
      },
    },
  });
}

function refusalOf(link: LinkRow | null, now: Date): LinkRefusal | null {
  if (!link) return "unknown";
  if (link.submittedAt) return "used";
  if (link.revokedAt) return "closed";
  const { assessment } = link;
  if (assessment.status !== "DRAFT" || assessment.roundClosedAt || assessment.organisation.archivedAt) return "closed";
  if (link.expiresAt <= now) return "expired";
  return null;
}

export async function openRespondentLink(
  token: string,
  now: Date = new Date(),
): Promise<{ ok: true; session: RespondentSession } | { ok: false; reason: LinkRefusal }> {
  const link = await findLink(token);
  const refusal = refusalOf(link, now);
  if (refusal || !link) return { ok: false, reason: refusal ?? "unknown" };
  const rows = await db.respondentAnswer.findMany({ where: { respondentId: link.id }, select: { itemId: true, optionId: true, skip: true } });
  const answers: Record<string, RespondentChoice> = {};
  for (const answer of answersOf(rows)) answers[answer.itemId] = "optionId" in answer ? { optionId: answer.optionId } : { skip: answer.skip };
  return {
    ok: true,
    session: {
      name: link.name,
      raterGroup: raterGroupOf(link.raterGroup),
      assessmentTitle: link.assessment.title,
      organisationName: link.assessment.organisation.name,
      modelId: link.assessment.modelId,
      modelVersion: link.assessment.modelVersion,
      answers,
    },
  };
}

export type RespondentSaveOutcome = { ok: true } | { ok: false; reason: LinkRefusal | "invalid_answer" };

/** Saves (or clears) one answer through the link; refused once the link is used, closed or expired. */
export async function saveRespondentAnswer(
  token: string,
  input: { itemId: string; choice: RespondentChoice },
  now: Date = new Date(),
): Promise<RespondentSaveOutcome> {
  const link = await findLink(token);
  const refusal = refusalOf(link, now);
  if (refusal || !link) return { ok: false, reason: refusal ?? "unknown" };
  const entry = indexModel(modelOf(link.assessment)).items.get(input.itemId);
  if (!entry) return { ok: false, reason: "invalid_answer" };
  const choice = input.choice;
  if (choice && "optionId" in choice && !entry.options.has(choice.optionId)) return { ok: false, reason: "invalid_answer" };
  const data = { optionId: choice && "optionId" in choice ? choice.optionId : null, skip: choice && "skip" in choice ? choice.skip : null };
  await db.$transaction(async (tx) => {
    // Checked again inside the transaction so that nothing lands after a submit or a close.
    const still = await tx.respondent.count({ where: { id: link.id, submittedAt: null, revokedAt: null } });
    if (still === 0) return;
    if (!choice) await tx.respondentAnswer.deleteMany({ where: { respondentId: link.id, itemId: input.itemId } });
    else
      await tx.respondentAnswer.upsert({
        where: { respondentId_itemId: { respondentId: link.id, itemId: input.itemId } },
        create: { respondentId: link.id, itemId: input.itemId, ...data },
        update: data,
      });
  });
  return { ok: true };
}

/** Hands the answers in: the link is used up. */
export async function submitRespondentAnswers(
  token: string,
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; reason: LinkRefusal | "no_answers" }> {
  const link = await findLink(token);
  const refusal = refusalOf(link, now);
  if (refusal || !link) return { ok: false, reason: refusal ?? "unknown" };
  if ((await db.respondentAnswer.count({ where: { respondentId: link.id } })) === 0) return { ok: false, reason: "no_answers" };
  const { count } = await db.respondent.updateMany({
    where: { id: link.id, submittedAt: null, revokedAt: null },
    data: { submittedAt: now, linkSealed: null },
  });
  return count === 1 ? { ok: true } : { ok: false, reason: "used" };
}
