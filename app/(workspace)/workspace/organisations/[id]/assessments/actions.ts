"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth";
import {
  completeAssessment,
  confirmCarriedOver,
  reopenAssessment,
  saveAnswer,
  startAssessment,
  type CompleteOutcome,
  type SaveOutcome,
} from "@/lib/server/assessments";
import { reopenSchema, saveAnswerSchema, startAssessmentSchema } from "@/lib/validation/assessment";
import { fieldErrorsOf, nextSubmission, submittedValues } from "@/lib/validation/form-errors";
import type { FormState } from "@/lib/validation/form-state";

const organisationPath = (organisationId: string) => `/workspace/organisations/${organisationId}`;

export async function startAssessmentAction(organisationId: string, previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const values = submittedValues(formData, ["title", "assessedOn", "scope", "channel", "baseline"]);
  const submission = nextSubmission(previous);
  const parsed = startAssessmentSchema().safeParse(values);
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
  const started = await startAssessment(member, typeof organisationId === "string" ? organisationId.slice(0, 64) : "", parsed.data);
  if (!started.ok) return { submission, values, fieldErrors: {}, formError: started.reason === "archived" ? "organisationArchived" : "notFound" };
  revalidatePath(organisationPath(organisationId));
  redirect(`${organisationPath(organisationId)}/assessments/${started.id}`);
}

export type SaveAnswerResult = SaveOutcome | { ok: false; reason: "invalid_input"; fieldErrors: Record<string, string> };

/** Autosave of one item. Whatever the browser sends is parsed here first. */
export async function saveAnswerAction(input: unknown): Promise<SaveAnswerResult> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const parsed = saveAnswerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid_input", fieldErrors: fieldErrorsOf(parsed.error) };
  return saveAnswer(member, parsed.data);
}

const confirmSchema = z.object({
  assessmentId: z.string().min(1).max(64),
  baseRevision: z.number().int().positive(),
  itemIds: z.array(z.string().max(100)).max(100),
});

export async function confirmCarriedOverAction(input: unknown): Promise<SaveAnswerResult> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const parsed = confirmSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid_input", fieldErrors: fieldErrorsOf(parsed.error) };
  return confirmCarriedOver(member, parsed.data);
}

const completeSchema = z.object({ assessmentId: z.string().min(1).max(64), baseRevision: z.number().int().positive() });

export async function completeAssessmentAction(input: unknown): Promise<CompleteOutcome | { ok: false; reason: "invalid_input" }> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const parsed = completeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid_input" };
  const outcome = await completeAssessment(member, parsed.data);
  if (outcome.ok) revalidatePath("/workspace", "layout");
  return outcome;
}

const reopenTargetSchema = z.object({ organisationId: z.string().min(1).max(64), assessmentId: z.string().min(1).max(64) });

export async function reopenAssessmentAction(
  target: { organisationId: string; assessmentId: string },
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const ids = reopenTargetSchema.safeParse(target);
  const values = submittedValues(formData, ["reason"]);
  const submission = nextSubmission(previous);
  if (!ids.success) return { submission, values, fieldErrors: {}, formError: "notFound" };
  const parsed = reopenSchema.safeParse(values);
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = await reopenAssessment(member, { assessmentId: ids.data.assessmentId, reason: parsed.data.reason });
  if (!outcome.ok) {
    const formError = outcome.reason === "forbidden" ? "reopenForbidden" : outcome.reason === "not_completed" ? "alreadyOpen" : "notFound";
    return { submission, values, fieldErrors: {}, formError };
  }
  revalidatePath("/workspace", "layout");
  redirect(`${organisationPath(ids.data.organisationId)}/assessments/${ids.data.assessmentId}`);
}
