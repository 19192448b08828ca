import { z } from "zod";
import { SKIPS } from "@/lib/curve";
import { calendarDate, recordId, trimmed } from "@/lib/actions/fields";
import type { SaveAnswerInput, StartAssessmentInput } from "@/lib/server/assessments";
import { REOPEN_REASON_MIN } from "./limits";

const ASSESSMENT_TITLE_MAX = 120;
const NOTES_MAX = 20_000;
const EVIDENCE_LINKS_MAX = 20;
/** Assessments may be dated up to this many days ahead (planned sessions), not further. */
const MAX_DAYS_AHEAD = 31;

export function startAssessmentSchema(today: Date = new Date()): z.ZodType<StartAssessmentInput, unknown> {
  const latest = new Date(today.getTime() + MAX_DAYS_AHEAD * 86_400_000);
  return z
    .object({
      title: z.preprocess(trimmed, z.string().min(1, "required").max(ASSESSMENT_TITLE_MAX, "tooLong")),
      assessedOn: calendarDate.refine((date) => date <= latest, "dateTooFarAhead").refine((date) => date.getUTCFullYear() >= 2000, "invalidDate"),
      scope: z.enum(["organisation", "channel"], { error: "invalidChoice" }),
      channel: z.preprocess(trimmed, z.string().max(60, "tooLong")),
      baseline: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
    })
    .superRefine((input, ctx) => {
      if (input.scope === "channel" && !input.channel) ctx.addIssue({ code: "custom", path: ["channel"], message: "required" });
    })
    .transform((input) => ({ ...input, channel: input.scope === "channel" ? input.channel : null }));
}

const evidenceLink = z
  .string()
  .trim()
  .max(2000, "tooLong")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
    } catch {
      return false;
    }
  }, "invalidEvidenceLink");

export const choiceSchema = z.union([z.object({ optionId: z.string().min(1).max(120) }).strict(), z.object({ skip: z.enum(SKIPS) }).strict(), z.null()]);

export const saveAnswerSchema: z.ZodType<SaveAnswerInput, unknown> = z.object({
  assessmentId: recordId,
  baseRevision: z.number().int().positive(),
  itemId: z.string().min(1).max(100),
  choice: choiceSchema,
  notes: z.string().max(NOTES_MAX, "notesTooLong"),
  evidenceLinks: z.array(evidenceLink).max(EVIDENCE_LINKS_MAX, "tooManyLinks"),
});

export const confirmCarriedOverSchema = z.object({
  assessmentId: recordId,
  baseRevision: z.number().int().positive(),
  itemIds: z.array(z.string().max(100)).max(100),
});

export const completeAssessmentSchema = z.object({ assessmentId: recordId, baseRevision: z.number().int().positive() });

export const reopenSchema = z.object({
  reason: z.preprocess(trimmed, z.string().min(REOPEN_REASON_MIN, "reasonTooShort").max(500, "tooLong")),
});
