import "server-only";
import { getTranslations, type Translate } from "@/lib/i18n/server";
import { localize, SECTORS, shippedModels, SIZE_BANDS, SMICIKLAS_MODEL_ID, type Locale, type Model } from "@/lib/curve";
import { separatorFor, toCsv } from "@/lib/exchange/csv";
import { toXlsx, type SheetColumn, type SheetSpec } from "@/lib/exchange/xlsx";
import type { ExportedAssessment, OrganisationExport, PortfolioExportRow } from "@/lib/server/exchange";
import { reportFileName } from "@/lib/reports/document";

export type ExportFormat = "xlsx" | "csv";
export type ExportFile = { body: Uint8Array; type: string; fileName: string };

const TYPES = { xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv: "text/csv; charset=utf-8" } as const;
const round2 = (value: number | null | undefined) => (value == null ? null : Math.round(value * 100) / 100);
const cellText = (value: string | number | Date | null) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

async function fileOf(format: ExportFormat, locale: Locale, sheets: SheetSpec[], name: string[], validatedRows = 0): Promise<ExportFile> {
  const fileName = `${reportFileName(name)}.${format}`;
  if (format === "xlsx") return { body: new Uint8Array(await toXlsx(sheets, validatedRows)), type: TYPES.xlsx, fileName };
  // A CSV holds one table: the first sheet.
  const [sheet] = sheets;
  const csv = toCsv([sheet!.columns.map((column) => column.header), ...sheet!.rows.map((row) => row.map(cellText))], separatorFor(locale));
  return { body: new TextEncoder().encode(csv), type: TYPES.csv, fileName };
}

/** "Strategie en planning [strategy]": readable, and read back by the import. */
const dimensionHeader = (model: Model, locale: Locale) =>
  model.dimensions.map((dimension): SheetColumn => ({ header: `${localize(dimension.name, locale)} [${dimension.id}]`, kind: "score", width: 16 }));

function assessmentsSheet(model: Model, locale: Locale, t: Translate, assessments: readonly ExportedAssessment[]): SheetSpec {
  const stage = (value: number | null) => (value ? localize(model.stages[value - 1]!.name, locale) : null);
  return {
    name: t("sheets.assessments"),
    columns: [
      { header: t("columns.organisation"), width: 32 },
      { header: t("columns.date"), kind: "date", width: 12 },
      { header: t("columns.title"), width: 24 },
      { header: t("columns.scope"), width: 14 },
      { header: t("columns.channel"), width: 12 },
      { header: t("columns.sector"), width: 14 },
      { header: t("columns.size"), width: 10 },
      { header: t("columns.country"), width: 8 },
      { header: t("columns.position"), kind: "score", width: 10 },
      { header: t("columns.stage"), width: 14 },
      ...dimensionHeader(model, locale),
    ],
    rows: assessments.map((entry) => [
      entry.organisationName,
      entry.assessedOn,
      entry.title,
      entry.scope === "channel" ? t("scopeChannel") : t("scopeOrganisation"),
      entry.channel,
      entry.sector,
      entry.sizeBand,
      entry.country,
      round2(entry.position),
      stage(entry.stage),
      ...model.dimensions.map((dimension) => round2(entry.dimensionScores[dimension.id])),
    ]),
  };
}

