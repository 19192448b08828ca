"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { DimensionView } from "@/components/model/model-view";
import { answeredPerDimension, DimensionSteps } from "@/components/model/dimension-steps";
import { RubricChoices, type RubricChoice as Choice } from "@/components/model/rubric-choices";
import { useAutosave, type SaveVerdict } from "@/components/ui/use-autosave";
import { saveMyAnswerAction, submitMyAnswersAction } from "./actions";

const valueOf = (choice: Choice | undefined) => (!choice ? "" : "optionId" in choice ? choice.optionId : choice.skip);

/** The respondent's own wizard: one dimension per step, every change saved at once. */
export function RespondentWizard({
  dimensions,
  stageNames,
  initialAnswers,
}: {
  dimensions: DimensionView[];
  stageNames: Record<number, string>;
  initialAnswers: Record<string, Choice>;
}) {
  const t = useTranslations("respond");
  const [answers, setAnswers] = useState(initialAnswers);
  const [step, setStep] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const answersRef = useRef(answers);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const saveAnswer = useCallback(async (itemId: string): Promise<SaveVerdict> => {
    const result = await saveMyAnswerAction({ itemId, choice: answersRef.current[itemId] ?? null });
    if (result.ok) return { kind: "saved" };
    if (result.reason === "invalid_answer" || result.reason === "invalid_input") return { kind: "refused", errors: { choice: "invalidAnswer" } };
    return { kind: "stopped", reason: result.reason };
  }, []);
  const autosave = useAutosave(saveAnswer);
  const closedReason = autosave.stoppedBecause;

  const choose = (itemId: string, choice: Choice) => {
    const next = { ...answersRef.current, [itemId]: choice };
    answersRef.current = next;
    setAnswers(next);
    autosave.change(itemId);
  };

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const { steps, answered, total } = useMemo(() => answeredPerDimension(dimensions, (itemId) => Boolean(answers[itemId])), [answers, dimensions]);

  async function submit() {
    setSubmitError(null);
    if (!(await autosave.settle())) return;
    try {
      const result = await submitMyAnswersAction();
      if (result.ok) setSubmitted(true);
      else if (result.reason === "no_answers") setSubmitError(t("noAnswers"));
      else if (result.reason !== "invalid_answer" && result.reason !== "invalid_input") autosave.stop(result.reason);
    } catch {
      setSubmitError(t("submitFailed"));
    }
  }

  if (submitted) {
    return (
      <p role="status" className="rounded-md bg-green-50 p-4 text-green-900">
        {t("thankYou")}
      </p>
    );
  }

  const status = autosave.status === "stopped" ? "closed" : autosave.status;
  const dimension = dimensions[step]!;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p>{t("answered", { answered, total })}</p>
        <p
          role="status"
          aria-live="polite"
          data-save-status={status}
          className={`text-sm font-medium ${status === "saved" ? "text-green-800" : status === "saving" ? "text-slate-700" : "text-red-700"}`}
        >
          {t(`saveStatus.${status}`)}
        </p>
      </div>
      {closedReason && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
          {t(`linkStatus.${closedReason}`)}
        </p>
      )}
      {status === "offline" && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-900">
          {t("offline")}
        </p>
      )}

      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <DimensionSteps
          label={t("dimensionsNav")}
          steps={steps}
          current={step}
          onSelect={setStep}
          progressLabel={(answeredInStep, itemsInStep) => t("dimensionProgress", { answered: answeredInStep, total: itemsInStep })}
        />
        <section aria-labelledby="respond-step-heading" className="space-y-4">
          <p className="text-sm text-slate-600">{t("stepOf", { step: step + 1, total: dimensions.length })}</p>
          <h2 id="respond-step-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
            {dimension.name}
          </h2>
          {dimension.items.map((item) => {
            const selected = valueOf(answers[item.id]);
            return (
              <fieldset key={item.id} data-item={item.id} className="rounded-lg border border-slate-200 bg-white p-5">
                <legend className="px-1 text-lg font-semibold">{item.text}</legend>
                <div className="space-y-2">
                  <RubricChoices
                    name={`answer-${item.id}`}
                    options={item.options}
                    stageNames={stageNames}
                    selected={selected}
                    disabled={closedReason !== null}
                    onChoose={(choice) => choose(item.id, choice)}
                    skipLabel={(skip) => t(`skip.${skip}`)}
                  />
                  {autosave.refused[item.id] && <p className="field-error text-sm font-medium text-red-700">{t("answerNotSaved")}</p>}
                </div>
              </fieldset>
            );
          })}
        </section>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <button
          type="button"
          onClick={() => setStep(step - 1)}
          disabled={step === 0}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 disabled:opacity-40"
        >
          {t("previous")}
        </button>
        {step < dimensions.length - 1 ? (
          <button type="button" onClick={() => setStep(step + 1)} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("next")}
          </button>
        ) : (
          <button
            type="button"
            onClick={submit}
            disabled={closedReason !== null}
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-40"
          >
            {t("submit")}
          </button>
        )}
      </div>
      <p className="text-sm text-slate-600">{t("submitHint")}</p>
      {submitError && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {submitError}
        </p>
      )}
    </div>
  );
}
