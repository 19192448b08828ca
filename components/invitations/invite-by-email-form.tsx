"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { CreatedLink } from "./created-link";

/** Invites someone by e-mail address and shows the single-use link to pass on. */
export function InviteByEmailForm({
  action,
  emailLabel,
  submitLabel,
  linkId,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  emailLabel: string;
  submitLabel: string;
  linkId: string;
}) {
  const t = useTranslations("team");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(action, initialFormState);
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  const emailError = errorText(state.fieldErrors.email);
  return (
    <div className="space-y-4">
      <form key={state.submission} ref={formRef} action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
        {state.formError && (
          <p role="alert" className="w-full text-sm text-red-700">
            {te(state.formError)}
          </p>
        )}
        <div className="min-w-64 flex-1">
          <TextField name="email" type="email" label={emailLabel} defaultValue={state.values.email} error={emailError} required />
        </div>
        <SubmitButton pendingLabel={t("inviting")}>{submitLabel}</SubmitButton>
      </form>
      {state.success && <CreatedLink id={linkId} link={state.success} />}
    </div>
  );
}