/** The portfolio as filtered on screen, and (XLSX) every completed assessment of it. */
export async function portfolioExport(
  format: ExportFormat,
  locale: Locale,
  rows: readonly PortfolioExportRow[],
  assessments: readonly ExportedAssessment[],
  workspaceName: string,
): Promise<ExportFile> {
  const t = await getTranslations({ locale, namespace: "exchange" });
  const to = await getTranslations({ locale, namespace: "organisations" });
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  const stage = (value: number | null | undefined) => (value ? localize(model.stages[value - 1]!.name, locale) : null);
  const portfolio: SheetSpec = {
    name: t("sheets.portfolio"),
    columns: [
      { header: t("columns.organisation"), width: 32 },
      { header: t("columns.sector"), width: 20 },
      { header: t("columns.size"), width: 12 },
      { header: t("columns.tags"), width: 20 },
      { header: t("columns.consultant"), width: 20 },
      { header: t("columns.stage"), width: 14 },
      { header: t("columns.position"), kind: "score", width: 10 },
      { header: t("columns.sincePrevious"), kind: "score", width: 14 },
      { header: t("columns.sinceFirst"), kind: "score", width: 14 },
      { header: t("columns.lastAssessment"), kind: "date", width: 14 },
      { header: t("columns.nextDue"), kind: "date", width: 14 },
      { header: t("columns.openActions"), kind: "number", width: 12 },
    ],
    rows: rows.map((row) => [
      row.name,
      to(`sectors.${row.sector}`),
      to(`sizeBands.${row.sizeBand}`),
      row.tags.join(", "),
      row.consultant?.name ?? null,
      stage(row.latest?.stage),
      round2(row.latest?.position),
      round2(row.changeSincePrevious),
      row.latest && row.first ? round2(row.latest.position - row.first.position) : null,
      row.latest?.assessedOn ?? null,
      row.nextDue,
      row.openActions,
    ]),
  };
  return fileOf(
    format,
    locale,
    [portfolio, assessmentsSheet(model, locale, t, assessments)],
    [workspaceName, t("fileNames.portfolio"), new Date().toISOString().slice(0, 10)],
  );
}

/**
 * One organisation's assessments with every answer, a row per answer; the targets and the plan
 * on their own sheets (XLSX). Internal notes, respondents and drafts only for readers who may see them.
 */
export async function organisationExport(
  format: ExportFormat,
  locale: Locale,
  organisationName: string,
  data: OrganisationExport,
  reader: { notes: boolean; respondents: boolean; drafts: boolean },
): Promise<ExportFile> {
  const withNotes = reader.notes;
  const t = await getTranslations({ locale, namespace: "exchange" });
  const tr = await getTranslations({ locale, namespace: "respond" });
  const tp = await getTranslations({ locale, namespace: "plans" });
  const stageName = (model: Model, value: number | null | undefined) => (value ? localize(model.stages[value - 1]!.name, locale) : null);
  const answers: SheetSpec = {
    name: t("sheets.answers"),
    columns: [
      { header: t("columns.date"), kind: "date", width: 12 },
      { header: t("columns.title"), width: 24 },
      { header: t("columns.status"), width: 12 },
      { header: t("columns.scope"), width: 14 },
      { header: t("columns.position"), kind: "score", width: 10 },
      { header: t("columns.stage"), width: 14 },
      { header: t("columns.answeredBy"), width: 24 },
      { header: t("columns.raterGroup"), width: 18 },
      { header: t("columns.questionId"), width: 22 },
      { header: t("columns.question"), width: 50 },
      { header: t("columns.answer"), width: 50 },
      { header: t("columns.answerStage"), width: 14 },
      { header: t("columns.notes"), width: 40 },
      { header: t("columns.evidence"), width: 40 },
    ],
    rows: data.assessments.flatMap((assessment) => {
      if (!reader.drafts && assessment.status !== "COMPLETED") return [];
      const model = shippedModels.get(assessment.modelId, assessment.modelVersion);
      const items = new Map(model.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.id, item] as const)));
      const head = [
        assessment.assessedOn,
        assessment.title,
        assessment.status === "COMPLETED" ? t("completed") : t("draft"),
        assessment.scope === "channel" ? `${t("scopeChannel")}: ${assessment.channel ?? ""}` : t("scopeOrganisation"),
        round2(assessment.position),
        stageName(model, assessment.stage),
      ];
      const answerCells = (itemId: string, optionId: string | null, skip: string | null) => {
        const item = items.get(itemId);
        const option = item?.options.find((entry) => entry.id === optionId);
        return [
          itemId,
          item ? localize(item.text, locale) : itemId,
          option ? localize(option.text, locale) : skip === "not_applicable" ? t("notApplicable") : skip === "dont_know" ? t("dontKnow") : null,
          option ? stageName(model, option.stage) : null,
        ];
      };
      const own = assessment.answers.map((answer) => [
        ...head,
        assessment.authorName ?? t("consultant"),
        t("consultant"),
        ...answerCells(answer.itemId, answer.optionId, answer.skip),
        withNotes ? answer.notes || null : null,
        answer.evidenceLinks.join(" ") || null,
      ]);
      // Respondents answered for the consultant: a client sees their groups on the portal, never a person's answers.
      const theirs = (reader.respondents ? assessment.respondents : []).flatMap((respondent) =>
        respondent.answers.map((answer) => [
          ...head,
          respondent.name || t("anonymous"),
          tr(`raterGroups.${respondent.raterGroup}`),
          ...answerCells(answer.itemId, answer.optionId, answer.skip),
          null,
          null,
        ]),
      );
      return [...own, ...theirs];
    }),
  };
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  const dimensionName = (id: string | null) =>
    id ? localize(model.dimensions.find((dimension) => dimension.id === id)?.name ?? { nl: id, en: id }, locale) : null;
  const targets: SheetSpec = {
    name: t("sheets.targets"),
    columns: [
      { header: t("columns.dimension"), width: 28 },
      { header: t("columns.targetStage"), width: 14 },
      { header: t("columns.targetDate"), kind: "date", width: 14 },
    ],
    rows: data.targets.map((target) => [dimensionName(target.dimensionId), stageName(model, target.targetStage), target.targetDate]),
  };
  const actions: SheetSpec = {
    name: t("sheets.actions"),
    columns: [
      { header: t("columns.action"), width: 50 },
      { header: t("columns.dimension"), width: 28 },
      { header: t("columns.owner"), width: 20 },
      { header: t("columns.due"), kind: "date", width: 14 },
      { header: t("columns.status"), width: 14 },
    ],
    rows: data.actions.map((action) => [
      action.title,
      dimensionName(action.dimensionId),
      action.ownerName || null,
      action.dueDate,
      tp(`statuses.${action.status}`),
    ]),
  };
  return fileOf(format, locale, [answers, targets, actions], [organisationName, t("fileNames.organisation"), new Date().toISOString().slice(0, 10)]);
}

