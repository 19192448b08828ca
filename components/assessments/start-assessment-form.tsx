"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export function StartAssessmentForm({
  action,
  defaults,
  hasBaseline,
  channels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: { title: string; assessedOn: string };
  hasBaseline: boolean;
  /** The organisation's own channels, offered for a channel assessment. */
  channels: string[];
}) {
  const t = useTranslations("assessments.start");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(action, {
    ...initialFormState,
    values: { ...defaults, scope: "organisation", baseline: hasBaseline ? "on" : "" },
  });
  const formRef = useFocusFirstError(state);
  const [scope, setScope] = useState(state.values.scope || "organisation");
  const errorText = useErrorText();
  const error = (field: string) => errorText(state.fieldErrors[field]);
  return (
    <form key={state.submission} ref={formRef} action={formAction} className="space-y-5" noValidate>
      <FormMessage message={state.formError ? te(state.formError) : undefined} />
      <TextField name="title" label={t("title")} defaultValue={state.values.title} error={error("title")} required />
      <TextField
        name="assessedOn"
        type="date"
        label={t("date")}
        hint={t("dateHint")}
        defaultValue={state.values.assessedOn}
        error={error("assessedOn")}
        required
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("scope")}</legend>
        <div className="mt-2 space-y-2">
          {(["organisation", "channel"] as const).map((option) => (
            <label key={option} className="flex items-center gap-2">
              <input type="radio" name="scope" value={option} defaultChecked={scope === option} onChange={() => setScope(option)} />
              {t(`scopes.${option}`)}
            </label>
          ))}
        </div>
        {error("scope") && (
          <p className="field-error mt-1 text-sm font-medium text-red-700" id="scope-error">
            {error("scope")}
          </p>
        )}
      </fieldset>
      {scope === "channel" && (
        <>
          <TextField
            name="channel"
            label={t("channel")}
            hint={t("channelHint")}
            defaultValue={state.values.channel}
            error={error("channel")}
            list="organisation-channels"
            required
          />
          <datalist id="organisation-channels">
            {channels.map((channel) => (
              <option key={channel} value={channel} />
            ))}
          </datalist>
        </>
      )}
      {hasBaseline && (
        <label className="flex items-start gap-2">
          <input type="checkbox" name="baseline" defaultChecked={state.values.baseline === "on"} className="mt-1" />
          <span>
            <span className="font-medium">{t("baseline")}</span>
            <span className="block text-sm text-slate-600">{t("baselineHint")}</span>
          </span>
        </label>
      )}
      <SubmitButton pendingLabel={t("starting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
