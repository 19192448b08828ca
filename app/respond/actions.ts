"use server";

import { z } from "zod";
import { linkTokenFrom, RESPONDENT_COOKIE } from "@/lib/http/link-cookie";
import { saveRespondentAnswer, submitRespondentAnswers, type LinkRefusal } from "@/lib/server/respondents";
import { choiceSchema } from "@/lib/validation/portal";

// Open to visitors without an account by design: the respondent link's token, kept in an
// httpOnly cookie, is the authorization, checked by lib/server/respondents on every call.

export type RespondentActionResult = { ok: true } | { ok: false; reason: LinkRefusal | "invalid_answer" | "no_answers" };

const answerInput = z.object({ itemId: z.string().min(1).max(100), choice: choiceSchema }).strict();

export async function saveMyAnswerAction(input: unknown): Promise<RespondentActionResult> {
  const token = await linkTokenFrom(RESPONDENT_COOKIE);
  if (!token) return { ok: false, reason: "unknown" };
  const parsed = answerInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid_answer" };
  return saveRespondentAnswer(token, parsed.data);
}

export async function submitMyAnswersAction(): Promise<RespondentActionResult> {
  const token = await linkTokenFrom(RESPONDENT_COOKIE);
  if (!token) return { ok: false, reason: "unknown" };
  return submitRespondentAnswers(token);
}
