import { z } from "zod";
import { nameSchema, newPasswordSchema } from "@/components/auth/schemas";

export const acceptInvitationSchema = z.object({ name: nameSchema, password: newPasswordSchema });
