"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { FormMessage, SubmitButton } from "@/components/ui/fields";
import { DataTable } from "@/components/ui/table";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

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
  const errorText = useErrorText();
  const [state, formAction] = useActionState(action, { ...initialFormState, values: initialValues });
  return (
    <form key={state.submission} action={formAction} className="space-y-3" noValidate>
      <FormMessage message={state.formError ? te(state.formError) : undefined} />
      <DataTable
        caption={t("targetsTitle")}
        rows={dimensions}
        rowKey={(dimension) => dimension.id}
        columns={[
          { header: t("dimension"), rowHeader: true, cell: (dimension) => dimension.name },
          { header: t("currentStage"), cell: (dimension) => dimension.current },
          {
            header: t("targetStage"),
            cell: (dimension) => {
              const error = state.fieldErrors[`stage.${dimension.id}`];
              return (
                <>
                  <label className="sr-only" htmlFor={`stage.${dimension.id}`}>
                    {t("targetStageFor", { dimension: dimension.name })}
                  </label>
                  <select
                    id={`stage.${dimension.id}`}
                    name={`stage.${dimension.id}`}
                    defaultValue={state.values[`stage.${dimension.id}`] ?? ""}
                    aria-invalid={error ? true : undefined}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1"
                  >
                    <option value="">{t("noTarget")}</option>
                    {[1, 2, 3, 4].map((stage) => (
                      <option key={stage} value={stage}>
                        {stageNames[stage]}
                      </option>
                    ))}
                  </select>
                  {error && <p className="field-error text-xs text-red-700">{errorText(error)}</p>}
                </>
              );
            },
          },
          {
            header: t("targetDate"),
            cell: (dimension) => {
              const error = state.fieldErrors[`date.${dimension.id}`];
              return (
                <>
                  <label className="sr-only" htmlFor={`date.${dimension.id}`}>
                    {t("targetDateFor", { dimension: dimension.name })}
                  </label>
                  <input
                    type="date"
                    id={`date.${dimension.id}`}
                    name={`date.${dimension.id}`}
                    defaultValue={state.values[`date.${dimension.id}`] ?? ""}
                    aria-invalid={error ? true : undefined}
                    className="rounded-md border border-slate-300 px-2 py-1"
                  />
                  {error && <p className="field-error text-xs text-red-700">{te(error)}</p>}
                </>
              );
            },
          },
        ]}
      />
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel={t("saving")}>{t("saveTargets")}</SubmitButton>
        {state.success && (
          <p role="status" className="text-sm text-green-800">
            {t("saved")}
          </p>
        )}
      </div>
    </form>
  );
}
