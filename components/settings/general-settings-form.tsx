"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialFormState } from "@/lib/actions/form-state";
import { LOCALES } from "@/lib/i18n/locale";
import { saveWorkspaceSettingsAction } from "./actions";

/** The workspace's name, time zone and default language. */
export function GeneralSettingsForm({ current, timeZones }: { current: { name: string; timeZone: string; defaultLocale: string }; timeZones: string[] }) {
  const t = useTranslations("settings.general");
  const [state, action] = useActionState(saveWorkspaceSettingsAction, { ...initialFormState, values: current });
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  return (
    <form key={state.submission} ref={formRef} action={action} className="space-y-4" noValidate>
      <FormMessage message={state.success ? t("saved") : undefined} tone="success" />
      <TextField name="name" label={t("name")} defaultValue={state.values.name} error={errorText(state.fieldErrors.name)} required />
      <SelectField
        name="timeZone"
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
        defaultValue={state.values.timeZone}
        error={errorText(state.fieldErrors.timeZone)}
      />
      <SelectField
        name="defaultLocale"
        label={t("defaultLocale")}
        hint={t("defaultLocaleHint")}
        options={LOCALES.map((value) => ({ value, label: t(`languages.${value}`) }))}
        defaultValue={state.values.defaultLocale}
        error={errorText(state.fieldErrors.defaultLocale)}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
