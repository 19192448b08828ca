// A strategy as written: its sections and SMART objectives as typed, what is wrong with them,
// how to start one (from a stage template or a worked example) and what changed between two
// versions. Pure: the data layer stores it, the pages show it.
import { addCalendarMonths, isoDay, parseCalendarDay } from "./calendar";
import type { Locale } from "./model";
import { STRATEGY_ELEMENT_IDS, type StrategyElementId, type StrategyPlan } from "./strategy";
import type { StrategyExample } from "./strategy-examples";

/** A section may be long, but not a book: beyond this it is refused at the field. */
export const STRATEGY_SECTION_MAX = 4000;
export const STRATEGY_NOTES_MAX = 4000;
export const OBJECTIVE_TEXT_MAX = 300;
/** What is kept of a field at all (typed or pasted): more is refused without being stored. */
export const STRATEGY_FIELD_HARD_MAX = 20_000;

export const OBJECTIVE_FIELDS = ["what", "kpi", "baseline", "target", "dueOn", "dimensionId"] as const;
export type ObjectiveField = (typeof OBJECTIVE_FIELDS)[number];
export type ObjectiveDraft = { id: string } & Record<ObjectiveField, string>;

export type StrategyContent = {
  sections: Partial<Record<StrategyElementId, string>>;
  objectives: ObjectiveDraft[];
};

/** A new strategy's first draft; the data layer gives its objectives their ids. */
export type StrategyStart = { sections: StrategyContent["sections"]; objectives: Record<ObjectiveField, string>[] };

export type StrategyProblem = "tooLong" | "required" | "notANumber" | "invalidDate" | "dateInPast" | "unknownDimension";

export function isStrategyElementId(value: string): value is StrategyElementId {
  return (STRATEGY_ELEMENT_IDS as readonly string[]).includes(value);
}

/** "900", "12,5", "12.5%" → the number; anything else (words, thousands separators) → null. */
export function parseKpiNumber(text: string): number | null {
  const compact = text.replace(/\s+/g, "");
  if (!/^-?\d+([.,]\d+)?%?$/.test(compact)) return null;
  return Number(compact.replace("%", "").replace(",", "."));
}

export function sectionProblem(text: string): StrategyProblem | null {
  return text.length > STRATEGY_SECTION_MAX ? "tooLong" : null;
}

type ObjectiveRules = { today: Date; dimensionIds: readonly string[] };

/**
 * What is wrong with each field of an objective. An empty objective is a draft not yet begun:
 * only "what" is required once anything is filled in; baseline and target must be numbers,
 * "by when" a day from today on, the dimension one of the organisation's model.
 */
export function objectiveProblems(objective: Record<ObjectiveField, string>, rules: ObjectiveRules): Partial<Record<ObjectiveField, StrategyProblem>> {
  const problems: Partial<Record<ObjectiveField, StrategyProblem>> = {};
  for (const field of OBJECTIVE_FIELDS) if (objective[field].length > OBJECTIVE_TEXT_MAX) problems[field] = "tooLong";
  const begun = OBJECTIVE_FIELDS.some((field) => objective[field].trim() !== "");
  if (begun && !problems.what && objective.what.trim() === "") problems.what = "required";
  for (const field of ["baseline", "target"] as const) {
    if (!problems[field] && objective[field].trim() !== "" && parseKpiNumber(objective[field]) === null) problems[field] = "notANumber";
  }
  if (!problems.dueOn && objective.dueOn.trim() !== "") {
    const day = parseCalendarDay(objective.dueOn.trim());
    if (!day) problems.dueOn = "invalidDate";
    else if (day.getTime() < rules.today.getTime()) problems.dueOn = "dateInPast";
  }
  if (!problems.dimensionId && objective.dimensionId !== "" && !rules.dimensionIds.includes(objective.dimensionId)) problems.dimensionId = "unknownDimension";
  return problems;
}

/** Every problem of a draft, keyed as the fields are ("section:goal", "objective:<id>:target"). */
export function strategyProblems(content: StrategyContent, rules: ObjectiveRules): Record<string, StrategyProblem> {
  const problems: Record<string, StrategyProblem> = {};
  for (const [elementId, text] of Object.entries(content.sections)) {
    const problem = sectionProblem(text ?? "");
    if (problem) problems[`section:${elementId}`] = problem;
  }
  for (const objective of content.objectives) {
    for (const [field, problem] of Object.entries(objectiveProblems(objective, rules))) problems[`objective:${objective.id}:${field}`] = problem;
  }
  return problems;
}

