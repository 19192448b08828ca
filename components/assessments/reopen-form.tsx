"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { reopenAssessmentAction } from "@/app/(workspace)/workspace/organisations/[id]/assessments/actions";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { REOPEN_REASON_MIN } from "@/lib/validation/limits";
import { initialFormState } from "@/lib/validation/form-state";

export function ReopenForm({ organisationId, assessmentId }: { organisationId: string; assessmentId: string }) {
  const t = useTranslations("results");
  const te = useTranslations("errors");
  const [state, action] = useActionState(reopenAssessmentAction.bind(null, { organisationId, assessmentId }), initialFormState);
  const formRef = useFocusFirstError(state);
  return (
    <form key={state.submission} ref={formRef} action={action} className="space-y-3" noValidate>
      <FormMessage message={state.formError ? te(state.formError) : undefined} />
      <TextAreaField
        name="reason"
        label={t("reopenReason")}
        rows={2}
        defaultValue={state.values.reason}
        error={state.fieldErrors.reason ? te(state.fieldErrors.reason, { min: REOPEN_REASON_MIN }) : undefined}
        required
      />
      <SubmitButton pendingLabel={t("reopening")}>{t("reopen")}</SubmitButton>
    </form>
  );
}
