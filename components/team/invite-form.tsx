"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { inviteConsultantAction } from "@/app/(workspace)/workspace/team/actions";
import { SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialFormState } from "@/lib/validation/form-state";

export function InviteConsultantForm() {
  const t = useTranslations("team");
  const te = useTranslations("errors");
  const [state, action] = useActionState(inviteConsultantAction, initialFormState);
  const formRef = useFocusFirstError(state);
  const emailError = state.fieldErrors.email ? te(state.fieldErrors.email) : undefined;
  return (
    <div className="space-y-4">
      <form key={state.submission} ref={formRef} action={action} className="flex flex-wrap items-end gap-3" noValidate>
        <div className="min-w-64 flex-1">
          <TextField name="email" type="email" label={t("inviteEmail")} defaultValue={state.values.email} error={emailError} required />
        </div>
        <SubmitButton pendingLabel={t("inviting")}>{t("invite")}</SubmitButton>
      </form>
      {state.success && (
        <div role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
          <label htmlFor="invitation-link" className="font-medium">{t("linkCreated")}</label>
          <input
            id="invitation-link"
            readOnly
            value={state.success}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-2 block w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
          />
          <p className="mt-1">{t("linkOnce")}</p>
        </div>
      )}
    </div>
  );
}
