"use client";

import { useTranslations } from "next-intl";
import { PASSWORD_MIN } from "@/components/auth/limits";
import { useErrorText } from "@/components/ui/error-text";
import { TextField } from "@/components/ui/fields";

/** A new password, typed twice, with their errors. */
export function NewPasswordFields({ fieldErrors }: { fieldErrors: Record<string, string> }) {
  const t = useTranslations("account");
  const errorText = useErrorText();
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={t("newPassword")}
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        autoComplete="new-password"
        error={errorText(fieldErrors.password)}
        required
      />
      <TextField
        name="passwordAgain"
        type="password"
        label={t("newPasswordAgain")}
        autoComplete="new-password"
        error={errorText(fieldErrors.passwordAgain)}
        required
      />
    </>
  );
}
