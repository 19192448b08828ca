// Reading earlier assessments from a spreadsheet: one row per organisation and date, one column
// per question id (values 1–4, NA, DK or empty), or one per dimension id (scores 1–4) for
// history kept at dimension level. Pure: the server reads the file into cells, this decides
// what the cells mean and what is wrong with them, in codes the UI puts into words.
import { isoDay, parseCalendarDay } from "./calendar";
import type { Model, StageNumber } from "./model";
import { scoreAssessment, scoreDimensionLevel, type Answer } from "./scoring";
import { COUNTRIES, SECTORS, SIZE_BANDS, organisationNameKey, type Country, type Sector, type SizeBand } from "./vocabulary";

export const IMPORT_MAX_ROWS = 20_000;
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Problems listed in a preview; beyond this many, the count says how many more. */
const PROBLEMS_SHOWN = 200;

/** A cell as the file holds it: its text, or a formula (which is never evaluated or taken). */
export type SheetCell = string | { formula: string };

type ImportProblem = { code: ImportProblemCode; row?: number; column?: string; value?: string };
type ImportProblemCode =
  | "noOrganisationColumn"
  | "noDateColumn"
  | "noQuestionColumns"
  | "bothLevels"
  | "unknownColumn"
  | "duplicateColumn"
  | "tooManyRows"
  | "noRows"
  | "organisationMissing"
  | "invalidDate"
  | "dateOutOfRange"
  | "notALevel"
  | "notAScore"
  | "formula"
  | "duplicateRow"
  | "alreadyThere"
  | "tooFewAnswers"
  | "unknownSector"
  | "unknownSize"
  | "unknownCountry";

type ImportedAssessment = {
  row: number;
  organisationName: string;
  organisationKey: string;
  assessedOn: Date;
  title: string | null;
  channel: string | null;
  /** Answers per question; null for dimension-level history. */
  answers: Answer[] | null;
  dimensionScores: Record<string, number | null>;
  position: number;
  stage: StageNumber;
};

type ImportedOrganisation = { name: string; key: string; existing: boolean; sector: Sector; sizeBand: SizeBand; country: Country; assessments: number };

export type ImportPlan = {
  level: "items" | "dimensions";
  organisations: ImportedOrganisation[];
  assessments: ImportedAssessment[];
  problems: ImportProblem[];
  /** How many problems there were in all (only the first ones are listed). */
  problemCount: number;
};

const FIXED_COLUMNS = {
  organisation: ["organisation", "organization", "organisatie", "naam", "name"],
  date: ["date", "datum", "assessed on", "beoordeeld op", "assessment date", "datum assessment"],
  title: ["title", "titel"],
  channel: ["channel", "kanaal"],
  sector: ["sector"],
  size: ["size", "size band", "grootte", "omvang"],
  country: ["country", "land"],
} as const;
type FixedColumn = keyof typeof FIXED_COLUMNS;

// Columns of the workspace's own exports that are read back as what they say but not imported.
const EXPORTED_ONLY = ["scope", "reikwijdte", "position", "positie", "stage", "fase", "level", "niveau", "source", "bron"];

const NOT_APPLICABLE = ["na", "n/a", "nvt", "n.v.t.", "not applicable", "niet van toepassing"];
const DONT_KNOW = ["dk", "wn", "don't know", "dont know", "weet niet", "onbekend"];

const text = (cell: SheetCell | undefined) => (typeof cell === "string" ? cell.trim() : "");
const normalHeader = (header: string) => header.trim().toLowerCase().replace(/\s+/g, " ");

/** "strategy.plan", or "Social-mediaplan [strategy.plan]" as the exports head their columns. */
function headerId(header: string): string {
  const bracketed = /\[([a-z0-9_.-]+)\]\s*$/i.exec(header.trim());
  return (bracketed ? bracketed[1]! : header.trim()).toLowerCase();
}

