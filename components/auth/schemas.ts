import { z } from "zod";

import { trimmed } from "@/lib/actions/fields";
import type { SignUpInput } from "@/lib/server/accounts";
import { PASSWORD_MAX, PASSWORD_MIN } from "./limits";

export const emailSchema = z.preprocess(
  (value) => trimmed(value).toLowerCase(),
  z
    .string()
    .min(1, "required")
    .max(254, "tooLong")
    .pipe(z.email({ error: "invalidEmail" })),
);

export const nameSchema = z.preprocess(trimmed, z.string().min(1, "required").max(100, "tooLong"));

export const newPasswordSchema = z.string({ error: "required" }).min(PASSWORD_MIN, "passwordTooShort").max(PASSWORD_MAX, "tooLong");

/** Signing out takes no fields. */
export const signOutSchema = z.object({});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "required" }).min(1, "required").max(PASSWORD_MAX, "tooLong"),
});

export const signUpSchema: z.ZodType<SignUpInput, unknown> = z.object({
  name: nameSchema,
  workspaceName: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});
