import { z } from "zod";
import { SKIPS } from "@/lib/curve/scoring";

export const ASSESSMENT_TITLE_MAX = 120;
export const NOTES_MAX = 20_000;
export const EVIDENCE_LINKS_MAX = 20;
import { ACTION_STATUSES, CADENCES, REOPEN_REASON_MIN } from "./limits";

export { ACTION_STATUSES, CADENCES, REOPEN_REASON_MIN };
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** Assessments may be dated up to this many days ahead (planned sessions), not further. */
export const MAX_DAYS_AHEAD = 31;

const text = (value: unknown) => (typeof value === "string" ? value : "");
const trimmed = (value: unknown) => text(value).trim();

/** A calendar date as YYYY-MM-DD, read as midnight UTC. */
export const calendarDate = z.preprocess(
  trimmed,
  z
    .string()
    .min(1, "required")
    .regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate")
    .transform((value, ctx) => {
      const date = new Date(`${value}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: "custom", message: "invalidDate" });
        return z.NEVER;
      }
      return date;
    }),
);

const optionalCalendarDate = z.preprocess((value) => (trimmed(value) === "" ? undefined : value), calendarDate.optional());

export function startAssessmentSchema(today: Date = new Date()) {
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
export type StartAssessmentInput = z.output<ReturnType<typeof startAssessmentSchema>>;

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

export const saveAnswerSchema = z.object({
  assessmentId: z.string().min(1).max(64),
  baseRevision: z.number().int().positive(),
  itemId: z.string().min(1).max(100),
  choice: z.union([
    z.object({ optionId: z.string().min(1).max(120) }).strict(),
    z.object({ skip: z.enum(SKIPS) }).strict(),
    z.null(),
  ]),
  notes: z.string().max(NOTES_MAX, "notesTooLong"),
  evidenceLinks: z.array(evidenceLink).max(EVIDENCE_LINKS_MAX, "tooManyLinks"),
});
export type SaveAnswerInput = z.output<typeof saveAnswerSchema>;

export const reopenSchema = z.object({
  reason: z.preprocess(trimmed, z.string().min(REOPEN_REASON_MIN, "reasonTooShort").max(500, "tooLong")),
});

export const cadenceSchema = z.object({
  months: z.preprocess((value) => (value === "" || value === null || value === undefined ? null : Number(value)), z.union([z.null(), z.literal(3), z.literal(6), z.literal(12)], { error: "invalidChoice" })),
});

export const targetSchema = z.object({
  targetStage: z.preprocess((value) => (trimmed(value) === "" ? null : Number(value)), z.union([z.null(), z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "invalidChoice" })),
  targetDate: optionalCalendarDate,
});

export const actionItemSchema = z.object({
  title: z.preprocess(trimmed, z.string().min(1, "required").max(200, "tooLong")),
  dimensionId: z.preprocess((value) => (trimmed(value) === "" ? null : trimmed(value)), z.string().max(80).nullable()),
  ownerName: z.preprocess(trimmed, z.string().max(100, "tooLong")),
  dueDate: optionalCalendarDate,
  recommendationId: z.preprocess((value) => (trimmed(value) === "" ? null : trimmed(value)), z.string().max(120).nullable()),
});
export type ActionItemInput = z.output<typeof actionItemSchema>;

export const actionStatusSchema = z.enum(ACTION_STATUSES, { error: "invalidChoice" });
