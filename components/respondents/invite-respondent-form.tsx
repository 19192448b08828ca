"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { CreatedLink } from "@/components/invitations/created-link";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export function InviteRespondentForm({
  action,
  raterGroups,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  raterGroups: { value: string; label: string }[];
}) {
  const t = useTranslations("respond");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(action, initialFormState);
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  const error = (field: string) => errorText(state.fieldErrors[field]);
  return (
    <div className="space-y-4">
      <form key={state.submission} ref={formRef} action={formAction} className="grid items-start gap-3 sm:grid-cols-[1fr_1fr_auto]" noValidate>
        <div className="sm:col-span-3">
          <FormMessage message={state.formError ? te(state.formError) : undefined} />
        </div>
        <TextField name="name" label={t("nameLabel")} hint={t("nameHint")} defaultValue={state.values.name} error={error("name")} />
        <SelectField
          name="raterGroup"
          label={t("raterGroupLabel")}
          placeholder={t("choose")}
          options={raterGroups}
          defaultValue={state.values.raterGroup}
          error={error("raterGroup")}
          required
        />
        <div className="sm:mt-6">
          <SubmitButton pendingLabel={t("creating")}>{t("createLink")}</SubmitButton>
        </div>
      </form>
      {state.success && <CreatedLink id="respondent-link" link={state.success} />}
    </div>
  );
}