/** Headings to write under, for the elements that have a fixed shape. */
const SCAFFOLDS: Partial<Record<StrategyElementId, Record<Locale, string>>> = {
  swot: {
    nl: "Sterktes:\n\nZwaktes:\n\nKansen:\n\nBedreigingen:\n",
    en: "Strengths:\n\nWeaknesses:\n\nOpportunities:\n\nThreats:\n",
  },
  audiences: { nl: "Wie:\n\nWaar op sociale media:\n", en: "Who:\n\nWhere on social media:\n" },
  listening: { nl: "Feeds en zoektermen:\n\nAlerts:\n\nMonitoringtool:\n", en: "Feeds and search terms:\n\nAlerts:\n\nMonitoring tool:\n" },
  measurability: {
    nl: "KPI's:\n\nHoe en hoe vaak gemeten:\n\nWie rapporteert aan wie:\n",
    en: "KPIs:\n\nHow and how often measured:\n\nWho reports to whom:\n",
  },
  "tone-of-voice": { nl: "Wel:\n\nNiet:\n\nVoorbeeld:\n", en: "Do:\n\nDon't:\n\nExample:\n" },
  "follow-up": { nl: "Wie reageert:\n\nEscalatie naar:\n", en: "Who responds:\n\nEscalation to:\n" },
  "response-time": { nl: "Per kanaal, bijvoorbeeld: binnen 4 werkuren.\n", en: "Per channel, for example: within 4 working hours.\n" },
  frequency: { nl: "Per kanaal: hoe vaak, op welke dagen.\n", en: "Per channel: how often, on which days.\n" },
};

/** The stage template: a heading scaffold for each element that applies, nothing else filled in. */
export function strategyFromTemplate(plan: StrategyPlan, locale: Locale): StrategyStart {
  const applicable = new Set([...plan.next, ...plan.later]);
  const sections: Partial<Record<StrategyElementId, string>> = {};
  for (const [elementId, scaffold] of Object.entries(SCAFFOLDS) as [StrategyElementId, Record<Locale, string>][]) {
    if (applicable.has(elementId)) sections[elementId] = scaffold[locale];
  }
  return { sections, objectives: [] };
}

/** A worked example in one language, its "by when" counted from today. */
export function strategyFromExample(example: StrategyExample, locale: Locale, today: Date): StrategyStart {
  const sections: StrategyStart["sections"] = Object.fromEntries(Object.entries(example.sections).map(([elementId, text]) => [elementId, text![locale]]));
  return {
    sections,
    objectives: example.objectives.map((objective) => ({
      what: objective.what[locale],
      kpi: objective.kpi[locale],
      baseline: String(objective.baseline),
      target: String(objective.target),
      dueOn: isoDay(addCalendarMonths(today, objective.months)),
      dimensionId: objective.dimensionId,
    })),
  };
}

export type StrategyChange =
  | { kind: "section"; elementId: StrategyElementId; before: string; after: string }
  | { kind: "objectiveAdded"; after: ObjectiveDraft }
  | { kind: "objectiveRemoved"; before: ObjectiveDraft }
  | { kind: "objectiveChanged"; before: ObjectiveDraft; after: ObjectiveDraft; fields: ObjectiveField[] };

/** What changed from one version to another, in the elements' order, then the objectives'. */
export function strategyChanges(before: StrategyContent, after: StrategyContent): StrategyChange[] {
  const changes: StrategyChange[] = [];
  for (const elementId of STRATEGY_ELEMENT_IDS) {
    const was = (before.sections[elementId] ?? "").trim();
    const now = (after.sections[elementId] ?? "").trim();
    if (was !== now) changes.push({ kind: "section", elementId, before: was, after: now });
  }
  const earlier = new Map(before.objectives.map((objective) => [objective.id, objective]));
  const later = new Set(after.objectives.map((objective) => objective.id));
  for (const objective of after.objectives) {
    const was = earlier.get(objective.id);
    if (!was) {
      changes.push({ kind: "objectiveAdded", after: objective });
      continue;
    }
    const fields = OBJECTIVE_FIELDS.filter((field) => was[field].trim() !== objective[field].trim());
    if (fields.length) changes.push({ kind: "objectiveChanged", before: was, after: objective, fields });
  }
  for (const objective of before.objectives) if (!later.has(objective.id)) changes.push({ kind: "objectiveRemoved", before: objective });
  return changes;
}

/** True when nothing at all has been written: such a draft cannot become a version. */
export function isEmptyStrategy(content: StrategyContent): boolean {
  return (
    Object.values(content.sections).every((text) => !text?.trim()) &&
    content.objectives.every((objective) => OBJECTIVE_FIELDS.every((field) => !objective[field].trim()))
  );
}
