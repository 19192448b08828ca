"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { acceptInvitationAction } from "./actions";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { PASSWORD_MIN } from "@/components/auth/limits";
import { initialFormState } from "@/lib/actions/form-state";

/** Accepting an invitation: consultants join the workspace, client viewers get their dashboard. */
export function AcceptInvitationForm({ email, forClient }: { email: string; forClient: boolean }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const [state, action] = useActionState(acceptInvitationAction, initialFormState);
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  const error = (field: string) => errorText(state.fieldErrors[field]);
  return (
    <form key={state.submission} ref={formRef} action={action} className="space-y-4" noValidate>
      <FormMessage message={state.formError ? te(state.formError) : undefined} />
      <p className="text-sm text-slate-700">
        {t("email")}: <strong>{email}</strong>
      </p>
      <TextField name="name" label={t(forClient ? "clientName" : "name")} autoComplete="name" defaultValue={state.values.name} error={error("name")} required />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        autoComplete="new-password"
        error={error("password")}
        required
      />
      <SubmitButton pendingLabel={t("creatingAccount")}>{t(forClient ? "acceptClientInvitation" : "acceptInvitation")}</SubmitButton>
    </form>
  );
}
