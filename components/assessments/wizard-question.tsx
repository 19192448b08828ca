"use client";

import { useTranslations } from "next-intl";
import type { DimensionView } from "@/components/model/model-view";
import { RubricChoices, type RubricChoice } from "@/components/model/rubric-choices";

export type ItemState = { choice: RubricChoice; notes: string; evidence: string; carriedOver: boolean };
export const EMPTY_ITEM: ItemState = { choice: null, notes: "", evidence: "", carriedOver: false };

const choiceValue = (choice: RubricChoice) => (!choice ? "" : "optionId" in choice ? choice.optionId : choice.skip);

/** One question of the consultant's wizard: its options, notes and evidence links. */
export function WizardQuestion({
  item,
  state,
  errors,
  stageNames,
  onChoose,
  onType,
  onLeaveField,
  onConfirm,
}: {
  item: DimensionView["items"][number];
  state: ItemState;
  errors: Record<string, string>;
  stageNames: Record<number, string>;
  onChoose: (choice: RubricChoice) => void;
  onType: (change: Partial<Pick<ItemState, "notes" | "evidence">>) => void;
  onLeaveField: () => void;
  onConfirm: () => void;
}) {
  const t = useTranslations("wizard");
  const errorText = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`, { links: errors.refusedLinks ?? "" }) : t("errors.invalidAnswer"));
  const field = (name: "notes" | "evidence") => `${name}-${item.id}`;
  const evidenceError = errors.evidenceLinks;
  return (
    <fieldset data-item={item.id} className="rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">{item.text}</legend>
      {state.carriedOver && (
        <p className="mb-3 flex flex-wrap items-center gap-2 text-sm text-amber-900">
          <span className="rounded bg-amber-100 px-2 py-0.5 font-medium">{t("carriedOver")}</span>
          <button type="button" onClick={onConfirm} className="underline">
            {t("confirm")}
          </button>
        </p>
      )}
      <div className="space-y-2">
        <RubricChoices
          name={`answer-${item.id}`}
          options={item.options}
          stageNames={stageNames}
          selected={choiceValue(state.choice)}
          onChoose={onChoose}
          skipLabel={(skip) => t(`skip.${skip}`)}
        >
          {state.choice && (
            <button type="button" onClick={() => onChoose(null)} className="text-brand-700 underline">
              {t("clear")}
            </button>
          )}
        </RubricChoices>
        {errors.choice && <p className="field-error text-sm font-medium text-red-700">{errorText(errors.choice)}</p>}
      </div>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor={field("notes")} className="block text-sm font-medium">
            {t("notes")}
          </label>
          <textarea
            id={field("notes")}
            rows={3}
            value={state.notes}
            onChange={(event) => onType({ notes: event.target.value })}
            onBlur={onLeaveField}
            aria-invalid={errors.notes ? true : undefined}
            aria-describedby={errors.notes ? `${field("notes")}-error` : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
          />
          {errors.notes && (
            <p id={`${field("notes")}-error`} className="field-error mt-1 text-sm font-medium text-red-700">
              {errorText(errors.notes)}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={field("evidence")} className="block text-sm font-medium">
            {t("evidence")}
          </label>
          <textarea
            id={field("evidence")}
            rows={3}
            value={state.evidence}
            placeholder="https://"
            onChange={(event) => onType({ evidence: event.target.value })}
            onBlur={onLeaveField}
            aria-invalid={evidenceError ? true : undefined}
            aria-describedby={`${field("evidence")}-hint${evidenceError ? ` ${field("evidence")}-error` : ""}`}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
          />
          <p id={`${field("evidence")}-hint`} className="mt-1 text-xs text-slate-600">
            {t("evidenceHint")}
          </p>
          {evidenceError && (
            <p id={`${field("evidence")}-error`} className="field-error mt-1 text-sm font-medium text-red-700">
              {errorText(evidenceError)}
            </p>
          )}
        </div>
      </div>
    </fieldset>
  );
}
