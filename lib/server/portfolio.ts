import "server-only";
import { db } from "./db";
import { parseProgressHistory } from "./assessments";
import type { WorkspaceScope } from "./scope";
import {
  isoDay,
  nextReassessmentDue,
  portfolioFigures,
  reassessmentStatus,
  sectorBenchmark,
  stageDistribution,
  type PortfolioFigures,
  type ReassessmentStatus,
  type SectorBenchmark,
  type StageNumber,
} from "@/lib/curve";
import type { PortfolioSort, Sector } from "@/lib/curve";

const PORTFOLIO_PAGE_SIZE = 50;

/** The portfolio's filters, sort and page, as its schema reads them from the URL. */
export type PortfolioQuery = {
  q: string;
  sector?: Sector;
  stage?: number;
  tag?: string;
  consultant?: string;
  overdue?: "1";
  sort: PortfolioSort;
  dir: "asc" | "desc";
  page: number;
};

export type PortfolioRow = PortfolioFigures & {
  id: string;
  name: string;
  sector: string;
  tags: string[];
  consultant: { id: string; name: string } | null;
  assessments: number;
  nextDue: Date | null;
  dueStatus: ReassessmentStatus | null;
};

/**
 * Every active client with its figures, in at most four queries whatever the number of
 * organisations or assessments: each organisation carries its completed positions in
 * progressHistory.
 */
type CachedRows = { stamp: string; rows: PortfolioRow[] };
const cachedRows = new Map<string, CachedRows>();
const CACHE_LIMIT = 100;

/**
 * The portfolio rows, computed again only when the workspace's organisations changed. Every
 * change to an organisation (its tags, cadence, archive state, or an assessment completed or
 * reopened, which rewrites its progress history) moves its updatedAt; the stamp is read from
 * the database on every call, so each app server sees every other server's changes at once.
 */
export async function loadPortfolioRows(scope: Pick<WorkspaceScope, "workspaceId">, now: Date = new Date()): Promise<PortfolioRow[]> {
  const latest = await db.organisation.aggregate({ where: { workspaceId: scope.workspaceId }, _max: { updatedAt: true }, _count: { _all: true } });
  const stamp = `${latest._max.updatedAt?.getTime() ?? 0}:${latest._count._all}:${isoDay(now)}`;
  const cached = cachedRows.get(scope.workspaceId);
  if (cached?.stamp === stamp) return cached.rows;
  const rows = await readPortfolioRows(scope, now);
  if (cachedRows.size >= CACHE_LIMIT) cachedRows.delete(cachedRows.keys().next().value!);
  cachedRows.set(scope.workspaceId, { stamp, rows });
  return rows;
}

async function readPortfolioRows(scope: Pick<WorkspaceScope, "workspaceId">, now: Date): Promise<PortfolioRow[]> {
  // Three flat reads joined here: faster than Prisma's relation loading for a thousand rows.
  const [organisations, tags, consultants] = await Promise.all([
    db.organisation.findMany({
      where: { workspaceId: scope.workspaceId, archivedAt: null },
      select: { id: true, name: true, sector: true, createdAt: true, reassessmentMonths: true, progressHistory: true, responsibleConsultantId: true },
    }),
    db.organisationTag.findMany({
      where: { organisation: { workspaceId: scope.workspaceId, archivedAt: null } },
      select: { organisationId: true, label: true },
    }),
    db.membership.findMany({
      where: { workspaceId: scope.workspaceId, role: { in: ["OWNER", "CONSULTANT"] } },
      select: { user: { select: { id: true, name: true } } },
    }),
  ]);
  const tagsOf = new Map<string, string[]>();
  for (const tag of tags) tagsOf.set(tag.organisationId, [...(tagsOf.get(tag.organisationId) ?? []), tag.label]);
  const consultantOf = new Map(consultants.map((membership) => [membership.user.id, membership.user]));
  return organisations.map((organisation) => {
    const own = parseProgressHistory(organisation.progressHistory);
    const figures = portfolioFigures(own, now);
    const nextDue = nextReassessmentDue(organisation.reassessmentMonths, figures.latest?.assessedOn ?? null, organisation.createdAt);
    return {
      id: organisation.id,
      name: organisation.name,
      sector: organisation.sector,
      tags: (tagsOf.get(organisation.id) ?? []).sort(),
      consultant: organisation.responsibleConsultantId ? (consultantOf.get(organisation.responsibleConsultantId) ?? null) : null,
      assessments: own.length,
      ...figures,
      nextDue,
      dueStatus: nextDue ? reassessmentStatus(nextDue, now) : null,
    };
  });
}

