"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { DimensionView } from "./model-view";
import { RubricChoices } from "./rubric-choices";
import { answeredPerDimension, DimensionSteps } from "./dimension-steps";
import {
  completeAssessmentAction,
  confirmCarriedOverAction,
  saveAnswerAction,
  type SaveAnswerResult,
} from "@/app/(workspace)/workspace/organisations/[id]/assessments/actions";

export type Choice = { optionId: string } | { skip: "not_applicable" | "dont_know" } | null;
export type ItemState = { choice: Choice; notes: string; evidence: string; carriedOver: boolean };
type SaveStatus = "saved" | "saving" | "retrying" | "offline" | "stale" | "locked";

const TEXT_SAVE_DELAY_MS = 700;
const OFFLINE_AFTER_FAILURES = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const linksOf = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
const isAnswered = (state: ItemState | undefined) => Boolean(state?.choice);
const choiceValue = (choice: Choice) => (!choice ? "" : "optionId" in choice ? choice.optionId : choice.skip);

export function AssessmentWizard({
  assessmentId,
  initialRevision,
  dimensions,
  stageNames,
  initialItems,
  initialStep,
}: {
  assessmentId: string;
  initialRevision: number;
  dimensions: DimensionView[];
  stageNames: Record<number, string>;
  initialItems: Record<string, ItemState>;
  initialStep: number;
}) {
  const t = useTranslations("wizard");
  const [items, setItems] = useState(initialItems);
  const [step, setStep] = useState(initialStep);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [itemErrors, setItemErrors] = useState<Record<string, Record<string, string>>>({});
  const [incomplete, setIncomplete] = useState<string[] | null>(null);
  const [completing, setCompleting] = useState(false);

  const itemsRef = useRef(items);
  const revision = useRef(initialRevision);
  const dirty = useRef(new Map<string, number>());
  const changeCounter = useRef(0);
  const saving = useRef(false);
  const stopped = useRef(false);
  const textTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    itemsRef.current = items;
  }, [items]);

  const drainQueue = useCallback(async () => {
    if (saving.current || stopped.current) return;
    saving.current = true;
    let failures = 0;
    while (dirty.current.size > 0 && !stopped.current) {
      const [itemId, counter] = dirty.current.entries().next().value as [string, number];
      const item = itemsRef.current[itemId]!;
      setStatus(failures === 0 ? "saving" : failures >= OFFLINE_AFTER_FAILURES ? "offline" : "retrying");
      let result: SaveAnswerResult;
      try {
        result = await saveAnswerAction({
          assessmentId,
          baseRevision: revision.current,
          itemId,
          choice: item.choice,
          notes: item.notes,
          evidenceLinks: linksOf(item.evidence),
        });
      } catch {
        failures++;
        if (failures >= OFFLINE_AFTER_FAILURES) setStatus("offline");
        await sleep(Math.min(1000 * 2 ** (failures - 1), 8000));
        continue;
      }
      failures = 0;
      if (result.ok) {
        revision.current = result.revision;
        if (dirty.current.get(itemId) === counter) dirty.current.delete(itemId);
        setItemErrors((errors) => (errors[itemId] ? { ...errors, [itemId]: {} } : errors));
        continue;
      }
      if (result.reason === "stale" || result.reason === "locked" || result.reason === "not_found") {
        stopped.current = true;
        setStatus(result.reason === "locked" ? "locked" : "stale");
        break;
      }
      dirty.current.delete(itemId);
      setItemErrors((errors) => ({
        ...errors,
        [itemId]: result.reason === "invalid_input" ? result.fieldErrors : { choice: "invalidAnswer" },
      }));
    }
    saving.current = false;
    if (!stopped.current) setStatus(dirty.current.size > 0 ? "saving" : "saved");
  }, [assessmentId]);

  const markDirty = useCallback(
    (itemId: string) => {
      changeCounter.current += 1;
      dirty.current.set(itemId, changeCounter.current);
      void drainQueue();
    },
    [drainQueue],
  );

  const update = (itemId: string, change: Partial<ItemState>) => {
    const next = { ...itemsRef.current, [itemId]: { ...(itemsRef.current[itemId] ?? { choice: null, notes: "", evidence: "", carriedOver: false }), ...change } };
    itemsRef.current = next;
    setItems(next);
  };

  const choose = (itemId: string, choice: Choice) => {
    update(itemId, { choice, carriedOver: false });
    markDirty(itemId);
  };

  const typeText = (itemId: string, change: Partial<ItemState>) => {
    update(itemId, change);
    clearTimeout(textTimers.current.get(itemId));
    textTimers.current.set(itemId, setTimeout(() => markDirty(itemId), TEXT_SAVE_DELAY_MS));
  };

  const flushText = (itemId: string) => {
    const timer = textTimers.current.get(itemId);
    if (timer) {
      clearTimeout(timer);
      textTimers.current.delete(itemId);
      markDirty(itemId);
    }
  };

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current.size > 0 || textTimers.current.size > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const url = new URL(window.location.href);
    url.searchParams.set("step", dimensions[step]!.id);
    window.history.replaceState(null, "", url);
    headingRef.current?.focus();
  }, [step, dimensions]);

  const progress = useMemo(() => answeredPerDimension(dimensions, (itemId) => isAnswered(items[itemId])), [dimensions, items]);

  async function confirmCarried(itemIds: string[]) {
    await drainQueue();
    if (stopped.current) return;
    setStatus("saving");
    try {
      const result = await confirmCarriedOverAction({ assessmentId, baseRevision: revision.current, itemIds });
      if (result.ok) {
        revision.current = result.revision;
        for (const itemId of itemIds) update(itemId, { carriedOver: false });
        setStatus("saved");
      } else if (result.reason === "stale" || result.reason === "locked" || result.reason === "not_found") {
        stopped.current = true;
        setStatus(result.reason === "locked" ? "locked" : "stale");
      }
    } catch {
      setStatus("offline");
    }
  }

  async function complete() {
    for (const itemId of [...textTimers.current.keys()]) flushText(itemId);
    setCompleting(true);
    while (saving.current || dirty.current.size > 0) {
      if (stopped.current) break;
      await sleep(100);
    }
    if (stopped.current) {
      setCompleting(false);
      return;
    }
    try {
      const outcome = await completeAssessmentAction({ assessmentId, baseRevision: revision.current });
      if (outcome.ok) {
        window.location.assign(window.location.pathname);
        return;
      }
      if (outcome.reason === "incomplete") setIncomplete(outcome.dimensionIds);
      else if (outcome.reason === "stale" || outcome.reason === "locked") setStatus(outcome.reason === "locked" ? "locked" : "stale");
    } catch {
      setStatus("offline");
    }
    setCompleting(false);
  }

  const errorText = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalidAnswer"));
  const dimension = dimensions[step]!;
  const carriedInStep = dimension.items.filter((item) => items[item.id]?.carriedOver).map((item) => item.id);
  const percent = progress.total ? Math.round((progress.answered / progress.total) * 100) : 0;

  return (
    <div className="space-y-6">
      <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur">
        <div className="flex flex-wrap items-center gap-4">
          <div className="min-w-48 flex-1">
            <div className="flex justify-between text-sm">
              <span id="overall-progress-label">{t("progress", { answered: progress.answered, total: progress.total })}</span>
              <span>{percent}%</span>
            </div>
            <div
              role="progressbar"
              aria-labelledby="overall-progress-label"
              aria-valuemin={0}
              aria-valuemax={progress.total}
              aria-valuenow={progress.answered}
              className="mt-1 h-2 rounded bg-slate-200"
            >
              <div className="h-2 rounded bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
            </div>
          </div>
          <p role="status" aria-live="polite" data-save-status={status} className={`text-sm font-medium ${status === "saved" ? "text-green-700" : "text-slate-700"}`}>
            {t(`status.${status}`)}
          </p>
        </div>
        {(status === "stale" || status === "locked") && (
          <div role="alert" className="mt-3 rounded-md bg-amber-50 p-3 text-amber-900">
            <p>{t(status === "stale" ? "staleMessage" : "lockedMessage")}</p>
            <button type="button" onClick={() => window.location.reload()} className="mt-2 rounded bg-amber-700 px-3 py-1 font-medium text-white">
              {t("reload")}
            </button>
          </div>
        )}
        {status === "offline" && (
          <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-red-900">
            {t("offlineMessage")}
          </p>
        )}
      </div>

      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <DimensionSteps
          label={t("dimensionsNav")}
          steps={progress.steps}
          current={step}
          onSelect={setStep}
          progressLabel={(answered, total) => t("dimensionProgress", { answered, total })}
        />

        <section aria-labelledby="step-heading" className="space-y-6">
          <div>
            <p className="text-sm text-slate-600">{t("stepOf", { step: step + 1, total: dimensions.length })}</p>
            <h2 id="step-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
              {dimension.name}
            </h2>
            <p className="mt-1 text-slate-700">{dimension.description}</p>
            {carriedInStep.length > 0 && (
              <button type="button" onClick={() => confirmCarried(carriedInStep)} className="mt-3 rounded-md border border-amber-400 bg-amber-50 px-3 py-1.5 text-sm font-medium text-amber-900">
                {t("confirmAllCarried", { count: carriedInStep.length })}
              </button>
            )}
          </div>

          {dimension.items.map((item) => {
            const state = items[item.id] ?? { choice: null, notes: "", evidence: "", carriedOver: false };
            const errors = itemErrors[item.id] ?? {};
            const selected = choiceValue(state.choice);
            const radioName = `answer-${item.id}`;
            return (
              <fieldset key={item.id} data-item={item.id} className="rounded-lg border border-slate-200 bg-white p-5">
                <legend className="px-1 text-lg font-semibold">{item.text}</legend>
                {state.carriedOver && (
                  <p className="mb-3 flex flex-wrap items-center gap-2 text-sm text-amber-900">
                    <span className="rounded bg-amber-100 px-2 py-0.5 font-medium">{t("carriedOver")}</span>
                    <button type="button" onClick={() => confirmCarried([item.id])} className="underline">
                      {t("confirm")}
                    </button>
                  </p>
                )}
                <div className="space-y-2">
                  <RubricChoices name={radioName} options={item.options} stageNames={stageNames} selected={selected} onChoose={(choice) => choose(item.id, choice)} skipLabel={(skip) => t(`skip.${skip}`)}>
                    {state.choice && (
                      <button type="button" onClick={() => choose(item.id, null)} className="text-brand-700 underline">
                        {t("clear")}
                      </button>
                    )}
                  </RubricChoices>
                  {errors.choice && <p className="field-error text-sm font-medium text-red-700">{errorText(errors.choice)}</p>}
                </div>
                <div className="mt-4 grid gap-4 md:grid-cols-2">
                  <div>
                    <label htmlFor={`notes-${item.id}`} className="block text-sm font-medium">{t("notes")}</label>
                    <textarea
                      id={`notes-${item.id}`}
                      rows={3}
                      value={state.notes}
                      onChange={(event) => typeText(item.id, { notes: event.target.value })}
                      onBlur={() => flushText(item.id)}
                      aria-invalid={errors.notes ? true : undefined}
                      aria-describedby={errors.notes ? `notes-${item.id}-error` : undefined}
                      className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
                    />
                    {errors.notes && <p id={`notes-${item.id}-error`} className="field-error mt-1 text-sm font-medium text-red-700">{errorText(errors.notes)}</p>}
                  </div>
                  <div>
                    <label htmlFor={`evidence-${item.id}`} className="block text-sm font-medium">{t("evidence")}</label>
                    <textarea
                      id={`evidence-${item.id}`}
                      rows={3}
                      value={state.evidence}
                      placeholder="https://"
                      onChange={(event) => typeText(item.id, { evidence: event.target.value })}
                      onBlur={() => flushText(item.id)}
                      aria-invalid={errors.evidenceLinks ? true : undefined}
                      aria-describedby={`evidence-${item.id}-hint${errors.evidenceLinks ? ` evidence-${item.id}-error` : ""}`}
                      className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
                    />
                    <p id={`evidence-${item.id}-hint`} className="mt-1 text-xs text-slate-600">{t("evidenceHint")}</p>
                    {errors.evidenceLinks && (
                      <p id={`evidence-${item.id}-error`} className="field-error mt-1 text-sm font-medium text-red-700">{errorText(errors.evidenceLinks)}</p>
                    )}
                  </div>
                </div>
              </fieldset>
            );
          })}

          <div className="flex flex-wrap items-center justify-between gap-3">
            <button type="button" onClick={() => setStep(step - 1)} disabled={step === 0} className="rounded-md border border-slate-300 bg-white px-4 py-2 disabled:opacity-40">
              {t("previous")}
            </button>
            {step < dimensions.length - 1 ? (
              <button type="button" onClick={() => setStep(step + 1)} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white">
                {t("next")}
              </button>
            ) : (
              <button type="button" onClick={complete} disabled={completing} className="rounded-md bg-green-700 px-4 py-2 font-medium text-white disabled:opacity-60">
                {completing ? t("completing") : t("complete")}
              </button>
            )}
          </div>
          {step < dimensions.length - 1 && (
            <div className="text-right">
              <button type="button" onClick={complete} disabled={completing} className="text-sm text-green-800 underline">
                {t("completeNow")}
              </button>
            </div>
          )}
          {incomplete && (
            <div role="alert" className="rounded-md bg-amber-50 p-4 text-amber-900">
              <p className="font-medium">{t("incomplete")}</p>
              <ul className="mt-2 list-disc pl-5">
                {incomplete.map((dimensionId) => {
                  const index = dimensions.findIndex((entry) => entry.id === dimensionId);
                  return (
                    <li key={dimensionId}>
                      <button type="button" className="underline" onClick={() => { setIncomplete(null); setStep(index); }}>
                        {dimensions[index]?.name ?? dimensionId}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
