import { z } from "zod";

import { PASSWORD_MAX, PASSWORD_MIN } from "./limits";

export { PASSWORD_MAX, PASSWORD_MIN };

const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : "");

export const emailSchema = z.preprocess(
  (value) => trimmed(value).toLowerCase(),
  z.string().min(1, "required").max(254, "tooLong").pipe(z.email({ error: "invalidEmail" })),
);

const nameSchema = z.preprocess(trimmed, z.string().min(1, "required").max(100, "tooLong"));

const newPasswordSchema = z
  .string({ error: "required" })
  .min(PASSWORD_MIN, "passwordTooShort")
  .max(PASSWORD_MAX, "tooLong");

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "required" }).min(1, "required").max(PASSWORD_MAX, "tooLong"),
});

export const signUpSchema = z.object({
  name: nameSchema,
  workspaceName: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.output<typeof signUpSchema>;

export const acceptInvitationSchema = z.object({
  name: nameSchema,
  password: newPasswordSchema,
});

export const inviteConsultantSchema = z.object({ email: emailSchema });
