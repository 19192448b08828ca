import { z } from "zod";
import { emailSchema } from "@/components/auth/schemas";
import { localeField, recordId } from "@/lib/actions/fields";

export const inviteConsultantSchema = z.object({ email: emailSchema, language: localeField });
export const invitationTarget = z.object({ invitationId: recordId });
export const memberTarget = z.object({ userId: recordId });
export const memberRoleChange = z.object({ userId: recordId, role: z.enum(["OWNER", "CONSULTANT"]) });
