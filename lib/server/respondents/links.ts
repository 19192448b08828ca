import "server-only";
import { db } from "../db";
import { modelOf } from "../assessments";
import { hashToken } from "../secrets";
import { indexModel, type RaterGroup, type Skip } from "@/lib/curve";
import { answersOf, raterGroupOf } from "./round";

// The respondent's side: a single-use link's token is the only authorization.

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
