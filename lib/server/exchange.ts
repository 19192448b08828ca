import "server-only";
import { db } from "./db";
import { recordAuditEvent } from "./audit";
import { refreshProgressHistory } from "./assessments/progress-history";
import { loadPortfolioRows, sortedPortfolioRows, type PortfolioQuery, type PortfolioRow } from "./portfolio";
import type { WorkspaceScope } from "./scope";
import { isoDay, organisationNameKey, SMICIKLAS_MODEL_ID, shippedModels, type ImportPlan, type StageNumber } from "@/lib/curve";

// What goes out to spreadsheets and comes back from them. Plain rows of selected fields: no
// tokens, no hashes, no e-mail addresses but the consultant's name.

export type PortfolioExportRow = PortfolioRow & { sizeBand: string; first: { position: number } | null; openActions: number };

/** The portfolio as filtered and sorted on screen, every page of it. */
export async function loadPortfolioExport(
  scope: Pick<WorkspaceScope, "workspaceId">,
  query: PortfolioQuery,
  now: Date = new Date(),
): Promise<PortfolioExportRow[]> {
  const rows = sortedPortfolioRows(await loadPortfolioRows(scope, now), query);
  const ids = rows.map((row) => row.id);
  const [organisations, actions] = await Promise.all([
    db.organisation.findMany({ where: { workspaceId: scope.workspaceId, id: { in: ids } }, select: { id: true, sizeBand: true } }),
    db.actionItem.groupBy({
      by: ["organisationId"],
      where: { workspaceId: scope.workspaceId, organisationId: { in: ids }, status: { not: "DONE" } },
      _count: { _all: true },
    }),
  ]);
  const sizeOf = new Map(organisations.map((organisation) => [organisation.id, organisation.sizeBand]));
  const openOf = new Map(actions.map((entry) => [entry.organisationId, entry._count._all]));
  return rows.map((row) => ({ ...row, sizeBand: sizeOf.get(row.id) ?? "", first: row.history[0] ?? null, openActions: openOf.get(row.id) ?? 0 }));
}

export type ExportedAssessment = {
  organisationName: string;
  sector: string;
  sizeBand: string;
  country: string;
  title: string;
  assessedOn: Date;
  scope: string;
  channel: string | null;
  position: number | null;
  stage: number | null;
  dimensionScores: Record<string, number | null>;
};

/** Every completed assessment of the workspace's active organisations, by organisation and date. */
export async function listCompletedAssessmentsForExport(
  scope: Pick<WorkspaceScope, "workspaceId">,
  organisationIds: readonly string[],
): Promise<ExportedAssessment[]> {
  const rows = await db.assessment.findMany({
    where: { workspaceId: scope.workspaceId, status: "COMPLETED", organisationId: { in: [...organisationIds] } },
    orderBy: [{ organisation: { name: "asc" } }, { assessedOn: "asc" }],
    select: {
      title: true,
      assessedOn: true,
      scope: true,
      channel: true,
      resultPosition: true,
      resultStage: true,
      resultDimensions: true,
      organisation: { select: { name: true, sector: true, sizeBand: true, country: true } },
    },
  });
  return rows.map((row) => ({
    organisationName: row.organisation.name,
    sector: row.organisation.sector,
    sizeBand: row.organisation.sizeBand,
    country: row.organisation.country,
    title: row.title,
    assessedOn: row.assessedOn,
    scope: row.scope,
    channel: row.channel,
    position: row.resultPosition,
    stage: row.resultStage,
    dimensionScores: row.resultDimensions ? (JSON.parse(row.resultDimensions) as Record<string, number | null>) : {},
  }));
}

export type OrganisationExport = {
  assessments: {
    id: string;
    title: string;
    assessedOn: Date;
    completedAt: Date | null;
    status: string;
    scope: string;
    channel: string | null;
    modelId: string;
    modelVersion: number;
    position: number | null;
    stage: number | null;
    authorName: string | null;
    answers: { itemId: string; optionId: string | null; skip: string | null; notes: string; evidenceLinks: string[] }[];
    respondents: { name: string; raterGroup: string; submittedAt: Date | null; answers: { itemId: string; optionId: string | null; skip: string | null }[] }[];
  }[];
  targets: { dimensionId: string; targetStage: number; targetDate: Date | null }[];
  actions: { title: string; dimensionId: string | null; ownerName: string; dueDate: Date | null; status: string }[];
};

