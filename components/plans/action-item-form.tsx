"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export function ActionItemForm({
  action,
  dimensions,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  dimensions: { value: string; label: string }[];
}) {
  const t = useTranslations("plans");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(action, initialFormState);
  const formRef = useFocusFirstError(state);
  const error = (field: string) => (state.fieldErrors[field] ? te(state.fieldErrors[field]) : undefined);
  return (
    <form key={state.submission} ref={formRef} action={formAction} className="grid gap-3 sm:grid-cols-4" noValidate>
      <div className="sm:col-span-4">
        <FormMessage message={state.formError ? te(state.formError) : undefined} />
        {state.success && (
          <p role="status" className="text-sm text-green-800">
            {t("actionAdded")}
          </p>
        )}
      </div>
      <div className="sm:col-span-2">
        <TextField name="title" label={t("actionTitle")} defaultValue={state.values.title} error={error("title")} required />
      </div>
      <SelectField
        name="dimensionId"
        label={t("dimension")}
        placeholder={t("noDimension")}
        options={dimensions}
        defaultValue={state.values.dimensionId}
        error={error("dimensionId")}
      />
      <TextField name="ownerName" label={t("owner")} defaultValue={state.values.ownerName} error={error("ownerName")} />
      <TextField name="dueDate" type="date" label={t("dueDate")} defaultValue={state.values.dueDate} error={error("dueDate")} />
      <div className="flex items-end sm:col-span-3">
        <SubmitButton pendingLabel={t("saving")}>{t("addAction")}</SubmitButton>
      </div>
    </form>
  );
}
