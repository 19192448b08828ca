"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { signInAction } from "./actions";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/fields";
import { initialFormState } from "@/lib/actions/form-state";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";

export function SignInForm() {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const [state, action] = useActionState(signInAction, initialFormState);
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  const error = (field: string) => errorText(state.fieldErrors[field]);
  return (
    <form key={state.submission} ref={formRef} action={action} className="space-y-4" noValidate>
      <FormMessage message={state.formError ? te(state.formError) : undefined} />
      <TextField name="email" type="email" label={t("email")} autoComplete="email" defaultValue={state.values.email} error={error("email")} required />
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" error={error("password")} required />
      <SubmitButton pendingLabel={t("signingIn")}>{t("signIn")}</SubmitButton>
    </form>
  );
}
