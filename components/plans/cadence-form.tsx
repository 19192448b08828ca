"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { SubmitButton } from "@/components/ui/fields";
import { CADENCES } from "@/lib/curve/vocabulary";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export function CadenceForm({ action, months }: { action: (state: FormState, formData: FormData) => Promise<FormState>; months: number | null }) {
  const t = useTranslations("plans");
  const errorText = useErrorText();
  const [state, formAction] = useActionState(action, { ...initialFormState, values: { months: months ? String(months) : "" } });
  return (
    <form key={state.submission} action={formAction} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="months" className="block text-sm font-medium">
          {t("cadence")}
        </label>
        <select id="months" name="months" defaultValue={state.values.months} className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2">
          <option value="">{t("noCadence")}</option>
          {CADENCES.map((value) => (
            <option key={value} value={value}>
              {t("everyMonths", { months: value })}
            </option>
          ))}
        </select>
        {state.fieldErrors.months && <p className="field-error mt-1 text-sm text-red-700">{errorText(state.fieldErrors.months)}</p>}
      </div>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      {state.success && (
        <p role="status" className="text-sm text-green-800">
          {t("saved")}
        </p>
      )}
    </form>
  );
}
