import { z } from "zod";
import { emailSchema } from "@/components/auth/schemas";
import { recordId } from "@/lib/actions/fields";

export const inviteConsultantSchema = z.object({ email: emailSchema });
export const invitationTarget = z.object({ invitationId: recordId });
