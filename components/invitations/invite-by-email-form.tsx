"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { CreatedLink } from "./created-link";

/**
 * Invites someone by e-mail address, in the language chosen for them, and shows the
 * single-use link to pass on as well (the only way when no mail server is configured).
 */
export function InviteByEmailForm({
  action,
  emailLabel,
  submitLabel,
  linkId,
  defaultLocale,
  mailConfigured,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  emailLabel: string;
  submitLabel: string;
  linkId: string;
  defaultLocale: Locale;
  mailConfigured: boolean;
}) {
  const t = useTranslations("team");
  const [state, formAction] = useActionState(action, initialFormState);
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  return (
    <div className="space-y-4">
      <form key={state.submission} ref={formRef} action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
        {state.formError && (
          <p role="alert" className="w-full text-sm text-red-700">
            {errorText(state.formError)}
          </p>
        )}
        <div className="min-w-64 flex-1">
          <TextField name="email" type="email" label={emailLabel} defaultValue={state.values.email} error={errorText(state.fieldErrors.email)} required />
        </div>
        <div className="w-44">
          <SelectField
            id={`${linkId}-language`}
            name="language"
            label={t("mailLanguage")}
            defaultValue={state.values.language || defaultLocale}
            error={errorText(state.fieldErrors.language)}
            options={LOCALES.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
          />
        </div>
        <SubmitButton pendingLabel={t("inviting")}>{submitLabel}</SubmitButton>
      </form>
      {state.success && (
        <div className="space-y-2">
          <p role="status" className="text-sm text-slate-800">
            {mailConfigured ? t("mailQueued", { email: state.values.sentTo ?? "" }) : t("mailNotConfigured")}
          </p>
          <CreatedLink id={linkId} link={state.success} />
        </div>
      )}
    </div>
  );
}
