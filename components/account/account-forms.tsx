"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { NewPasswordFields } from "./new-password-fields";
import { initialFormState } from "@/lib/actions/form-state";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { changePasswordAction, requestEmailChangeAction, updateProfileAction } from "./actions";

export function ProfileForm({ name, locale, digestsEnabled, showDigests }: { name: string; locale: Locale; digestsEnabled: boolean; showDigests: boolean }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(updateProfileAction, {
    ...initialFormState,
    values: { name, language: locale, digests: digestsEnabled ? "on" : "" },
  });
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  return (
    <form key={state.submission} ref={formRef} action={action} className="space-y-4" noValidate>
      <FormMessage message={state.success ? t("profileSaved") : undefined} tone="success" />
      <TextField name="name" label={t("name")} autoComplete="name" defaultValue={state.values.name} error={errorText(state.fieldErrors.name)} required />
      <SelectField
        name="language"
        label={t("language")}
        hint={t("languageHint")}
        options={LOCALES.map((value) => ({ value, label: t(`languages.${value}`) }))}
        defaultValue={state.values.language}
        error={errorText(state.fieldErrors.language)}
      />
      {showDigests ? (
        <div className="flex items-start gap-2">
          <input
            id="digests"
            name="digests"
            type="checkbox"
            defaultChecked={state.values.digests === "on"}
            className="mt-1 h-4 w-4"
            aria-describedby="digests-hint"
          />
          <div>
            <label htmlFor="digests" className="font-medium text-slate-800">
              {t("digests")}
            </label>
            <p id="digests-hint" className="text-sm text-slate-600">
              {t("digestsHint")}
            </p>
          </div>
        </div>
      ) : (
        <input type="hidden" name="digests" value={state.values.digests} />
      )}
      <SubmitButton pendingLabel={t("saving")}>{t("saveProfile")}</SubmitButton>
    </form>
  );
}

export function EmailChangeForm({ email, pendingEmail }: { email: string; pendingEmail: string | null }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(requestEmailChangeAction, initialFormState);
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  const waitingFor = state.values.sentTo || pendingEmail;
  return (
    <form key={state.submission} ref={formRef} action={action} className="space-y-4" noValidate>
      <p className="text-slate-700">{t("currentEmail", { email })}</p>
      {waitingFor && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("emailChangePending", { email: waitingFor })}
        </p>
      )}
      <TextField
        name="newEmail"
        type="email"
        label={t("newEmail")}
        autoComplete="email"
        defaultValue={state.values.newEmail}
        error={errorText(state.fieldErrors.newEmail)}
        required
      />
      <TextField
        id="email-current-password"
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        error={errorText(state.fieldErrors.currentPassword)}
        required
      />
      <SubmitButton pendingLabel={t("sending")}>{t("changeEmail")}</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  return (
    <form key={state.submission} ref={formRef} action={action} className="space-y-4" noValidate>
      <FormMessage message={errorText(state.formError)} />
      <TextField
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        error={errorText(state.fieldErrors.currentPassword)}
        required
      />
      <NewPasswordFields fieldErrors={state.fieldErrors} />
      <SubmitButton pendingLabel={t("saving")}>{t("changePassword")}</SubmitButton>
    </form>
  );
}
