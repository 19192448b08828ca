"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { SubmitButton, TextField } from "@/components/ui/fields";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/** After how many days respondents who have not handed in get their one reminder. */
export function ReminderDaysForm({ action, days }: { action: (state: FormState, formData: FormData) => Promise<FormState>; days: number }) {
  const t = useTranslations("respond");
  const [state, formAction] = useActionState(action, { ...initialFormState, values: { days: String(days) } });
  const errorText = useErrorText();
  return (
    <form key={state.submission} action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <div className="w-40">
        <TextField
          name="days"
          type="number"
          label={t("reminderDaysLabel")}
          defaultValue={state.values.days}
          error={errorText(state.fieldErrors.days)}
          required
        />
      </div>
      <SubmitButton pendingLabel={t("saving")}>{t("saveReminderDays")}</SubmitButton>
      <p className="basis-full text-sm text-slate-600" role={state.success ? "status" : undefined}>
        {state.success ? t("reminderDaysSaved") : t("reminderDaysHint")}
      </p>
    </form>
  );
}
