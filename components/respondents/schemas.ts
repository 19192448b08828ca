import { z } from "zod";
import { RATER_GROUPS } from "@/lib/curve";
import { recordId, trimmed } from "@/lib/actions/fields";
import { choiceSchema } from "@/components/assessments/schemas";

const RESPONDENT_NAME_MAX = 100;

/** An empty name invites an anonymous respondent. */
export const inviteRespondentSchema = z.object({
  name: z.preprocess(trimmed, z.string().max(RESPONDENT_NAME_MAX, "tooLong")),
  raterGroup: z.enum(RATER_GROUPS, { error: "invalidChoice" }),
});

export const respondentTarget = z.object({ organisationId: recordId, assessmentId: recordId, respondentId: recordId });
export const roundTarget = z.object({ organisationId: recordId, assessmentId: recordId });

export const respondentAnswerSchema = z.object({ itemId: z.string().min(1).max(100), choice: choiceSchema }).strict();
