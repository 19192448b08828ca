"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { appOrigin } from "@/lib/http/origin";
import { action, CONSULTANTS } from "@/lib/actions/action";
import { completeAssessment, confirmCarriedOver, reopenAssessment, saveAnswer, startAssessment } from "@/lib/server/assessments";
import { completeAssessmentSchema, confirmCarriedOverSchema, reopenSchema, saveAnswerSchema, startAssessmentSchema } from "./schemas";

const organisationPath = (organisationId: string) => `/workspace/organisations/${organisationId}`;

export const startAssessmentAction = action.form({
  access: CONSULTANTS,
  ids: ["organisationId"],
  fields: ["title", "assessedOn", "scope", "channel", "baseline"],
  schema: () => startAssessmentSchema(),
  async handler(input, { caller, ids }) {
    const started = await startAssessment(caller, ids.organisationId, input);
    if (!started.ok) return { formError: started.reason === "archived" ? "organisationArchived" : "notFound" };
    revalidatePath(organisationPath(ids.organisationId), "layout");
    redirect(`${organisationPath(ids.organisationId)}/assessments/${started.id}`);
  },
});

/** Autosave of one item; links that are no web address are named, the rest is saved. */
export const saveAnswerAction = action.call({
  access: CONSULTANTS,
  schema: saveAnswerSchema,
  async handler({ refusedLinks, ...input }, { caller }) {
    const outcome = await saveAnswer(caller, input);
    return outcome.ok ? { ...outcome, refusedLinks } : outcome;
  },
});

export const confirmCarriedOverAction = action.call({
  access: CONSULTANTS,
  schema: confirmCarriedOverSchema,
  handler: (input, { caller }) => confirmCarriedOver(caller, input),
});

export const completeAssessmentAction = action.call({
  access: CONSULTANTS,
  schema: completeAssessmentSchema,
  async handler(input, { caller }) {
    const outcome = await completeAssessment(caller, { ...input, origin: await appOrigin() });
    if (outcome.ok) revalidatePath("/workspace", "layout");
    return outcome;
  },
});

export const reopenAssessmentAction = action.form({
  access: CONSULTANTS,
  ids: ["organisationId", "assessmentId"],
  fields: ["reason"],
  schema: reopenSchema,
  async handler({ reason }, { caller, ids }) {
    const outcome = await reopenAssessment(caller, { assessmentId: ids.assessmentId, reason });
    if (!outcome.ok) return { formError: outcome.reason === "forbidden" ? "reopenForbidden" : outcome.reason === "not_completed" ? "alreadyOpen" : "notFound" };
    revalidatePath("/workspace", "layout");
    redirect(`${organisationPath(ids.organisationId)}/assessments/${ids.assessmentId}`);
  },
});
