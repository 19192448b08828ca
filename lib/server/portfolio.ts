import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import { db } from "./db";
import { parseProgressHistory } from "./assessments";
import type { WorkspaceScope } from "./scope";
import {
  calendarDayOf,
  compareMissingLast,
  positionOn,
  replayDays,
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
import type { Channel, DatedPosition, PortfolioSort, Sector } from "@/lib/curve";
import { parseChannels } from "./organisations";

const PORTFOLIO_PAGE_SIZE = 50;

/** The portfolio's filters, sort and page, as its schema reads them from the URL. */
export type PortfolioQuery = {
  q: string;
  sector?: Sector;
  stage?: number;
  tag?: string;
  consultant?: string;
  overdue?: "1";
  channel?: Channel;
  sort: PortfolioSort;
  dir: "asc" | "desc";
  page: number;
};

export type PortfolioRow = PortfolioFigures & {
  id: string;
  name: string;
  sector: string;
  tags: string[];
  channels: Channel[];
  consultant: { id: string; name: string } | null;
  assessments: number;
  /** Completed positions, oldest first: for the portfolio's replay, never sent to a page whole. */
  history: DatedPosition[];
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
 * The rows name each responsible consultant, so a member renamed or removed ends them too.
 */
export async function loadPortfolioRows(scope: Pick<WorkspaceScope, "workspaceId">, now: Date = new Date()): Promise<PortfolioRow[]> {
  // One statement on every portfolio view: the stamp is all a repeat view reads.
  const [latest] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT (SELECT MAX(o."updatedAt") FROM "Organisation" o WHERE o."workspaceId" = ${scope.workspaceId}) AS "organisationsChanged",
           (SELECT COUNT(*) FROM "Organisation" o WHERE o."workspaceId" = ${scope.workspaceId}) AS "organisations",
           (SELECT MAX(u."updatedAt") FROM "User" u JOIN "Membership" m ON m."userId" = u."id" WHERE m."workspaceId" = ${scope.workspaceId}) AS "membersChanged",
           (SELECT COUNT(*) FROM "Membership" m WHERE m."workspaceId" = ${scope.workspaceId}) AS "members"`;
  const asText = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value ?? ""));
  const stamp = [latest?.organisationsChanged, latest?.organisations, latest?.membersChanged, latest?.members].map(asText).concat(isoDay(now)).join(":");
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
      select: {
        id: true,
        name: true,
        sector: true,
        channels: true,
        createdAt: true,
        reassessmentMonths: true,
        progressHistory: true,
        responsibleConsultantId: true,
      },
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
  // Kept in name order, so that a request sorts only by what it asks (sorts are stable) and
  // never compares names again: with a thousand clients, names are the costly comparison.
  organisations.sort((a, b) => collator.compare(a.name, b.name));
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
      channels: parseChannels(organisation.channels),
      consultant: organisation.responsibleConsultantId ? (consultantOf.get(organisation.responsibleConsultantId) ?? null) : null,
      assessments: own.length,
      history: own,
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
  fellBack: PortfolioRow[];
  /** Active organisations in the workspace, before any filter. */
  organisations: number;
  overdue: PortfolioRow[];
  tags: string[];
  consultants: { id: string; name: string }[];
};

const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

function compareRows(sort: PortfolioQuery["sort"], direction: 1 | -1): (a: PortfolioRow, b: PortfolioRow) => number {
  const by = (value: (row: PortfolioRow) => number | null | undefined) => (a: PortfolioRow, b: PortfolioRow) =>
    compareMissingLast(value(a), value(b), direction);
  switch (sort) {
    case "position":
      return by((row) => row.latest?.position);
    case "change":
      return by((row) => row.changeSincePrevious);
    case "last":
      return by((row) => row.latest?.assessedOn.getTime());
    case "due":
      return by((row) => row.nextDue?.getTime());
    default:
      return () => 0;
  }
}

type PortfolioFilters = Omit<PortfolioQuery, "sort" | "dir" | "page">;

function filterRows(all: readonly PortfolioRow[], query: PortfolioFilters): PortfolioRow[] {
  const search = query.q.trim().toLowerCase();
  return all.filter(
    (row) =>
      (!search || row.name.toLowerCase().includes(search)) &&
      (!query.sector || row.sector === query.sector) &&
      (!query.stage || row.latest?.stage === query.stage) &&
      (!query.tag || row.tags.includes(query.tag)) &&
      (!query.consultant || row.consultant?.id === query.consultant) &&
      (!query.channel || row.channels.includes(query.channel)) &&
      (!query.overdue || row.dueStatus === "overdue"),
  );
}

/**
 * The rows the portfolio's filters leave, in its sort order (ties by name): every page.
 * `all` is in name order, as loadPortfolioRows gives it.
 */
export function sortedPortfolioRows(all: readonly PortfolioRow[], query: PortfolioFilters & Pick<PortfolioQuery, "sort" | "dir">): PortfolioRow[] {
  const filtered = filterRows(all, query);
  if (query.sort === "name") return query.dir === "desc" ? filtered.reverse() : filtered;
  return filtered.sort(compareRows(query.sort, query.dir === "desc" ? -1 : 1));
}

/** The consultant's home: filtered, sorted and paged clients, and the portfolio's overview. */
export async function loadPortfolio(scope: Pick<WorkspaceScope, "workspaceId">, query: PortfolioQuery, now: Date = new Date()): Promise<Portfolio> {
  // In name order: every list below that sorts by something else keeps names as the tie-break.
  const all = await loadPortfolioRows(scope, now);
  const filtered = sortedPortfolioRows(all, query);
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
      .sort((a, b) => b.changeSincePrevious! - a.changeSincePrevious!)
      .slice(0, 5),
    stalled: all.filter((row) => row.stalled),
    fellBack: all.filter((row) => row.fellBack).sort((a, b) => (a.changeSincePrevious ?? 0) - (b.changeSincePrevious ?? 0)),
    organisations: all.length,
    overdue: all.filter((row) => row.dueStatus === "overdue").sort((a, b) => a.nextDue!.getTime() - b.nextDue!.getTime()),
    tags: [...new Set(all.flatMap((row) => row.tags))].sort(collator.compare),
    consultants: [...consultants.values()].sort((a, b) => collator.compare(a.name, b.name)),
  };
}

export type PortfolioReplay = {
  days: string[];
  organisations: { id: string; name: string; consultantId: string | null; consultantName: string | null }[];
  /** Per day, per organisation (in the order above): [position, stage, change since its previous assessment] or null before its first. */
  frames: ([number, number, number | null] | null)[][];
};

/** Where every (filtered) client stood once a month over the last `months` months, for the curve's time control. */
export async function loadPortfolioReplay(
  scope: Pick<WorkspaceScope, "workspaceId">,
  query: PortfolioFilters,
  months = 24,
  now: Date = new Date(),
): Promise<PortfolioReplay> {
  const rows = filterRows(await loadPortfolioRows(scope, now), query);
  const days = replayDays(calendarDayOf(now), months);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    days: days.map(isoDay),
    organisations: rows.map((row) => ({ id: row.id, name: row.name, consultantId: row.consultant?.id ?? null, consultantName: row.consultant?.name ?? null })),
    frames: days.map((day) =>
      rows.map((row) => {
        const on = positionOn(row.history, day);
        return on ? [round(on.position.position), on.position.stage, on.change === null ? null : round(on.change)] : null;
      }),
    ),
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
  // Plain statements (lib/server/sql.ts): comparing is a click away from the portfolio.
  const [found, rows] = await Promise.all([
    candidates.length
      ? db.$queryRaw<{ id: string; name: string; archivedAt: Date | null }[]>`
          SELECT "id", "name", "archivedAt" FROM "Organisation"
          WHERE "workspaceId" = ${scope.workspaceId} AND "id" IN (${Prisma.join(candidates)})`
      : [],
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
  const assessments = chosen.length
    ? await db.$queryRaw<{ organisationId: string; assessedOn: Date; resultPosition: number; resultStage: number; resultDimensions: string | null }[]>`
        SELECT "organisationId", "assessedOn", "resultPosition", "resultStage", "resultDimensions" FROM "Assessment"
        WHERE "workspaceId" = ${scope.workspaceId} AND "organisationId" IN (${Prisma.join(chosen)})
          AND "status" = 'COMPLETED' AND "resultPosition" IS NOT NULL
        ORDER BY "assessedOn" ASC`
    : [];
  const rowById = new Map(rows.map((row) => [row.id, row]));
  return {
    choices: rows.map((row) => ({ id: row.id, name: row.name })),
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
            position: assessment.resultPosition,
            stage: assessment.resultStage as StageNumber,
            dimensionScores: assessment.resultDimensions ? (JSON.parse(assessment.resultDimensions) as Record<string, number | null>) : {},
          })),
        benchmark: benchmarkInSector(rows, row),
      };
    }),
    skipped,
  };
}
