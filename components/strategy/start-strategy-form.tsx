"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { FormMessage, SelectField, SubmitButton } from "@/components/ui/fields";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/** Starts a strategy for the organisation or one of its channels, from the template, an example or nothing. */
export function StartStrategyForm({
  action,
  channels,
  starts,
  suggested,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** "" is the whole organisation. */
  channels: { value: string; label: string }[];
  starts: { value: string; label: string }[];
  suggested: { channel: string; start: string };
}) {
  const t = useTranslations("strategy");
  const errorText = useErrorText();
  const [state, formAction] = useActionState(action, { ...initialFormState, values: suggested });
  const error = (field: string) => {
    const key = state.fieldErrors[field];
    return key === "strategyExists" ? t("strategyExists") : errorText(key);
  };
  return (
    <form key={state.submission} action={formAction} className="grid gap-4 sm:grid-cols-2">
      <SelectField name="channel" label={t("start.channel")} options={channels} defaultValue={state.values.channel} error={error("channel")} />
      <SelectField name="start" label={t("start.from")} hint={t("start.fromHint")} options={starts} defaultValue={state.values.start} error={error("start")} />
      <div className="sm:col-span-2">
        <FormMessage message={state.formError ? errorText(state.formError) : undefined} />
        <SubmitButton pendingLabel={t("start.starting")}>{t("start.submit")}</SubmitButton>
      </div>
    </form>
  );
}
