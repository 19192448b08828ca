"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/fields";
import { initialFormState, type FormState } from "@/lib/validation/form-state";

export function TargetsForm({
  action,
  dimensions,
  stageNames,
  initialValues,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  dimensions: { id: string; name: string; current: string }[];
  stageNames: Record<number, string>;
  initialValues: Record<string, string>;
}) {
  const t = useTranslations("plans");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(action, { ...initialFormState, values: initialValues });
  return (
    <form key={state.submission} action={formAction} className="space-y-3" noValidate>
      <FormMessage message={state.formError ? te(state.formError) : undefined} />
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("targetsTitle")}</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3">{t("dimension")}</th>
            <th scope="col" className="py-1 pr-3">{t("currentStage")}</th>
            <th scope="col" className="py-1 pr-3">{t("targetStage")}</th>
            <th scope="col" className="py-1">{t("targetDate")}</th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((dimension) => {
            const stageError = state.fieldErrors[`stage.${dimension.id}`];
            const dateError = state.fieldErrors[`date.${dimension.id}`];
            return (
              <tr key={dimension.id} className="border-t border-slate-100">
                <th scope="row" className="py-2 pr-3 font-medium">{dimension.name}</th>
                <td className="py-2 pr-3">{dimension.current}</td>
                <td className="py-2 pr-3">
                  <label className="sr-only" htmlFor={`stage.${dimension.id}`}>{t("targetStageFor", { dimension: dimension.name })}</label>
                  <select id={`stage.${dimension.id}`} name={`stage.${dimension.id}`} defaultValue={state.values[`stage.${dimension.id}`] ?? ""} aria-invalid={stageError ? true : undefined} className="rounded-md border border-slate-300 bg-white px-2 py-1">
                    <option value="">{t("noTarget")}</option>
                    {[1, 2, 3, 4].map((stage) => (
                      <option key={stage} value={stage}>{stageNames[stage]}</option>
                    ))}
                  </select>
                  {stageError && <p className="field-error text-xs text-red-700">{te(stageError)}</p>}
                </td>
                <td className="py-2">
                  <label className="sr-only" htmlFor={`date.${dimension.id}`}>{t("targetDateFor", { dimension: dimension.name })}</label>
                  <input type="date" id={`date.${dimension.id}`} name={`date.${dimension.id}`} defaultValue={state.values[`date.${dimension.id}`] ?? ""} aria-invalid={dateError ? true : undefined} className="rounded-md border border-slate-300 px-2 py-1" />
                  {dateError && <p className="field-error text-xs text-red-700">{te(dateError)}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel={t("saving")}>{t("saveTargets")}</SubmitButton>
        {state.success && <p role="status" className="text-sm text-green-800">{t("saved")}</p>}
      </div>
    </form>
  );
}