/** One organisation's every assessment with every answer, its targets and its plan. */
export async function loadOrganisationExport(scope: Pick<WorkspaceScope, "workspaceId">, organisationId: string): Promise<OrganisationExport> {
  const where = { workspaceId: scope.workspaceId, organisationId };
  const [assessments, targets, actions] = await Promise.all([
    db.assessment.findMany({
      where,
      orderBy: [{ assessedOn: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        title: true,
        assessedOn: true,
        completedAt: true,
        status: true,
        scope: true,
        channel: true,
        modelId: true,
        modelVersion: true,
        resultPosition: true,
        resultStage: true,
        author: { select: { name: true } },
        answers: { select: { itemId: true, optionId: true, skip: true, notes: true, evidenceLinks: true } },
        respondents: {
          where: { submittedAt: { not: null } },
          orderBy: { createdAt: "asc" },
          select: { name: true, raterGroup: true, submittedAt: true, answers: { select: { itemId: true, optionId: true, skip: true } } },
        },
      },
    }),
    db.dimensionTarget.findMany({
      where: { organisation: { workspaceId: scope.workspaceId }, organisationId },
      select: { dimensionId: true, targetStage: true, targetDate: true },
    }),
    db.actionItem.findMany({ where, orderBy: { createdAt: "asc" }, select: { title: true, dimensionId: true, ownerName: true, dueDate: true, status: true } }),
  ]);
  return {
    assessments: assessments.map(({ resultPosition, resultStage, author, answers, ...assessment }) => ({
      ...assessment,
      position: resultPosition,
      stage: resultStage,
      authorName: author?.name ?? null,
      answers: answers.map((answer) => ({ ...answer, evidenceLinks: JSON.parse(answer.evidenceLinks) as string[] })),
    })),
    targets,
    actions,
  };
}

/** What an import is checked against: the workspace's organisations and the days they were assessed. */
export async function loadImportContext(
  scope: Pick<WorkspaceScope, "workspaceId">,
): Promise<{ existingOrganisations: { name: string }[]; existingDates: Map<string, Set<string>> }> {
  const organisations = await db.organisation.findMany({
    where: { workspaceId: scope.workspaceId },
    select: { name: true, assessments: { where: { status: "COMPLETED" }, select: { assessedOn: true } } },
  });
  return {
    existingOrganisations: organisations.map((organisation) => ({ name: organisation.name })),
    existingDates: new Map(
      organisations.map((organisation) => [organisationNameKey(organisation.name), new Set(organisation.assessments.map((entry) => isoDay(entry.assessedOn)))]),
    ),
  };
}

export type ImportOutcome = { ok: true; organisationsCreated: number; assessments: number } | { ok: false; reason: "changed" };

/**
 * Writes a checked import, all or nothing: new organisations, and each row as a completed
 * assessment with its answers (none for dimension-level history) and its result. If the
 * workspace changed since the preview (an organisation or an assessment on the same day
 * appeared), nothing is written and the preview must be made again.
 */
export async function applyImport(
  scope: WorkspaceScope,
  plan: ImportPlan,
  file: { name: string; titles: { items: string; dimensions: string } },
): Promise<ImportOutcome> {
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  return db
    .$transaction(
      async (tx) => {
        const present = await tx.organisation.findMany({
          where: { workspaceId: scope.workspaceId, nameKey: { in: plan.organisations.map((organisation) => organisation.key) } },
          select: { id: true, nameKey: true },
        });
        const idOf = new Map(present.map((organisation) => [organisation.nameKey, organisation.id]));
        if (plan.organisations.some((organisation) => organisation.existing !== idOf.has(organisation.key))) return { ok: false, reason: "changed" } as const;
        let organisationsCreated = 0;
        for (const organisation of plan.organisations.filter((entry) => !entry.existing)) {
          const created = await tx.organisation.create({
            data: {
              workspaceId: scope.workspaceId,
              name: organisation.name,
              nameKey: organisation.key,
              sector: organisation.sector,
              sizeBand: organisation.sizeBand,
              country: organisation.country,
            },
            select: { id: true },
          });
          idOf.set(organisation.key, created.id);
          organisationsCreated += 1;
          await recordAuditEvent(tx, scope, {
            action: "organisation.imported",
            subjectType: "organisation",
            subjectId: created.id,
            after: { name: organisation.name, file: file.name },
          });
        }
        const days = await tx.assessment.findMany({
          where: { workspaceId: scope.workspaceId, status: "COMPLETED", organisationId: { in: [...idOf.values()] } },
          select: { organisationId: true, assessedOn: true },
        });
        const taken = new Set(days.map((entry) => `${entry.organisationId} ${isoDay(entry.assessedOn)}`));
        const now = new Date();
        for (const row of plan.assessments) {
          const organisationId = idOf.get(row.organisationKey)!;
          if (taken.has(`${organisationId} ${isoDay(row.assessedOn)}`)) throw new ImportChanged();
          await tx.assessment.create({
            data: {
              workspaceId: scope.workspaceId,
              organisationId,
              authorId: scope.userId,
              title: row.title ?? (plan.level === "items" ? file.titles.items : file.titles.dimensions),
              scope: row.channel ? "channel" : "organisation",
              channel: row.channel,
              assessedOn: row.assessedOn,
              modelId: model.id,
              modelVersion: model.version,
              status: "COMPLETED",
              completedAt: now,
              resultPosition: row.position,
              resultStage: row.stage satisfies StageNumber,
              resultDimensions: JSON.stringify(row.dimensionScores),
              ...(row.answers
                ? {
                    answers: {
                      create: row.answers.map((answer) => ({
                        itemId: answer.itemId,
                        ...("optionId" in answer ? { optionId: answer.optionId } : { skip: answer.skip }),
                      })),
                    },
                  }
                : {}),
            },
            select: { id: true },
          });
          await recordAuditEvent(tx, scope, {
            action: "assessment.imported",
            subjectType: "organisation",
            subjectId: organisationId,
            after: { file: file.name, row: row.row, assessedOn: isoDay(row.assessedOn), position: Number(row.position.toFixed(2)) },
          });
        }
        for (const organisationId of new Set(idOf.values())) await refreshProgressHistory(tx, scope.workspaceId, organisationId);
        return { ok: true, organisationsCreated, assessments: plan.assessments.length } as const;
      },
      { timeout: 60_000, maxWait: 10_000 },
    )
    .catch((error: unknown) => {
      if (error instanceof ImportChanged) return { ok: false, reason: "changed" } as const;
      throw error;
    });
}

class ImportChanged extends Error {}
