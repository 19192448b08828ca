"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { NewPasswordFields } from "./new-password-fields";
import { initialFormState } from "@/lib/actions/form-state";
import { confirmEmailChangeAction, requestPasswordResetAction, resetPasswordAction } from "./actions";

/** The same answer whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(requestPasswordResetAction, initialFormState);
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  if (state.success) {
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-3 text-green-900">
        {t("resetRequested", { email: state.values.email ?? "" })}
      </p>
    );
  }
  return (
    <form key={state.submission} ref={formRef} action={action} className="space-y-4" noValidate>
      <FormMessage message={errorText(state.formError)} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        defaultValue={state.values.email}
        error={errorText(state.fieldErrors.email)}
        required
      />
      <SubmitButton pendingLabel={t("sending")}>{t("sendResetLink")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  return (
    <form key={state.submission} ref={formRef} action={action} className="space-y-4" noValidate>
      <FormMessage message={errorText(state.formError)} />
      <NewPasswordFields fieldErrors={state.fieldErrors} />
      <SubmitButton pendingLabel={t("saving")}>{t("setPassword")}</SubmitButton>
    </form>
  );
}

export function ConfirmEmailForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(confirmEmailChangeAction, initialFormState);
  const errorText = useErrorText();
  if (state.success) {
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-3 text-green-900">
        {t("emailChanged", { email: state.values.email ?? "" })}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <FormMessage message={errorText(state.formError)} />
      <SubmitButton pendingLabel={t("saving")}>{t("confirmEmail")}</SubmitButton>
    </form>
  );
}
