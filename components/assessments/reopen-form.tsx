"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { reopenAssessmentAction } from "./actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { REOPEN_REASON_MIN } from "./limits";
import { initialFormState } from "@/lib/actions/form-state";

type ConfirmLabels = { title: string; message: string; confirmLabel: string; cancelLabel: string };

export function ReopenForm({ organisationId, assessmentId, confirm }: { organisationId: string; assessmentId: string; confirm: ConfirmLabels }) {
  const t = useTranslations("results");
  const te = useTranslations("errors");
  const errorText = useErrorText();
  const [state, action] = useActionState(reopenAssessmentAction.bind(null, organisationId, assessmentId), initialFormState);
  const formRef = useFocusFirstError(state);
  return (
    <form key={state.submission} ref={formRef} action={action} className="space-y-3" noValidate>
      <FormMessage message={state.formError ? te(state.formError) : undefined} />
      <TextAreaField name="reason" label={t("reopenReason")} rows={2} defaultValue={state.values.reason} error={errorText(state.fieldErrors.reason)} required />
      <ConfirmButton
        className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-brand-700"
        pendingLabel={t("reopening")}
        shouldConfirm={(form) => String(new FormData(form).get("reason") ?? "").trim().length >= REOPEN_REASON_MIN}
        {...confirm}
      >
        {t("reopen")}
      </ConfirmButton>
    </form>
  );
}