/** A day from what people type or spreadsheets hold: 2025-03-01, 1-3-2025, 01/03/2025 (day first). */
export function parseSheetDate(value: string): Date | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value);
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1]!, iso[2]!, iso[3]!] : dayFirst ? [dayFirst[3]!, dayFirst[2]!, dayFirst[1]!] : [];
  if (!year) return null;
  return parseCalendarDay(`${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`);
}

function parseScore(value: string): number | null {
  if (!/^\d+([.,]\d+)?$/.test(value)) return null;
  const score = Number(value.replace(",", "."));
  return score >= 1 && score <= 4 ? score : null;
}

/**
 * What a sheet would import: its organisations (matched by name, case-insensitively, or new),
 * its assessments scored by the model, and every problem. Nothing may be imported while there
 * is a problem: the import is all or nothing.
 */
export function planImport(
  model: Model,
  table: readonly (readonly SheetCell[])[],
  context: { existingOrganisations: readonly { name: string }[]; existingDates: ReadonlyMap<string, ReadonlySet<string>>; earliest: Date; today: Date },
): ImportPlan {
  const problems: ImportProblem[] = [];
  const empty: ImportPlan = { level: "items", organisations: [], assessments: [], problems, problemCount: 0 };
  const finish = (plan: ImportPlan): ImportPlan => ({ ...plan, problems: problems.slice(0, PROBLEMS_SHOWN), problemCount: problems.length });
  const [header = [], ...body] = table;
  const rows = body
    .map((cells, index) => ({ number: index + 2, cells }))
    .filter((row) => row.cells.some((cell) => text(cell) !== "" || typeof cell === "object"));

  const items = new Map(model.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.id, item] as const)));
  const dimensionIds = new Set(model.dimensions.map((dimension) => dimension.id));
  const fixed = new Map<FixedColumn, number>();
  const itemColumns = new Map<string, number>();
  const dimensionColumns = new Map<string, number>();
  header.forEach((cell, index) => {
    const name = text(cell);
    if (!name) return;
    const known = (Object.keys(FIXED_COLUMNS) as FixedColumn[]).find((key) => (FIXED_COLUMNS[key] as readonly string[]).includes(normalHeader(name)));
    const id = headerId(name);
    const target = known ? null : items.has(id) ? itemColumns : dimensionIds.has(id) ? dimensionColumns : null;
    if (known) {
      if (fixed.has(known)) problems.push({ code: "duplicateColumn", column: name });
      else fixed.set(known, index);
    } else if (target) {
      if (target.has(id)) problems.push({ code: "duplicateColumn", column: name });
      else target.set(id, index);
    } else if (!EXPORTED_ONLY.includes(normalHeader(name))) {
      problems.push({ code: "unknownColumn", column: name });
    }
  });
  if (!fixed.has("organisation")) problems.push({ code: "noOrganisationColumn" });
  if (!fixed.has("date")) problems.push({ code: "noDateColumn" });
  if (itemColumns.size === 0 && dimensionColumns.size === 0) problems.push({ code: "noQuestionColumns" });
  if (itemColumns.size > 0 && dimensionColumns.size > 0) problems.push({ code: "bothLevels" });
  if (rows.length > IMPORT_MAX_ROWS) problems.push({ code: "tooManyRows", value: String(IMPORT_MAX_ROWS) });
  if (problems.length > 0) return finish(empty);
  if (rows.length === 0) {
    problems.push({ code: "noRows" });
    return finish(empty);
  }
  const level = itemColumns.size > 0 ? "items" : "dimensions";

  const existing = new Map(context.existingOrganisations.map((organisation) => [organisationNameKey(organisation.name), organisation.name]));
  const organisations = new Map<string, ImportedOrganisation>();
  const seen = new Map<string, number>();
  const assessments: ImportedAssessment[] = [];
  for (const { number, cells } of rows) {
    const before = problems.length;
    const cellAt = (index: number | undefined) => (index === undefined ? "" : cells[index]);
    const textAt = (index: number | undefined) => text(cellAt(index));
    for (const [column, index] of [...fixed.entries()].map(([, index]) => [text(header[index]), index] as const)) {
      if (typeof cellAt(index) === "object") problems.push({ code: "formula", row: number, column });
    }
    const name = textAt(fixed.get("organisation")).replace(/\s+/g, " ");
    if (!name) problems.push({ code: "organisationMissing", row: number });
    const dateText = textAt(fixed.get("date"));
    const assessedOn = parseSheetDate(dateText);
    if (!assessedOn) problems.push({ code: "invalidDate", row: number, value: dateText });
    else if (assessedOn < context.earliest || assessedOn > context.today) problems.push({ code: "dateOutOfRange", row: number, value: dateText });

    const key = organisationNameKey(name);
    const answers: Answer[] = [];
    const dimensionScores: Record<string, number | null> = {};
    const columns = level === "items" ? itemColumns : dimensionColumns;
    for (const [id, index] of columns) {
      const cell = cellAt(index);
      const column = text(header[index]);
      if (typeof cell === "object") {
        problems.push({ code: "formula", row: number, column });
        continue;
      }
      const value = text(cell);
      if (level === "dimensions") {
        const score = value === "" ? null : parseScore(value);
        if (value !== "" && score === null) problems.push({ code: "notAScore", row: number, column, value });
        dimensionScores[id] = score;
        continue;
      }
      const lower = value.toLowerCase();
      if (value === "") continue;
      if (NOT_APPLICABLE.includes(lower)) answers.push({ itemId: id, skip: "not_applicable" });
      else if (DONT_KNOW.includes(lower)) answers.push({ itemId: id, skip: "dont_know" });
      else if (/^[1-4]$/.test(value)) answers.push({ itemId: id, optionId: items.get(id)!.options[Number(value) - 1]!.id });
      else problems.push({ code: "notALevel", row: number, column, value });
    }

    const vocabulary = <T extends string>(column: FixedColumn, allowed: readonly T[], fallback: T, code: ImportProblemCode): T => {
      const value = textAt(fixed.get(column));
      if (!value) return fallback;
      const found = allowed.find((entry) => entry.toLowerCase() === value.toLowerCase());
      if (!found) problems.push({ code, row: number, column: text(header[fixed.get(column)!]), value });
      return found ?? fallback;
    };
    const sector = vocabulary("sector", SECTORS, "other", "unknownSector");
    const sizeBand = vocabulary("size", SIZE_BANDS, "1-9", "unknownSize");
    const country = vocabulary("country", COUNTRIES, "NL", "unknownCountry");
    if (problems.length > before || !assessedOn) continue;

    const day = isoDay(assessedOn);
    const duplicateOf = seen.get(`${key} ${day}`);
    if (duplicateOf !== undefined) {
      problems.push({ code: "duplicateRow", row: number, value: String(duplicateOf) });
      continue;
    }
    seen.set(`${key} ${day}`, number);
    if (context.existingDates.get(key)?.has(day)) {
      problems.push({ code: "alreadyThere", row: number, value: day });
      continue;
    }
    const result =
      level === "items" ? scoreAssessment(model, { modelId: model.id, modelVersion: model.version, answers }) : scoreDimensionLevel(model, dimensionScores);
    if (result.position === null || result.stage === null) {
      problems.push({ code: "tooFewAnswers", row: number });
      continue;
    }
    const organisation = organisations.get(key) ?? {
      name: existing.get(key) ?? name,
      key,
      existing: existing.has(key),
      sector,
      sizeBand,
      country,
      assessments: 0,
    };
    organisation.assessments += 1;
    organisations.set(key, organisation);
    assessments.push({
      row: number,
      organisationName: organisation.name,
      organisationKey: key,
      assessedOn,
      title: textAt(fixed.get("title")) || null,
      channel: textAt(fixed.get("channel")) || null,
      answers: level === "items" ? answers : null,
      dimensionScores: Object.fromEntries(result.dimensions.map((dimension) => [dimension.dimensionId, dimension.score])),
      position: result.position,
      stage: result.stage,
    });
  }
  return finish({ level, organisations: [...organisations.values()], assessments, problems, problemCount: 0 });
}