/** The import template: one row per organisation and date, one column per question id, the allowed values listed. */
export async function importTemplate(format: ExportFormat, locale: Locale): Promise<ExportFile> {
  const t = await getTranslations({ locale, namespace: "exchange" });
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  const levels = ["1", "2", "3", "4", "NA", "DK"] as const;
  const itemIds = model.dimensions.flatMap((dimension) => dimension.items.map((item) => item.id));
  const sheet: SheetSpec = {
    name: t("sheets.template"),
    columns: [
      { header: t("columns.organisation"), width: 32 },
      { header: t("columns.date"), kind: "date", width: 12 },
      { header: t("columns.title"), width: 20 },
      {
        header: t("columns.sector"),
        width: 14,
        allowed: SECTORS,
      },
      { header: t("columns.size"), width: 10, allowed: SIZE_BANDS },
      ...itemIds.map((id): SheetColumn => ({ header: id, width: Math.max(8, id.length + 2), allowed: levels })),
    ],
    rows: [
      [t("template.example"), new Date(Date.UTC(2025, 2, 1)), t("template.exampleTitle"), "retail", "10-49", ...itemIds.map((_, index) => levels[index % 3]!)],
    ],
  };
  const guide: SheetSpec = {
    name: t("sheets.guide"),
    columns: [
      { header: t("columns.questionId"), width: 24 },
      { header: t("columns.question"), width: 70 },
      ...model.stages.map((stage): SheetColumn => ({ header: `${stage.stage} = ${localize(stage.name, locale)}`, width: 40 })),
    ],
    rows: [
      ...model.dimensions.flatMap((dimension) =>
        dimension.items.map((item) => [item.id, localize(item.text, locale), ...item.options.map((option) => localize(option.text, locale))]),
      ),
      ["NA", t("notApplicable")],
      ["DK", t("dontKnow")],
    ],
  };
  return fileOf(format, locale, format === "xlsx" ? [sheet, guide] : [sheet], [t("fileNames.template")], 500);
}
