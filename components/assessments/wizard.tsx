"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-button";
import { useAutosave, type SaveVerdict } from "@/components/ui/use-autosave";
import { completeAssessmentAction, confirmCarriedOverAction, saveAnswerAction } from "./actions";
import { answeredPerDimension, DimensionSteps } from "@/components/model/dimension-steps";
import type { DimensionView } from "@/components/model/model-view";
import type { RubricChoice } from "@/components/model/rubric-choices";
import { EMPTY_ITEM, WizardQuestion, type ItemState } from "./wizard-question";

export type { ItemState };

type SaveResult = Awaited<ReturnType<typeof saveAnswerAction>>;
type Incomplete = Extract<Awaited<ReturnType<typeof completeAssessmentAction>>, { reason: "incomplete" | "no_position" }>;
const linksOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** What a save, a confirmation or a completion answered, for the autosave queue. */
function verdictOf(result: SaveResult | Awaited<ReturnType<typeof confirmCarriedOverAction>>): SaveVerdict {
  if (result.ok) {
    const refusedLinks = "refusedLinks" in result ? result.refusedLinks : [];
    return refusedLinks.length
      ? { kind: "refused", errors: { evidenceLinks: "invalidEvidenceLink", refusedLinks: refusedLinks.join(", ") } }
      : { kind: "saved" };
  }
  if (result.reason === "stale" || result.reason === "locked" || result.reason === "not_found")
    return { kind: "stopped", reason: result.reason === "locked" ? "locked" : "stale" };
  return { kind: "refused", errors: result.reason === "invalid_input" ? result.fieldErrors : { choice: "invalidAnswer" } };
}

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
  const [incomplete, setIncomplete] = useState<Incomplete | null>(null);
  const [confirmingCarried, setConfirmingCarried] = useState(false);
  const [completing, setCompleting] = useState(false);
  const [unreachable, setUnreachable] = useState(false);
  const itemsRef = useRef(items);
  const revision = useRef(initialRevision);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const saveItem = useCallback(
    async (itemId: string): Promise<SaveVerdict> => {
      const item = itemsRef.current[itemId] ?? EMPTY_ITEM;
      const result = await saveAnswerAction({
        assessmentId,
        baseRevision: revision.current,
        itemId,
        choice: item.choice,
        notes: item.notes,
        evidenceLinks: linksOf(item.evidence),
      });
      if (result.ok) revision.current = result.revision;
      return verdictOf(result);
    },
    [assessmentId],
  );
  const autosave = useAutosave(saveItem);

  const update = (itemId: string, change: Partial<ItemState>) => {
    const next = { ...itemsRef.current, [itemId]: { ...(itemsRef.current[itemId] ?? EMPTY_ITEM), ...change } };
    itemsRef.current = next;
    setItems(next);
  };
  const choose = (itemId: string, choice: RubricChoice) => {
    update(itemId, { choice, carriedOver: false });
    autosave.change(itemId);
  };
  const type = (itemId: string, change: Partial<ItemState>) => {
    update(itemId, change);
    autosave.changeLater(itemId);
  };

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

  // A carried-over answer counts once it is confirmed (or changed): until then it is the previous assessment's.
  const progress = useMemo(
    () => answeredPerDimension(dimensions, (itemId) => Boolean(items[itemId]?.choice) && !items[itemId]?.carriedOver),
    [dimensions, items],
  );
  const carriedTotal = Object.values(items).filter((item) => item.carriedOver).length;

  async function confirmCarried(itemIds: string[]) {
    if (!(await autosave.settle())) return;
    try {
      const result = await confirmCarriedOverAction({ assessmentId, baseRevision: revision.current, itemIds });
      setUnreachable(false);
      const verdict = verdictOf(result);
      if (verdict.kind === "stopped") autosave.stop(verdict.reason);
      if (result.ok) {
        revision.current = result.revision;
        for (const itemId of itemIds) update(itemId, { carriedOver: false });
      }
    } catch {
      setUnreachable(true);
    }
  }

  async function complete(confirmCarriedOver = false) {
    setConfirmingCarried(false);
    setIncomplete(null);
    setCompleting(true);
    if (!(await autosave.settle())) {
      setCompleting(false);
      return;
    }
    try {
      const outcome = await completeAssessmentAction({ assessmentId, baseRevision: revision.current, confirmCarriedOver });
      setUnreachable(false);
      if (outcome.ok) {
        window.location.assign(window.location.pathname);
        return;
      }
      if (outcome.reason === "incomplete" || outcome.reason === "no_position") setIncomplete(outcome);
      else if (outcome.reason === "unconfirmed") setConfirmingCarried(true);
      else if (outcome.reason === "stale" || outcome.reason === "locked") autosave.stop(outcome.reason);
    } catch {
      setUnreachable(true);
    }
    setCompleting(false);
  }

  /** Completing asks first while answers are still carried over unconfirmed. */
  const askToComplete = () => (carriedTotal > 0 ? setConfirmingCarried(true) : complete());
  const reviewCarried = () => {
    setConfirmingCarried(false);
    const index = dimensions.findIndex((entry) => entry.items.some((item) => items[item.id]?.carriedOver));
    if (index >= 0) setStep(index);
  };
  const goTo = (dimensionId: string) => {
    setIncomplete(null);
    setStep(dimensions.findIndex((entry) => entry.id === dimensionId));
  };
  const dimensionName = (id: string) => dimensions.find((entry) => entry.id === id)?.name ?? id;
  const questionText = (itemId: string) => dimensions.flatMap((entry) => entry.items).find((item) => item.id === itemId)?.text ?? itemId;

  const status = autosave.status === "stopped" ? (autosave.stoppedBecause as "stale" | "locked") : autosave.status;
  const dimension = dimensions[step]!;
  const carriedInStep = dimension.items.filter((item) => items[item.id]?.carriedOver).map((item) => item.id);
  const percent = progress.total ? Math.round((progress.answered / progress.total) * 100) : 0;

  return (
    <div className="space-y-6" data-wizard>
      <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur">
        <div className="flex flex-wrap items-center gap-4">
          <div className="min-w-48 flex-1">
            <div className="flex justify-between text-sm">
              <span id="overall-progress-label">
                {t("progress", { answered: progress.answered, total: progress.total })}
                {carriedTotal > 0 && <span className="text-amber-900"> · {t("carriedUnconfirmed", { count: carriedTotal })}</span>}
              </span>
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
          <p
            role="status"
            aria-live="polite"
            data-save-status={status}
            className={`text-sm font-medium ${status === "saved" ? "text-green-700" : status === "saving" ? "text-slate-700" : "text-red-700"}`}
          >
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
        {(status === "offline" || unreachable) && (
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
              <button
                type="button"
                onClick={() => confirmCarried(carriedInStep)}
                className="mt-3 rounded-md border border-amber-400 bg-amber-50 px-3 py-1.5 text-sm font-medium text-amber-900"
              >
                {t("confirmAllCarried", { count: carriedInStep.length })}
              </button>
            )}
          </div>

          {dimension.items.map((item) => (
            <WizardQuestion
              key={item.id}
              item={item}
              state={items[item.id] ?? EMPTY_ITEM}
              errors={autosave.refused[item.id] ?? {}}
              stageNames={stageNames}
              onChoose={(choice) => choose(item.id, choice)}
              onType={(change) => type(item.id, change)}
              onLeaveField={() => autosave.flush(item.id)}
              onConfirm={() => confirmCarried([item.id])}
            />
          ))}

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
              <button type="button" onClick={() => setStep(step + 1)} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white">
                {t("next")}
              </button>
            ) : (
              <button
                type="button"
                onClick={askToComplete}
                disabled={completing}
                className="rounded-md bg-green-700 px-4 py-2 font-medium text-white disabled:opacity-60"
              >
                {completing ? t("completing") : t("complete")}
              </button>
            )}
          </div>
          {step < dimensions.length - 1 && (
            <div className="text-right">
              <button type="button" onClick={askToComplete} disabled={completing} className="text-sm text-green-800 underline">
                {t("completeNow")}
              </button>
            </div>
          )}
          {confirmingCarried && (
            <ConfirmDialog
              title={t("carriedDialog.title")}
              message={t("carriedDialog.message", { count: carriedTotal })}
              confirmLabel={t("carriedDialog.confirm")}
              cancelLabel={t("carriedDialog.review")}
              onConfirm={() => complete(true)}
              onCancel={reviewCarried}
            />
          )}
          {incomplete && (
            <div role="alert" className="rounded-md bg-amber-50 p-4 text-amber-900">
              {incomplete.reason === "incomplete" ? (
                <>
                  <p className="font-medium">{t("incomplete")}</p>
                  <ul className="mt-2 list-disc space-y-1 pl-5">
                    {incomplete.missing.map((entry) => (
                      <li key={entry.dimensionId}>
                        <button type="button" className="font-medium underline" onClick={() => goTo(entry.dimensionId)}>
                          {dimensionName(entry.dimensionId)}
                        </button>
                        : {t("needed", { count: entry.needed })}
                        {entry.dontKnowItemIds.length > 0 && <> {t("dontKnowToFind", { questions: entry.dontKnowItemIds.map(questionText).join("; ") })}</>}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <>
                  <p className="font-medium">{t("noPosition", { scored: incomplete.scoredDimensions, total: incomplete.dimensions })}</p>
                  <ul className="mt-2 list-disc pl-5">
                    {incomplete.notApplicableDimensionIds.map((dimensionId) => (
                      <li key={dimensionId}>
                        <button type="button" className="underline" onClick={() => goTo(dimensionId)}>
                          {dimensionName(dimensionId)}
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
