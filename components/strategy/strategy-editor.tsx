"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-button";
import { useAutosave, type SaveVerdict } from "@/components/ui/use-autosave";
import {
  OBJECTIVE_TEXT_MAX,
  objectiveProblems,
  sectionProblem,
  STRATEGY_NOTES_MAX,
  STRATEGY_SECTION_MAX,
  type ObjectiveField,
  type StrategyProblem,
} from "@/lib/curve/strategy-document";
import type { StrategyElementId } from "@/lib/curve/strategy";
import { addObjectiveAction, createActionFromObjectiveAction, removeObjectiveAction, saveStrategyFieldAction, saveStrategyVersionAction } from "./actions";

export type StrategyElementView = { id: StrategyElementId; title: string; guidance: string; group: "next" | "later" | "optional" };
export type StrategyDimensionView = { id: string; name: string; measured: string | null; target: string | null };
export type StrategyExampleView = {
  id: string;
  name: string;
  description: string;
  sections: Partial<Record<StrategyElementId, string>>;
  objectives: { what: string; kpi: string; baseline: number; target: number; months: number; dimensionName: string }[];
};
type ObjectiveState = { id: string } & Record<ObjectiveField, string> & { actions: { id: string; title: string; status: string }[] };
type Draft = { sections: Partial<Record<StrategyElementId, string>>; objectives: ObjectiveState[]; notes: string; exampleId: string };

const input =
  "w-full scroll-mt-40 rounded-md border border-slate-400 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600 aria-[invalid=true]:border-red-700";
const smallButton = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";

