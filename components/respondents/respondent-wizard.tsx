"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { DimensionView } from "@/components/assessments/model-view";
import { answeredPerDimension, DimensionSteps } from "@/components/assessments/dimension-steps";
import { RubricChoices, type RubricChoice as Choice } from "@/components/assessments/rubric-choices";
import { saveMyAnswerAction, submitMyAnswersAction, type RespondentActionResult } from "@/app/respond/actions";

type Status = "saved" | "saving" | "retrying" | "offline" | "closed";

const OFFLINE_AFTER_FAILURES = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
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
  const [status, setStatus] = useState<Status>("saved");
  const [closedReason, setClosedReason] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const answersRef = useRef(answers);
  const dirty = useRef(new Map<string, number>());
  const counter = useRef(0);
  const saving = useRef(false);
  const stopped = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const stop = useCallback((reason: string) => {
    stopped.current = true;
    setClosedReason(reason);
    setStatus("closed");
  }, []);

  const drain = useCallback(async () => {
    if (saving.current || stopped.current) return;
    saving.current = true;
    let failures = 0;
    while (dirty.current.size > 0 && !stopped.current) {
      const [itemId, version] = dirty.current.entries().next().value as [string, number];
      setStatus(failures === 0 ? "saving" : failures >= OFFLINE_AFTER_FAILURES ? "offline" : "retrying");
      let result: RespondentActionResult;
      try {
        result = await saveMyAnswerAction({ itemId, choice: answersRef.current[itemId] ?? null });
      } catch {
        failures++;
        await sleep(Math.min(1000 * 2 ** (failures - 1), 8000));
        continue;
      }
      failures = 0;
      if (result.ok || result.reason === "invalid_answer") {
        if (dirty.current.get(itemId) === version) dirty.current.delete(itemId);
        continue;
      }
      stop(result.reason);
    }
    saving.current = false;
    if (!stopped.current) setStatus(dirty.current.size > 0 ? "saving" : "saved");
  }, [stop]);

  const choose = (itemId: string, choice: Choice) => {
    const next = { ...answersRef.current, [itemId]: choice };
    answersRef.current = next;
    setAnswers(next);
    counter.current += 1;
    dirty.current.set(itemId, counter.current);
    void drain();
  };

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current.size > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

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
    while (saving.current || dirty.current.size > 0) {
      if (stopped.current) return;
      await sleep(100);
    }
    try {
      const result = await submitMyAnswersAction();
      if (result.ok) setSubmitted(true);
      else if (result.reason === "no_answers") setSubmitError(t("noAnswers"));
      else stop(result.reason);
    } catch {
      setSubmitError(t("submitFailed"));
    }
  }

  if (submitted) {
    return <p role="status" className="rounded-md bg-green-50 p-4 text-green-900">{t("thankYou")}</p>;
  }

  const dimension = dimensions[step]!;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p>{t("answered", { answered, total })}</p>
        <p role="status" aria-live="polite" data-save-status={status} className={`text-sm font-medium ${status === "saved" ? "text-green-800" : status === "saving" ? "text-slate-700" : "text-red-700"}`}>
          {t(`saveStatus.${status}`)}
        </p>
      </div>
      {closedReason && <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">{t(`linkStatus.${closedReason}`)}</p>}
      {status === "offline" && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-900">{t("offline")}</p>}

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
          <h2 id="respond-step-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">{dimension.name}</h2>
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
                </div>
              </fieldset>
            );
          })}
        </section>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <button type="button" onClick={() => setStep(step - 1)} disabled={step === 0} className="rounded-md border border-slate-300 bg-white px-4 py-2 disabled:opacity-40">{t("previous")}</button>
        {step < dimensions.length - 1 ? (
          <button type="button" onClick={() => setStep(step + 1)} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">{t("next")}</button>
        ) : (
          <button type="button" onClick={submit} disabled={closedReason !== null} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-40">{t("submit")}</button>
        )}
      </div>
      <p className="text-sm text-slate-600">{t("submitHint")}</p>
      {submitError && <p role="alert" className="text-sm font-medium text-red-700">{submitError}</p>}
    </div>
  );
}
