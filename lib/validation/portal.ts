import { z } from "zod";
import { RATER_GROUPS } from "@/lib/curve/respondents";
import { SKIPS } from "@/lib/curve/scoring";
import { emailSchema } from "./account";
import { formField } from "./form-errors";

export const RESPONDENT_NAME_MAX = 100;

const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : "");

export const inviteClientSchema = z.object({ email: emailSchema });

/** An empty name invites an anonymous respondent. */
export const inviteRespondentSchema = z.object({
  name: z.preprocess(trimmed, z.string().max(RESPONDENT_NAME_MAX, "tooLong")),
  raterGroup: z.enum(RATER_GROUPS, { error: "invalidChoice" }),
});

export const choiceSchema = z.union([
  z.object({ optionId: z.string().min(1).max(120) }).strict(),
  z.object({ skip: z.enum(SKIPS) }).strict(),
  z.null(),
]);

/**
 * A pulse form sends one field per question, named after its item: an option id, or
 * "dont_know"/"not_applicable". Every question needs an answer.
 */
export function parsePulseForm(
  formData: unknown,
  itemIds: readonly string[],
): { ok: true; answers: ({ itemId: string; optionId: string } | { itemId: string; skip: (typeof SKIPS)[number] })[] } | { ok: false; fieldErrors: Record<string, string>; values: Record<string, string> } {
  const values: Record<string, string> = {};
  const fieldErrors: Record<string, string> = {};
  const answers = [];
  for (const itemId of itemIds) {
    const value = formField(formData, itemId).slice(0, 120);
    values[itemId] = value;
    if (!value) fieldErrors[itemId] = "answerRequired";
    else if ((SKIPS as readonly string[]).includes(value)) answers.push({ itemId, skip: value as (typeof SKIPS)[number] });
    else answers.push({ itemId, optionId: value });
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors, values } : { ok: true, answers };
}
