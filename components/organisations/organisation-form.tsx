"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { CHANNEL_NAMES, CHANNELS, SECTORS, SIZE_BANDS } from "@/lib/curve/vocabulary";
import { ORGANISATION_NOTES_MAX, TAGS_MAX } from "./limits";

type Option = { value: string; label: string };

export function OrganisationForm({
  action,
  initialValues,
  countries,
  consultants,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: Record<string, string>;
  countries: Option[];
  consultants: Option[];
  submitLabel: string;
}) {
  const t = useTranslations("organisations");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(action, { ...initialFormState, values: initialValues });
  const formRef = useFocusFirstError(state);
  const values = state.values;
  const errorText = useErrorText();
  const error = (field: string) => errorText(state.fieldErrors[field]);
  const sectorOptions = SECTORS.map((sector) => ({ value: sector, label: t(`sectors.${sector}`) }));
  const sizeOptions = SIZE_BANDS.map((band) => ({ value: band, label: t(`sizeBands.${band}`) }));
  return (
    <form key={state.submission} ref={formRef} action={formAction} className="space-y-5" noValidate>
      <FormMessage message={state.formError ? te(state.formError) : undefined} />
      <TextField name="name" label={t("fields.name")} defaultValue={values.name} error={error("name")} required />
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField
          name="sector"
          label={t("fields.sector")}
          placeholder={t("choose")}
          options={sectorOptions}
          defaultValue={values.sector}
          error={error("sector")}
          required
        />
        <SelectField
          name="sizeBand"
          label={t("fields.sizeBand")}
          placeholder={t("choose")}
          options={sizeOptions}
          defaultValue={values.sizeBand}
          error={error("sizeBand")}
          required
        />
        <SelectField
          name="country"
          label={t("fields.country")}
          placeholder={t("choose")}
          options={countries}
          defaultValue={values.country}
          error={error("country")}
          required
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("fields.channels")}</legend>
        <p className="text-sm text-slate-600">{t("hints.channels")}</p>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {CHANNELS.map((channel) => (
            <label key={channel} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={`channel.${channel}`}
                defaultChecked={values[`channel.${channel}`] === "on"}
                className="h-4 w-4 rounded border-slate-400"
              />
              {CHANNEL_NAMES[channel]}
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        name="responsibleConsultantId"
        label={t("fields.responsibleConsultant")}
        placeholder={t("noConsultant")}
        options={consultants}
        defaultValue={values.responsibleConsultantId}
        error={error("responsibleConsultantId")}
      />
      <TextField name="website" label={t("fields.website")} hint={t("hints.website")} defaultValue={values.website} error={error("website")} />
      <TextField name="tags" label={t("fields.tags")} hint={t("hints.tags", { max: TAGS_MAX })} defaultValue={values.tags} error={error("tags")} />
      <TextAreaField
        name="notes"
        label={t("fields.notes")}
        hint={t("hints.notes", { max: ORGANISATION_NOTES_MAX })}
        defaultValue={values.notes}
        error={error("notes")}
        rows={5}
      />
      <div className="flex items-start gap-2">
        <input
          id="notesShared"
          name="notesShared"
          type="checkbox"
          defaultChecked={values.notesShared === "on"}
          className="mt-1 h-4 w-4 rounded border-slate-400"
        />
        <label htmlFor="notesShared" className="text-sm">
          {t("fields.notesShared")}
          <span className="block text-slate-600">{t("hints.notesShared")}</span>
        </label>
      </div>
      <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
    </form>
  );
}
