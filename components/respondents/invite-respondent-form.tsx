"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { CreatedLink } from "@/components/invitations/created-link";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { LOCALES, type Locale } from "@/lib/i18n/locale";

export function InviteRespondentForm({
  action,
  raterGroups,
  defaultLocale,
  mailConfigured,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  raterGroups: { value: string; label: string }[];
  defaultLocale: Locale;
  mailConfigured: boolean;
}) {
  const t = useTranslations("respond");
  const [state, formAction] = useActionState(action, initialFormState);
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  const error = (field: string) => errorText(state.fieldErrors[field]);
  const sentTo = state.values.sentTo;
  return (
    <div className="space-y-4">
      <form key={state.submission} ref={formRef} action={formAction} className="grid items-start gap-3 sm:grid-cols-2" noValidate>
        <div className="sm:col-span-2">
          <FormMessage message={errorText(state.formError)} />
        </div>
        <TextField name="name" label={t("nameLabel")} hint={t("nameHint")} defaultValue={state.values.name} error={error("name")} />
        <SelectField
          name="raterGroup"
          label={t("raterGroupLabel")}
          placeholder={t("choose")}
          options={raterGroups}
          defaultValue={state.values.raterGroup}
          error={error("raterGroup")}
          required
        />
        <TextField name="email" type="email" label={t("emailLabel")} hint={t("emailHint")} defaultValue={state.values.email} error={error("email")} />
        <SelectField
          id="respondent-language"
          name="language"
          label={t("languageLabel")}
          options={LOCALES.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
          defaultValue={state.values.language || defaultLocale}
          error={error("language")}
        />
        <div className="sm:col-span-2">
          <SubmitButton pendingLabel={t("creating")}>{t("createLink")}</SubmitButton>
        </div>
      </form>
      {state.success && (
        <div className="space-y-2">
          {sentTo && (
            <p role="status" className="text-sm text-slate-800">
              {mailConfigured ? t("mailQueued", { email: sentTo }) : t("mailNotConfigured")}
            </p>
          )}
          <CreatedLink id="respondent-link" link={state.success} />
        </div>
      )}
    </div>
  );
}
