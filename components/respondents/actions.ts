"use server";

import { revalidatePath } from "next/cache";
import { action, CONSULTANTS, NO_INPUT } from "@/lib/actions/action";
import { appOrigin } from "@/lib/http/origin";
import { linkTokenFrom, RESPONDENT_COOKIE } from "@/lib/http/link-cookie";
import {
  closeRespondentRound,
  createRespondent,
  revokeRespondent,
  saveRespondentAnswer,
  setRespondentReminderDays,
  submitRespondentAnswers,
  type LinkRefusal,
} from "@/lib/server/respondents";
import { inviteRespondentSchema, reminderDaysSchema, respondentAnswerSchema, respondentTarget, roundTarget } from "./schemas";

const assessmentPath = (organisationId: string, assessmentId: string) => `/workspace/organisations/${organisationId}/assessments/${assessmentId}`;

// ——— The consultant's side: links and the round ———

export const inviteRespondentAction = action.form({
  access: CONSULTANTS,
  ids: ["organisationId", "assessmentId"],
  fields: ["name", "raterGroup", "email", "language"],
  schema: inviteRespondentSchema,
  async handler({ name, raterGroup, email, language }, { caller, ids }) {
    const origin = await appOrigin();
    const created = await createRespondent(caller, ids.assessmentId, { name, raterGroup, email, locale: language, origin });
    if (!created) return { formError: "roundClosed" };
    revalidatePath(assessmentPath(ids.organisationId, ids.assessmentId));
    // The link is shown once, to copy (and e-mailed when an address was given); only its hash is stored.
    return { success: `${origin}/respond/${created.token}`, values: { raterGroup, language, sentTo: email ?? "" } };
  },
});

export const setReminderDaysAction = action.form({
  access: CONSULTANTS,
  ids: ["organisationId", "assessmentId"],
  fields: ["days"],
  schema: reminderDaysSchema,
  async handler({ days }, { caller, ids }) {
    if (!(await setRespondentReminderDays(caller, ids.assessmentId, days))) return { formError: "roundClosed" };
    revalidatePath(assessmentPath(ids.organisationId, ids.assessmentId));
    return { success: "saved", values: { days: String(days) } };
  },
});

export const revokeRespondentAction = action.submit({
  access: CONSULTANTS,
  fields: ["organisationId", "assessmentId", "respondentId"],
  schema: respondentTarget,
  async handler({ organisationId, assessmentId, respondentId }, { caller }) {
    await revokeRespondent(caller, respondentId);
    revalidatePath(assessmentPath(organisationId, assessmentId));
  },
});

export const closeRoundAction = action.submit({
  access: CONSULTANTS,
  fields: ["organisationId", "assessmentId"],
  schema: roundTarget,
  async handler({ organisationId, assessmentId }, { caller }) {
    await closeRespondentRound(caller, assessmentId);
    revalidatePath(assessmentPath(organisationId, assessmentId));
  },
});

// ——— The respondent's side ———
// Open to visitors without an account by design: the respondent link's token, kept in an
// httpOnly cookie, is the authorization, checked by lib/server/respondents on every call.

export type RespondentActionResult = { ok: true } | { ok: false; reason: LinkRefusal | "invalid_answer" | "no_answers" };

export const saveMyAnswerAction = action.call({
  access: "public",
  schema: respondentAnswerSchema,
  async handler(input): Promise<RespondentActionResult> {
    const token = await linkTokenFrom(RESPONDENT_COOKIE);
    if (!token) return { ok: false, reason: "unknown" };
    return saveRespondentAnswer(token, input);
  },
});

export const submitMyAnswersAction = action.call({
  access: "public",
  schema: NO_INPUT,
  async handler(): Promise<RespondentActionResult> {
    const token = await linkTokenFrom(RESPONDENT_COOKIE);
    if (!token) return { ok: false, reason: "unknown" };
    return submitRespondentAnswers(token);
  },
});
