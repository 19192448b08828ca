"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { FormMessage, SubmitButton } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { DimensionView } from "@/components/model/model-view";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/** One question per dimension, answered at once. */
export function PulseForm({
  action,
  dimensions,
  stageNames,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  dimensions: DimensionView[];
  stageNames: Record<number, string>;
}) {
  const t = useTranslations("pulse");
  const te = useTranslations("errors");
  const errorText = useErrorText();
  const [state, formAction] = useActionState(action, initialFormState);
  const formRef = useFocusFirstError(state);
  return (
    <form key={state.submission} ref={formRef} action={formAction} className="space-y-6" noValidate>
      <FormMessage message={state.formError ? te(state.formError) : Object.keys(state.fieldErrors).length ? t("answerAll") : undefined} />
      {dimensions.map((dimension) => {
        const item = dimension.items[0]!;
        const error = state.fieldErrors[item.id];
        const chosen = state.values[item.id];
        return (
          <fieldset
            key={item.id}
            data-pulse-item={item.id}
            aria-describedby={error ? `${item.id}-error` : undefined}
            className="rounded-lg border border-slate-200 bg-white p-5"
          >
            {/* Floated, so that the two-line legend sits inside the box instead of on its border. */}
            <legend className="float-left mb-2 w-full">
              <span className="block text-sm font-semibold tracking-wide text-slate-600 uppercase">{dimension.name}</span>
              <span className="text-lg font-semibold">{item.text}</span>
            </legend>
            <div className="clear-both space-y-2">
              {item.options.map((option) => (
                <label
                  key={option.id}
                  className="flex cursor-pointer gap-3 rounded-md border border-slate-200 p-3 hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                >
                  <input type="radio" name={item.id} value={option.id} defaultChecked={chosen === option.id} className="mt-1" />
                  <span>
                    <span className="block text-xs font-semibold tracking-wide text-slate-600 uppercase">{stageNames[option.stage]}</span>
                    {option.text}
                  </span>
                </label>
              ))}
              <label className="flex items-center gap-2 pt-1 text-sm">
                <input type="radio" name={item.id} value="dont_know" defaultChecked={chosen === "dont_know"} />
                {t("dontKnow")}
              </label>
              {error && (
                <p id={`${item.id}-error`} className="field-error text-sm font-medium text-red-700">
                  {errorText(error)}
                </p>
              )}
            </div>
          </fieldset>
        );
      })}
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
