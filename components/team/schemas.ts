import { z } from "zod";
import { emailSchema } from "@/components/auth/schemas";

export const inviteConsultantSchema = z.object({ email: emailSchema });
export const invitationTarget = z.object({ invitationId: z.string().min(1).max(64) });