export type Portfolio = {
  total: number;
  rows: PortfolioRow[];
  page: number;
  pages: number;
  distribution: { now: Record<StageNumber, number>; yearAgo: Record<StageNumber, number> };
  movers: PortfolioRow[];
  stalled: PortfolioRow[];
  overdue: PortfolioRow[];
  tags: string[];
  consultants: { id: string; name: string }[];
};

const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

function compareRows(sort: PortfolioQuery["sort"]): (a: PortfolioRow, b: PortfolioRow) => number {
  const missingLast = (a: number | null | undefined, b: number | null | undefined) => (a == null ? (b == null ? 0 : 1) : b == null ? -1 : a - b);
  switch (sort) {
    case "position":
      return (a, b) => missingLast(a.latest?.position, b.latest?.position);
    case "change":
      return (a, b) => missingLast(a.changeSincePrevious, b.changeSincePrevious);
    case "last":
      return (a, b) => missingLast(a.latest?.assessedOn.getTime(), b.latest?.assessedOn.getTime());
    case "due":
      return (a, b) => missingLast(a.nextDue?.getTime(), b.nextDue?.getTime());
    default:
      return () => 0;
  }
}

/** The consultant's home: filtered, sorted and paged clients, and the portfolio's overview. */
export async function loadPortfolio(scope: Pick<WorkspaceScope, "workspaceId">, query: PortfolioQuery, now: Date = new Date()): Promise<Portfolio> {
  const all = await loadPortfolioRows(scope, now);
  const search = query.q.trim().toLowerCase();
  const filtered = all.filter(
    (row) =>
      (!search || row.name.toLowerCase().includes(search)) &&
      (!query.sector || row.sector === query.sector) &&
      (!query.stage || row.latest?.stage === query.stage) &&
      (!query.tag || row.tags.includes(query.tag)) &&
      (!query.consultant || row.consultant?.id === query.consultant) &&
      (!query.overdue || row.dueStatus === "overdue"),
  );
  const byName = (a: PortfolioRow, b: PortfolioRow) => collator.compare(a.name, b.name);
  const direction = query.dir === "desc" ? -1 : 1;
  const primary = compareRows(query.sort);
  filtered.sort((a, b) => (query.sort === "name" ? direction * byName(a, b) : direction * primary(a, b) || byName(a, b)));
  const pages = Math.max(1, Math.ceil(filtered.length / PORTFOLIO_PAGE_SIZE));
  const page = Math.min(query.page, pages);

  const consultants = new Map(all.flatMap((row) => (row.consultant ? [[row.consultant.id, row.consultant] as const] : [])));
  return {
    total: filtered.length,
    rows: filtered.slice((page - 1) * PORTFOLIO_PAGE_SIZE, page * PORTFOLIO_PAGE_SIZE),
    page,
    pages,
    distribution: {
      now: stageDistribution(all.map((row) => row.latest?.stage ?? null)),
      yearAgo: stageDistribution(all.map((row) => row.yearAgo?.stage ?? null)),
    },
    movers: all
      .filter((row) => (row.changeSincePrevious ?? 0) > 0)
      .sort((a, b) => b.changeSincePrevious! - a.changeSincePrevious! || byName(a, b))
      .slice(0, 5),
    stalled: all.filter((row) => row.stalled).sort(byName),
    overdue: all.filter((row) => row.dueStatus === "overdue").sort((a, b) => a.nextDue!.getTime() - b.nextDue!.getTime()),
    tags: [...new Set(all.flatMap((row) => row.tags))].sort(collator.compare),
    consultants: [...consultants.values()].sort((a, b) => collator.compare(a.name, b.name)),
  };
}

