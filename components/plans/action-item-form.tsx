"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/** Adds an action item, or (with initial values) changes one. */
export function ActionItemForm({
  action,
  dimensions,
  initialValues,
  idPrefix = "",
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  dimensions: { value: string; label: string }[];
  initialValues?: Record<string, string>;
  /** Keeps element ids apart when the form appears once per action item. */
  idPrefix?: string;
  submitLabel?: string;
}) {
  const t = useTranslations("plans");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(action, { ...initialFormState, values: initialValues ?? {} });
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  const error = (field: string) => errorText(state.fieldErrors[field]);
  const id = (field: string) => (idPrefix ? `${idPrefix}-${field}` : undefined);
  return (
    <form key={state.submission} ref={formRef} action={formAction} className="grid gap-3 sm:grid-cols-4" noValidate>
      <div className="sm:col-span-4">
        <FormMessage message={state.formError ? te(state.formError) : undefined} />
        {state.success && (
          <p role="status" className="text-sm text-green-800">
            {t(state.success === "actionUpdated" ? "actionUpdated" : "actionAdded")}
          </p>
        )}
      </div>
      <div className="sm:col-span-2">
        <TextField id={id("title")} name="title" label={t("actionTitle")} defaultValue={state.values.title} error={error("title")} required />
      </div>
      <SelectField
        id={id("dimensionId")}
        name="dimensionId"
        label={t("dimension")}
        placeholder={t("noDimension")}
        options={dimensions}
        defaultValue={state.values.dimensionId}
        error={error("dimensionId")}
      />
      <TextField id={id("ownerName")} name="ownerName" label={t("owner")} defaultValue={state.values.ownerName} error={error("ownerName")} />
      <TextField id={id("dueDate")} name="dueDate" type="date" label={t("dueDate")} defaultValue={state.values.dueDate} error={error("dueDate")} />
      <div className="flex items-end sm:col-span-3">
        <SubmitButton pendingLabel={t("saving")}>{submitLabel ?? t("addAction")}</SubmitButton>
      </div>
    </form>
  );
}
