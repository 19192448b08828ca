"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { signUpAction } from "./actions";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { PASSWORD_MIN } from "./limits";
import { initialFormState } from "@/lib/actions/form-state";

export function SignUpForm() {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const [state, action] = useActionState(signUpAction, initialFormState);
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  const error = (field: string) => errorText(state.fieldErrors[field]);
  return (
    <form key={state.submission} ref={formRef} action={action} className="space-y-4" noValidate>
      <FormMessage message={state.formError ? te(state.formError) : undefined} />
      <TextField name="name" label={t("name")} autoComplete="name" defaultValue={state.values.name} error={error("name")} required />
      <TextField
        name="workspaceName"
        label={t("workspaceName")}
        hint={t("workspaceNameHint")}
        autoComplete="organization"
        defaultValue={state.values.workspaceName}
        error={error("workspaceName")}
        required
      />
      <TextField name="email" type="email" label={t("email")} autoComplete="email" defaultValue={state.values.email} error={error("email")} required />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        autoComplete="new-password"
        error={error("password")}
        required
      />
      <SubmitButton pendingLabel={t("creatingAccount")}>{t("createAccount")}</SubmitButton>
    </form>
  );
}
