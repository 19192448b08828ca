"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { SubmitButton, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialFormState } from "@/lib/actions/form-state";
import { deleteWorkspaceAction } from "./actions";

/** Deleting everything asks for the workspace's name, typed: no single click can do it. */
export function DeleteWorkspaceForm({ workspaceName }: { workspaceName: string }) {
  const t = useTranslations("settings.delete");
  const [state, formAction] = useActionState(deleteWorkspaceAction, initialFormState);
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  return (
    <form key={state.submission} ref={formRef} action={formAction} noValidate className="space-y-3">
      <TextField
        name="confirmName"
        label={t("confirmLabel", { name: workspaceName })}
        defaultValue={state.values.confirmName}
        error={errorText(state.fieldErrors.confirmName)}
        autoComplete="off"
      />
      <SubmitButton pendingLabel={t("deleting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
