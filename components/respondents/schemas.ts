import { z } from "zod";
import { RATER_GROUPS } from "@/lib/curve";
import { localeField, recordId, trimmed } from "@/lib/actions/fields";
import { choiceSchema } from "@/components/assessments/schemas";

const RESPONDENT_NAME_MAX = 100;

/** An empty name invites an anonymous respondent; an empty address makes a link to pass on by hand. */
export const inviteRespondentSchema = z.object({
  name: z.preprocess(trimmed, z.string().max(RESPONDENT_NAME_MAX, "tooLong")),
  raterGroup: z.enum(RATER_GROUPS, { error: "invalidChoice" }),
  email: z.preprocess(
    (value) => trimmed(value).toLowerCase(),
    z
      .string()
      .max(254, "tooLong")
      .refine((value) => value === "" || z.email().safeParse(value).success, "invalidEmail")
      .transform((value) => value || null),
  ),
  language: localeField,
});

const REMINDER_DAYS_MAX = 13;

/** Days after the invitation before one reminder goes out; 0 sends none. */
export const reminderDaysSchema = z.object({
  days: z.preprocess(
    trimmed,
    z
      .string()
      .min(1, "required")
      .regex(/^\d+$/, `numberBetween|min=0|max=${REMINDER_DAYS_MAX}`)
      .transform(Number)
      .pipe(z.number().int().min(0, `numberBetween|min=0|max=${REMINDER_DAYS_MAX}`).max(REMINDER_DAYS_MAX, `numberBetween|min=0|max=${REMINDER_DAYS_MAX}`)),
  ),
});

export const respondentTarget = z.object({ organisationId: recordId, assessmentId: recordId, respondentId: recordId });
export const roundTarget = z.object({ organisationId: recordId, assessmentId: recordId });

export const respondentAnswerSchema = z.object({ itemId: z.string().min(1).max(100), choice: choiceSchema }).strict();