function benchmarkInSector(rows: readonly PortfolioRow[], organisation: Pick<PortfolioRow, "id" | "sector">): SectorBenchmark | null {
  const own = rows.find((row) => row.id === organisation.id)?.latest?.position;
  if (own === undefined) return null;
  const peers = rows.filter((row) => row.sector === organisation.sector && row.latest).map((row) => row.latest!.position);
  return sectorBenchmark(peers, own);
}

type ComparedOrganisation = {
  id: string;
  name: string;
  sector: string;
  history: { assessedOn: Date; position: number; stage: StageNumber; dimensionScores: Record<string, number | null> }[];
  benchmark: SectorBenchmark | null;
};

export type Comparison = {
  organisations: ComparedOrganisation[];
  /** Every active organisation, by name, to choose from. */
  choices: { id: string; name: string }[];
  skipped: { id: string; reason: "unknown" | "archived" | "too_many"; name?: string }[];
};

/**
 * Up to eight organisations of the caller's workspace with their histories. Ids that are
 * unknown here (including other workspaces' ids), archived or beyond eight are named as skipped.
 */
export async function loadComparison(
  scope: Pick<WorkspaceScope, "workspaceId">,
  ids: readonly string[],
  maximum: number,
  now: Date = new Date(),
): Promise<Comparison> {
  const candidates = ids.filter((id) => id.length <= 64);
  const [found, rows] = await Promise.all([
    db.organisation.findMany({
      where: { workspaceId: scope.workspaceId, id: { in: candidates } },
      select: { id: true, name: true, archivedAt: true },
    }),
    loadPortfolioRows(scope, now),
  ]);
  const byId = new Map(found.map((organisation) => [organisation.id, organisation]));
  const skipped: Comparison["skipped"] = [];
  const chosen: string[] = [];
  for (const id of ids) {
    const organisation = byId.get(id);
    if (!organisation) skipped.push({ id: id.slice(0, 40), reason: "unknown" });
    else if (organisation.archivedAt) skipped.push({ id, reason: "archived", name: organisation.name });
    else if (chosen.length >= maximum) skipped.push({ id, reason: "too_many", name: organisation.name });
    else chosen.push(id);
  }
  const assessments = await db.assessment.findMany({
    where: { workspaceId: scope.workspaceId, organisationId: { in: chosen }, status: "COMPLETED", resultPosition: { not: null } },
    orderBy: { assessedOn: "asc" },
    select: { organisationId: true, assessedOn: true, resultPosition: true, resultStage: true, resultDimensions: true },
  });
  const rowById = new Map(rows.map((row) => [row.id, row]));
  return {
    choices: rows.map((row) => ({ id: row.id, name: row.name })).sort((a, b) => collator.compare(a.name, b.name)),
    organisations: chosen.map((id) => {
      const row = rowById.get(id)!;
      return {
        id,
        name: row.name,
        sector: row.sector,
        history: assessments
          .filter((assessment) => assessment.organisationId === id)
          .map((assessment) => ({
            assessedOn: assessment.assessedOn,
            position: assessment.resultPosition!,
            stage: assessment.resultStage as StageNumber,
            dimensionScores: assessment.resultDimensions ? (JSON.parse(assessment.resultDimensions) as Record<string, number | null>) : {},
          })),
        benchmark: benchmarkInSector(rows, row),
      };
    }),
    skipped,
  };
}
