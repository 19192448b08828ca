import { z } from "zod";
import { addDays, SKIPS } from "@/lib/curve";
import { calendarDateBetween, EARLIEST_DAY, normaliseWebAddress, recordId, trimmed } from "@/lib/actions/fields";
import type { SaveAnswerInput, StartAssessmentInput } from "@/lib/server/assessments";
import { REOPEN_REASON_MIN } from "./limits";

const ASSESSMENT_TITLE_MAX = 120;
const NOTES_MAX = 20_000;
const EVIDENCE_LINKS_MAX = 20;
/** Assessments may be dated up to this many days ahead (planned sessions), not further. */
const MAX_DAYS_AHEAD = 31;

export function startAssessmentSchema(today: Date = new Date()): z.ZodType<StartAssessmentInput, unknown> {
  const latest = addDays(today, MAX_DAYS_AHEAD);
  return z
    .object({
      title: z.preprocess(trimmed, z.string().min(1, "required").max(ASSESSMENT_TITLE_MAX, "tooLong")),
      assessedOn: calendarDateBetween(EARLIEST_DAY, latest),
      scope: z.enum(["organisation", "channel"], { error: "invalidChoice" }),
      channel: z.preprocess(trimmed, z.string().max(60, "tooLong")),
      baseline: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
    })
    .superRefine((input, ctx) => {
      if (input.scope === "channel" && !input.channel) ctx.addIssue({ code: "custom", path: ["channel"], message: "required" });
    })
    .transform((input) => ({ ...input, channel: input.scope === "channel" ? input.channel : null }));
}

/**
 * The evidence links as typed, one per line. An address without a scheme is taken as https://
 * (as people type them: www.instagram.com/bakery); a line that is no web address is kept apart,
 * so that the answer and its notes are saved all the same and the link is named as refused.
 */
const evidenceLinks = z
  .array(z.string().max(2000, "tooLong"))
  .max(EVIDENCE_LINKS_MAX, "tooManyLinks")
  .transform((lines) => {
    const links: string[] = [];
    const refused: string[] = [];
    for (const line of lines.map((entry) => entry.trim()).filter(Boolean)) {
      const address = normaliseWebAddress(line);
      if (address.valid && address.website) links.push(address.website);
      else refused.push(line);
    }
    return { links, refused };
  });

export const choiceSchema = z.union([z.object({ optionId: z.string().min(1).max(120) }).strict(), z.object({ skip: z.enum(SKIPS) }).strict(), z.null()]);

export const saveAnswerSchema: z.ZodType<SaveAnswerInput & { refusedLinks: string[] }, unknown> = z
  .object({
    assessmentId: recordId,
    baseRevision: z.number().int().positive(),
    itemId: z.string().min(1).max(100),
    choice: choiceSchema,
    notes: z.string().max(NOTES_MAX, "notesTooLong"),
    evidenceLinks,
  })
  .transform(({ evidenceLinks: { links, refused }, ...answer }) => ({ ...answer, evidenceLinks: links, refusedLinks: refused }));

export const confirmCarriedOverSchema = z.object({
  assessmentId: recordId,
  baseRevision: z.number().int().positive(),
  itemIds: z.array(z.string().max(100)).max(100),
});

export const completeAssessmentSchema = z.object({
  assessmentId: recordId,
  baseRevision: z.number().int().positive(),
  confirmCarriedOver: z.boolean().optional(),
});

export const reopenSchema = z.object({
  reason: z.preprocess(trimmed, z.string().min(REOPEN_REASON_MIN, "reasonTooShort").max(500, "tooLong")),
});