/** The strategy's draft: every field saves itself as it is typed; problems are shown at the field and kept. */
export function StrategyEditor({
  strategyId,
  elements,
  dimensions,
  examples,
  initial,
  today,
}: {
  strategyId: string;
  elements: StrategyElementView[];
  dimensions: StrategyDimensionView[];
  examples: StrategyExampleView[];
  initial: Draft;
  today: string;
}) {
  const t = useTranslations("strategy");
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const draftRef = useRef(initial);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [objectiveMessage, setObjectiveMessage] = useState<Record<string, string>>({});
  const [removing, setRemoving] = useState<string | null>(null);
  // One of the buttons' requests at a time; the buttons stay enabled so that they keep the focus.
  const busyRef = useRef(false);
  const setBusy = (value: boolean) => {
    busyRef.current = value;
  };

  const valueOf = (key: string): string => {
    const current = draftRef.current;
    if (key === "notes") return current.notes;
    if (key === "example") return current.exampleId;
    const [kind, first = "", second = ""] = key.split(":");
    if (kind === "section") return current.sections[first as StrategyElementId] ?? "";
    const objective = current.objectives.find((entry) => entry.id === first);
    return objective ? objective[second as ObjectiveField] : "";
  };

  const save = async (key: string): Promise<SaveVerdict> => {
    const result = await saveStrategyFieldAction({ strategyId, key, value: valueOf(key) });
    if (result.ok) return { kind: "saved" };
    if (result.reason === "too_long") return { kind: "refused", errors: { [key]: "tooLongToKeep" } };
    return { kind: "stopped", reason: "gone" };
  };
  const autosave = useAutosave(save);

  const update = (change: (current: Draft) => Draft) => {
    setMessage(null);
    draftRef.current = change(draftRef.current);
    setDraft(draftRef.current);
  };
  const typeSection = (elementId: StrategyElementId, value: string) => {
    update((current) => ({ ...current, sections: { ...current.sections, [elementId]: value } }));
    autosave.changeLater(`section:${elementId}`);
  };
  const typeObjective = (objectiveId: string, field: ObjectiveField, value: string, at: "now" | "later") => {
    update((current) => ({
      ...current,
      objectives: current.objectives.map((objective) => (objective.id === objectiveId ? { ...objective, [field]: value } : objective)),
    }));
    if (at === "now") autosave.change(`objective:${objectiveId}:${field}`);
    else autosave.changeLater(`objective:${objectiveId}:${field}`);
  };

  const rules = { today: new Date(`${today}T00:00:00Z`), dimensionIds: dimensions.map((dimension) => dimension.id) };
  const problemText = (problem: StrategyProblem | "tooLongToKeep", max: number, count: number) => t(`problems.${problem}`, { max, count });
  const example = examples.find((entry) => entry.id === draft.exampleId) ?? null;
  const dimensionById = new Map(dimensions.map((dimension) => [dimension.id, dimension]));

  const focusFirstProblem = () => requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-strategy-editor] [aria-invalid="true"]')?.focus());

  const saveVersion = async () => {
    if (busyRef.current || autosave.status === "stopped") return;
    setBusy(true);
    setMessage(null);
    try {
      if (!(await autosave.settle())) return;
      const outcome = await saveStrategyVersionAction({ strategyId });
      if (outcome.ok) {
        setMessage({ tone: "success", text: t("versionSaved", { number: outcome.number }) });
        router.refresh();
      } else if (outcome.reason === "invalid") {
        setMessage({ tone: "error", text: t("versionInvalid") });
        focusFirstProblem();
      } else setMessage({ tone: "error", text: t(`versionRefused.${outcome.reason === "empty" || outcome.reason === "unchanged" ? outcome.reason : "gone"}`) });
    } catch {
      setMessage({ tone: "error", text: t("versionFailed") });
    } finally {
      setBusy(false);
    }
  };

  const addObjective = async () => {
    if (busyRef.current) return;
    setBusy(true);
    try {
      const added = await addObjectiveAction({ strategyId });
      if (!added.ok) return autosave.stop("gone");
      update((current) => ({
        ...current,
        objectives: [...current.objectives, { id: added.id, what: "", kpi: "", baseline: "", target: "", dueOn: "", dimensionId: "", actions: [] }],
      }));
      requestAnimationFrame(() => document.getElementById(`objective-${added.id}-what`)?.focus());
    } finally {
      setBusy(false);
    }
  };

  const removeObjective = async (objectiveId: string) => {
    setRemoving(null);
    if (busyRef.current) return;
    setBusy(true);
    try {
      if (!(await autosave.settle())) return;
      const removed = await removeObjectiveAction({ strategyId, objectiveId });
      if (removed.ok) update((current) => ({ ...current, objectives: current.objectives.filter((objective) => objective.id !== objectiveId) }));
      document.getElementById("add-objective")?.focus();
    } finally {
      setBusy(false);
    }
  };

  const createAction = async (objectiveId: string) => {
    if (busyRef.current) return;
    setBusy(true);
    try {
      if (!(await autosave.settle())) return;
      const created = await createActionFromObjectiveAction({ strategyId, objectiveId });
      if (created.ok && created.existing) setObjectiveMessage((current) => ({ ...current, [objectiveId]: t("actionExists") }));
      else if (created.ok) {
        const objective = draftRef.current.objectives.find((entry) => entry.id === objectiveId)!;
        update((current) => ({
          ...current,
          objectives: current.objectives.map((entry) =>
            entry.id === objectiveId ? { ...entry, actions: [...entry.actions, { id: created.id, title: objective.what.trim(), status: "OPEN" }] } : entry,
          ),
        }));
        setObjectiveMessage((current) => ({ ...current, [objectiveId]: t("actionCreated") }));
      } else setObjectiveMessage((current) => ({ ...current, [objectiveId]: t(created.reason === "invalid" ? "actionNeedsValidObjective" : "actionFailed") }));
    } finally {
      setBusy(false);
    }
  };

  const status = autosave.status;
  const groups = (["next", "later", "optional"] as const).map((group) => ({ group, elements: elements.filter((element) => element.group === group) }));

  const renderObjectives = () => (
    <div className="space-y-4">
      {example && example.objectives.length > 0 && (
        <div
          role="note"
          className="rounded-md border border-brand-200 bg-brand-50 p-4 text-sm text-slate-800"
          aria-label={t("exampleAside", { name: example.name })}
        >
          <p className="mb-2 font-semibold">{t("exampleAside", { name: example.name })}</p>
          <ul className="list-disc space-y-1 pl-5">
            {example.objectives.map((objective, index) => (
              <li key={index}>{t("exampleObjective", { ...objective, dimension: objective.dimensionName })}</li>
            ))}
          </ul>
        </div>
      )}
      {draft.objectives.length === 0 && <p className="text-sm text-slate-700">{t("noObjectives")}</p>}
      <ol className="space-y-4">
        {draft.objectives.map((objective, index) => {
          const problems = objectiveProblems(objective, rules);
          const refused = autosave.refused;
          const fieldId = (field: ObjectiveField) => `objective-${objective.id}-${field}`;
          const errorOf = (field: ObjectiveField) => {
            const key = `objective:${objective.id}:${field}`;
            if (refused[key]) return problemText("tooLongToKeep", OBJECTIVE_TEXT_MAX, objective[field].length);
            return problems[field] ? problemText(problems[field]!, OBJECTIVE_TEXT_MAX, objective[field].length) : undefined;
          };
          const textInput = (field: Exclude<ObjectiveField, "dimensionId">, type: "text" | "date" = "text", inputMode?: "decimal") => {
            const error = errorOf(field);
            return (
              <div key={field} className={field === "what" ? "sm:col-span-2" : undefined}>
                <label htmlFor={fieldId(field)} className="mb-1 block text-sm font-medium">
                  {t(`objectiveFields.${field}`)}
                </label>
                <input
                  id={fieldId(field)}
                  type={type}
                  inputMode={inputMode}
                  value={objective[field]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${fieldId(field)}-error` : field === "target" || field === "baseline" ? `${fieldId(field)}-hint` : undefined}
                  onChange={(event) => typeObjective(objective.id, field, event.target.value, type === "date" ? "now" : "later")}
                  onBlur={() => autosave.flush(`objective:${objective.id}:${field}`)}
                  className={input}
                />
                {error ? (
                  <p id={`${fieldId(field)}-error`} className="mt-1 text-sm text-red-700">
                    {error}
                  </p>
                ) : (
                  (field === "target" || field === "baseline") && (
                    <p id={`${fieldId(field)}-hint`} className="mt-1 text-xs text-slate-600">
                      {t("numberHint")}
                    </p>
                  )
                )}
              </div>
            );
          };
          const dimensionError = errorOf("dimensionId");
          const linked = dimensionById.get(objective.dimensionId);
          return (
            <li key={objective.id} data-objective={objective.id} className="rounded-md border border-slate-200 p-4">
              <fieldset>
                <legend className="font-semibold">{t("objectiveNumber", { number: index + 1 })}</legend>
                <div className="mt-3 grid gap-3 sm:grid-cols-2">
                  {textInput("what")}
                  {textInput("kpi")}
                  <div>
                    <label htmlFor={fieldId("dimensionId")} className="mb-1 block text-sm font-medium">
                      {t("objectiveFields.dimensionId")}
                    </label>
                    <select
                      id={fieldId("dimensionId")}
                      value={objective.dimensionId}
                      aria-invalid={dimensionError ? true : undefined}
                      aria-describedby={dimensionError ? `${fieldId("dimensionId")}-error` : undefined}
                      onChange={(event) => typeObjective(objective.id, "dimensionId", event.target.value, "now")}
                      className={input}
                    >
                      <option value="">{t("noDimension")}</option>
                      {dimensions.map((dimension) => (
                        <option key={dimension.id} value={dimension.id}>
                          {dimension.name}
                        </option>
                      ))}
                      {dimensionError && <option value={objective.dimensionId}>{objective.dimensionId}</option>}
                    </select>
                    {dimensionError && (
                      <p id={`${fieldId("dimensionId")}-error`} className="mt-1 text-sm text-red-700">
                        {dimensionError}
                      </p>
                    )}
                  </div>
                  {textInput("baseline", "text", "decimal")}
                  {textInput("target", "text", "decimal")}
                  {textInput("dueOn", "date")}
                </div>
              </fieldset>
              {linked && (
                <p className="mt-3 text-sm text-slate-700" data-testid="objective-dimension">
                  {t("dimensionNow", { dimension: linked.name, measured: linked.measured ?? t("notMeasured"), target: linked.target ?? t("noTarget") })}
                </p>
              )}
              {objective.actions.length > 0 && (
                <div className="mt-3">
                  <p className="text-sm font-medium">{t("linkedActions")}</p>
                  <ul className="list-disc pl-5 text-sm text-slate-700">
                    {objective.actions.map((action) => (
                      <li key={action.id}>
                        {action.title} · {t(`actionStatus.${action.status}`)}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <div className="mt-3 flex flex-wrap items-center gap-2">
                <button type="button" aria-describedby={`objective-${objective.id}-what`} onClick={() => createAction(objective.id)} className={smallButton}>
                  {t("createAction")}
                </button>
                <button
                  type="button"
                  aria-describedby={`objective-${objective.id}-what`}
                  onClick={() => setRemoving(objective.id)}
                  className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50"
                >
                  {t("removeObjective")}
                </button>
                {objectiveMessage[objective.id] && (
                  <p role="status" className="text-sm text-slate-700">
                    {objectiveMessage[objective.id]}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <button id="add-objective" type="button" disabled={status === "stopped"} onClick={addObjective} className={smallButton}>
        {t("addObjective")}
      </button>
      {removing && (
        <ConfirmDialog
          title={t("removeObjectiveTitle")}
          message={t("removeObjectiveMessage")}
          confirmLabel={t("removeObjective")}
          cancelLabel={t("cancel")}
          onCancel={() => setRemoving(null)}
          onConfirm={() => removeObjective(removing)}
        />
      )}
    </div>
  );

  const renderElement = (element: StrategyElementView) => {
    const headingId = `element-${element.id}`;
    if (element.id === "objectives") {
      return (
        <section key={element.id} aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-5">
          <ElementHeading id={headingId} element={element} />
          {renderObjectives()}
        </section>
      );
    }
    const text = draft.sections[element.id] ?? "";
    const key = `section:${element.id}`;
    const problem = autosave.refused[key] ? "tooLongToKeep" : sectionProblem(text);
    const fieldId = `section-${element.id}`;
    const exampleText = example?.sections[element.id];
    return (
      <section key={element.id} aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-5">
        <ElementHeading id={headingId} element={element} />
        <div className={`grid gap-4 ${example ? "lg:grid-cols-2" : ""}`}>
          <div>
            <label htmlFor={fieldId} className="sr-only">
              {element.title}
            </label>
            <textarea
              id={fieldId}
              rows={5}
              value={text}
              aria-describedby={`${headingId}-guidance${problem ? ` ${fieldId}-error` : ""}`}
              aria-invalid={problem ? true : undefined}
              onChange={(event) => typeSection(element.id, event.target.value)}
              onBlur={() => autosave.flush(key)}
              className={input}
            />
            {problem ? (
              <p id={`${fieldId}-error`} className="mt-1 text-sm text-red-700">
                {problemText(problem, STRATEGY_SECTION_MAX, text.length)}
              </p>
            ) : (
              text.length > STRATEGY_SECTION_MAX * 0.8 && (
                <p className="mt-1 text-xs text-slate-600">{t("charactersLeft", { count: STRATEGY_SECTION_MAX - text.length })}</p>
              )
            )}
          </div>
          {example && (
            <div
              role="note"
              className="rounded-md border border-brand-200 bg-brand-50 p-3 text-sm text-slate-800"
              aria-label={t("exampleAside", { name: example.name })}
            >
              <p className="mb-1 font-semibold">{t("exampleAside", { name: example.name })}</p>
              <p className="whitespace-pre-wrap">{exampleText ?? t("exampleHasNothing")}</p>
            </div>
          )}
        </div>
      </section>
    );
  };

  const notesProblem = draft.notes.length > STRATEGY_NOTES_MAX;
  return (
    <div data-strategy-editor className="space-y-6">
      <div className="z-10 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:sticky sm:top-0">
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor="strategy-example" className="text-sm font-medium">
            {t("exampleChoice")}
          </label>
          <select
            id="strategy-example"
            value={draft.exampleId}
            onChange={(event) => {
              update((current) => ({ ...current, exampleId: event.target.value }));
              autosave.change("example");
            }}
            className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
          >
            <option value="">{t("noExample")}</option>
            {examples.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <p
            role="status"
            aria-live="polite"
            data-save-status={status}
            className={`text-sm font-medium ${status === "saved" ? "text-green-700" : status === "saving" ? "text-slate-700" : "text-red-700"}`}
          >
            {t(`status.${status}`)}
          </p>
          <button
            type="button"
            aria-disabled={status === "stopped"}
            onClick={saveVersion}
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {t("saveVersion")}
          </button>
        </div>
        {message && (
          <p
            role={message.tone === "error" ? "alert" : "status"}
            className={`w-full text-sm font-medium ${message.tone === "error" ? "text-red-700" : "text-green-800"}`}
          >
            {message.text}
          </p>
        )}
        {status === "stopped" && (
          <div role="alert" className="w-full rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            <p>{t("stoppedMessage")}</p>
            <button type="button" onClick={() => window.location.reload()} className="mt-2 rounded bg-amber-700 px-3 py-1 font-medium text-white">
              {t("reload")}
            </button>
          </div>
        )}
      </div>
      {example && (
        <p className="rounded-md border border-brand-200 bg-brand-50 p-3 text-sm text-slate-800">
          <span className="font-semibold">{t("exampleAbout", { name: example.name })}</span> {example.description}
        </p>
      )}

      {groups.map(({ group, elements: inGroup }) =>
        inGroup.length === 0 ? null : group === "optional" ? (
          <details key={group} open={inGroup.some((element) => (draft.sections[element.id] ?? "").trim() !== "")} className="space-y-4">
            <summary className="cursor-pointer text-lg font-semibold">{t("groups.optional", { count: inGroup.length })}</summary>
            <p className="mt-2 text-sm text-slate-700">{t("groups.optionalIntro")}</p>
            <div className="mt-4 space-y-4">{inGroup.map(renderElement)}</div>
          </details>
        ) : (
          <div key={group} className="space-y-4">
            <h2 className="text-xl font-semibold">{t(`groups.${group}`)}</h2>
            {group === "next" && <p className="text-sm text-slate-700">{t("groups.nextIntro")}</p>}
            {inGroup.map(renderElement)}
          </div>
        ),
      )}

      <section aria-labelledby="internal-notes-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-5">
        <h2 id="internal-notes-heading" className="text-lg font-semibold">
          {t("internalNotes")}
        </h2>
        <p id="internal-notes-hint" className="mb-2 text-sm text-slate-700">
          {t("internalNotesHint")}
        </p>
        <textarea
          aria-labelledby="internal-notes-heading"
          aria-describedby={`internal-notes-hint${notesProblem ? " internal-notes-error" : ""}`}
          aria-invalid={notesProblem ? true : undefined}
          rows={4}
          value={draft.notes}
          onChange={(event) => {
            update((current) => ({ ...current, notes: event.target.value }));
            autosave.changeLater("notes");
          }}
          onBlur={() => autosave.flush("notes")}
          className={input}
        />
        {notesProblem && (
          <p id="internal-notes-error" className="mt-1 text-sm text-red-700">
            {problemText("tooLong", STRATEGY_NOTES_MAX, draft.notes.length)}
          </p>
        )}
      </section>
    </div>
  );
}

function ElementHeading({ id, element }: { id: string; element: StrategyElementView }) {
  const t = useTranslations("strategy");
  return (
    <div className="mb-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={id} className="text-lg font-semibold">
          {element.title}
        </h3>
        {element.group === "next" && <span className="rounded bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-900">{t("writeNext")}</span>}
      </div>
      <p id={`${id}-guidance`} className="text-sm text-slate-700">
        {element.guidance}
      </p>
    </div>
  );
}
