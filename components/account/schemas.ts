import { z } from "zod";
import { emailSchema, nameSchema, newPasswordSchema } from "@/components/auth/schemas";
import { PASSWORD_MAX } from "@/components/auth/limits";
import { localeField } from "@/lib/actions/fields";

const currentPassword = z.string({ error: "required" }).min(1, "required").max(PASSWORD_MAX, "tooLong");

export const forgotPasswordSchema = z.object({ email: emailSchema });

/** A new password, typed twice. */
export const newPasswordTwiceSchema = z
  .object({ password: newPasswordSchema, passwordAgain: z.string({ error: "required" }).min(1, "required").max(PASSWORD_MAX, "tooLong") })
  .refine((input) => input.password === input.passwordAgain, { path: ["passwordAgain"], message: "passwordsDiffer" });

export const changePasswordSchema = z
  .object({
    currentPassword,
    password: newPasswordSchema,
    passwordAgain: z.string({ error: "required" }).min(1, "required").max(PASSWORD_MAX, "tooLong"),
  })
  .refine((input) => input.password === input.passwordAgain, { path: ["passwordAgain"], message: "passwordsDiffer" });

export const profileSchema = z.object({
  name: nameSchema,
  language: localeField,
  // A checkbox sends "on" when ticked and nothing otherwise.
  digests: z.preprocess((value) => value === "on", z.boolean()),
});

export const emailChangeSchema = z.object({ newEmail: emailSchema, currentPassword });

export const NOTHING = z.object({});

/** The confirmed form says so: nothing else ends every session. */
export const signOutEverywhereSchema = z.object({ confirm: z.literal("everywhere") });
