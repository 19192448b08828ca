import { z } from "zod";
import { SKIPS, type Skip } from "@/lib/curve";
import { localeField, recordId } from "@/lib/actions/fields";
import { emailSchema } from "@/components/auth/schemas";

export const inviteClientSchema = z.object({ email: emailSchema, language: localeField });
export const clientInvitationTarget = z.object({ organisationId: recordId, invitationId: recordId });
export const clientViewerTarget = z.object({ organisationId: recordId, userId: recordId });
export const clientActionsSwitch = z.object({ organisationId: recordId, allowed: z.enum(["true", "false"]).transform((value) => value === "true") });
export const resultsMailSwitch = z.object({ organisationId: recordId, on: z.enum(["true", "false"]).transform((value) => value === "true") });
export const actionItemTarget = z.object({ actionItemId: recordId, done: z.enum(["true", "false"]).transform((value) => value === "true") });

type PulseAnswer = { itemId: string; optionId: string } | { itemId: string; skip: Skip };

/**
 * A pulse form sends one field per question, named after its item: an option id, or
 * "dont_know"/"not_applicable". Every question needs an answer.
 */
export function pulseSchema(itemIds: readonly string[]) {
  return z
    .object(Object.fromEntries(itemIds.map((itemId) => [itemId, z.string().min(1, "answerRequired").max(120, "invalidAnswer")])))
    .transform((values): PulseAnswer[] =>
      itemIds.map((itemId) => {
        const value = values[itemId] as string;
        return (SKIPS as readonly string[]).includes(value) ? { itemId, skip: value as Skip } : { itemId, optionId: value };
      }),
    );
}
