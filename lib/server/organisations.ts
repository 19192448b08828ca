import "server-only";
import { cache } from "react";
import { db, type Tx } from "./db";
import { changedFields, recordAuditEvent } from "./audit";
import { isUniqueViolation, type MutationResult, type WorkspaceScope } from "./scope";
import { CHANNELS, organisationNameKey, type Channel, type Country, type Sector, type SizeBand } from "@/lib/curve";

/** A parsed, valid organisation as the form's schema hands it over. */
export type OrganisationInput = {
  name: string;
  sector: Sector;
  sizeBand: SizeBand;
  country: Country;
  website: string | null;
  notes: string;
  notesShared: boolean;
  responsibleConsultantId: string | null;
  tags: string[];
  channels: Channel[];
};

export type OrganisationListQuery = {
  q: string;
  sector?: Sector;
  tag?: string;
  status: "active" | "archived" | "all";
  sort: "name" | "updated" | "created" | "sector";
  dir: "asc" | "desc";
};

export type OrganisationSummary = {
  id: string;
  name: string;
  responsibleConsultant: { id: string; name: string } | null;
  sector: string;
  sizeBand: string;
  country: string;
  tags: string[];
  channels: Channel[];
  archivedAt: Date | null;
  updatedAt: Date;
};

export type OrganisationDetail = OrganisationSummary & {
  website: string | null;
  notes: string;
  notesInternal: boolean;
  clientsMayCompleteActions: boolean;
  createdAt: Date;
  /** The reassessment cadence in months, when one is set. */
  reassessmentMonths: number | null;
};

const summarySelect = {
  id: true,
  name: true,
  sector: true,
  sizeBand: true,
  country: true,
  archivedAt: true,
  updatedAt: true,
  responsibleConsultant: { select: { id: true, name: true } },
  tags: { select: { label: true }, orderBy: { label: "asc" } },
  channels: true,
} as const;

/** Stored channels, in the vocabulary's order, whatever an older record holds. */
export function parseChannels(stored: string): Channel[] {
  const chosen = new Set(JSON.parse(stored) as string[]);
  return CHANNELS.filter((channel) => chosen.has(channel));
}

function withTagLabels<T extends { tags: { label: string }[]; channels: string }>(
  row: T,
): Omit<T, "tags" | "channels"> & { tags: string[]; channels: Channel[] } {
  return { ...row, tags: row.tags.map((tag) => tag.label), channels: parseChannels(row.channels) };
}

export async function listOrganisations(scope: Pick<WorkspaceScope, "workspaceId">, query: OrganisationListQuery): Promise<OrganisationSummary[]> {
  const search = organisationNameKey(query.q);
  const orderBy =
    query.sort === "updated"
      ? [{ updatedAt: query.dir }, { nameKey: "asc" as const }]
      : query.sort === "created"
        ? [{ createdAt: query.dir }, { nameKey: "asc" as const }]
        : query.sort === "sector"
          ? [{ sector: query.dir }, { nameKey: "asc" as const }]
          : [{ nameKey: query.dir }];
  const rows = await db.organisation.findMany({
    where: {
      workspaceId: scope.workspaceId,
      ...(search ? { nameKey: { contains: search } } : {}),
      ...(query.sector ? { sector: query.sector } : {}),
      ...(query.tag ? { tags: { some: { label: query.tag } } } : {}),
      ...(query.status === "active" ? { archivedAt: null } : query.status === "archived" ? { archivedAt: { not: null } } : {}),
    },
    orderBy,
    select: summarySelect,
  });
  return rows.map(withTagLabels);
}

export async function listOrganisationTags(scope: Pick<WorkspaceScope, "workspaceId">): Promise<string[]> {
  const rows = await db.organisationTag.findMany({
    where: { organisation: { workspaceId: scope.workspaceId } },
    distinct: ["label"],
    orderBy: { label: "asc" },
    select: { label: true },
  });
  return rows.map((row) => row.label);
}

export async function getOrganisation(scope: Pick<WorkspaceScope, "workspaceId">, organisationId: string): Promise<OrganisationDetail | null> {
  return organisationById(scope.workspaceId, organisationId);
}

type DetailRow = Omit<OrganisationDetail, "responsibleConsultant" | "tags" | "channels"> & {
  channels: string;
  consultantId: string | null;
  consultantName: string | null;
};

// Per request: a page, its layout and its metadata ask for the organisation once. Every tab
// shows it, so it is two plain statements (lib/server/sql.ts).
const organisationById = cache(async (workspaceId: string, organisationId: string): Promise<OrganisationDetail | null> => {
  const [rows, tags] = await Promise.all([
    db.$queryRaw<DetailRow[]>`
      SELECT o."id", o."name", o."sector", o."sizeBand", o."country", o."archivedAt", o."updatedAt", o."channels", o."website",
             o."notes", o."notesInternal", o."clientsMayCompleteActions", o."createdAt", o."reassessmentMonths",
             u."id" AS "consultantId", u."name" AS "consultantName"
      FROM "Organisation" o LEFT JOIN "User" u ON u."id" = o."responsibleConsultantId"
      WHERE o."id" = ${organisationId} AND o."workspaceId" = ${workspaceId}`,
    db.$queryRaw<{ label: string }[]>`
      SELECT t."label" FROM "OrganisationTag" t JOIN "Organisation" o ON o."id" = t."organisationId"
      WHERE t."organisationId" = ${organisationId} AND o."workspaceId" = ${workspaceId}
      ORDER BY t."label"`,
  ]);
  const [row] = rows;
  if (!row) return null;
  const { consultantId, consultantName, channels, ...organisation } = row;
  return {
    ...organisation,
    responsibleConsultant: consultantId ? { id: consultantId, name: consultantName ?? "" } : null,
    tags: tags.map((tag) => tag.label),
    channels: parseChannels(channels),
  };
});

type AuditedFields = Pick<OrganisationDetail, "name" | "sector" | "sizeBand" | "country" | "website" | "notes" | "tags" | "channels"> & {
  consultantName: string | null;
  notesShared: boolean;
};

function auditSnapshot(organisation: AuditedFields) {
  const { notes } = organisation;
  return {
    name: organisation.name,
    consultant: organisation.consultantName,
    sector: organisation.sector,
    sizeBand: organisation.sizeBand,
    country: organisation.country,
    website: organisation.website,
    notes: notes.length > 140 ? `${notes.slice(0, 140)}…` : notes,
    notesShared: organisation.notesShared,
    tags: [...organisation.tags].sort(),
    channels: organisation.channels,
  };
}

async function nameIsTaken(tx: Tx, workspaceId: string, name: string, exceptId?: string): Promise<boolean> {
  const existing = await tx.organisation.findFirst({
    where: { workspaceId, nameKey: organisationNameKey(name), ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return existing !== null;
}

const duplicateName = { ok: false, fieldErrors: { name: "duplicateName" } } as const;
const unknownConsultant = { ok: false, fieldErrors: { responsibleConsultantId: "invalidChoice" } } as const;

/** The consultant's name when they are an owner or consultant of this workspace; undefined otherwise. */
async function consultantName(tx: Tx, workspaceId: string, userId: string | null): Promise<string | null | undefined> {
  if (userId === null) return null;
  const membership = await tx.membership.findFirst({
    where: { workspaceId, userId, role: { in: ["OWNER", "CONSULTANT"] } },
    select: { user: { select: { name: true } } },
  });
  return membership?.user.name;
}

export async function createOrganisation(scope: WorkspaceScope, input: OrganisationInput): Promise<MutationResult<{ id: string }>> {
  try {
    return await db.$transaction(async (tx) => {
      if (await nameIsTaken(tx, scope.workspaceId, input.name)) return duplicateName;
      const consultant = await consultantName(tx, scope.workspaceId, input.responsibleConsultantId);
      if (consultant === undefined) return unknownConsultant;
      const organisation = await tx.organisation.create({
        data: {
          workspaceId: scope.workspaceId,
          name: input.name,
          nameKey: organisationNameKey(input.name),
          sector: input.sector,
          sizeBand: input.sizeBand,
          country: input.country,
          website: input.website,
          notes: input.notes,
          notesInternal: !input.notesShared,
          responsibleConsultantId: input.responsibleConsultantId,
          tags: { create: input.tags.map((label) => ({ label })) },
          channels: JSON.stringify(input.channels),
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, scope, {
        action: "organisation.created",
        subjectType: "organisation",
        subjectId: organisation.id,
        after: auditSnapshot({ ...input, consultantName: consultant }),
      });
      return { ok: true, value: organisation };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return duplicateName;
    throw error;
  }
}

export async function updateOrganisation(
  scope: WorkspaceScope,
  organisationId: string,
  input: OrganisationInput,
): Promise<MutationResult<{ id: string }> | null> {
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.organisation.findFirst({
        where: { id: organisationId, workspaceId: scope.workspaceId },
        select: { ...summarySelect, website: true, notes: true, notesInternal: true },
      });
      if (!current) return null;
      if (await nameIsTaken(tx, scope.workspaceId, input.name, organisationId)) return duplicateName;
      const consultant = await consultantName(tx, scope.workspaceId, input.responsibleConsultantId);
      if (consultant === undefined) return unknownConsultant;
      await tx.organisationTag.deleteMany({ where: { organisationId: current.id } });
      await tx.organisation.update({
        where: { id: current.id },
        data: {
          name: input.name,
          nameKey: organisationNameKey(input.name),
          sector: input.sector,
          sizeBand: input.sizeBand,
          country: input.country,
          website: input.website,
          notes: input.notes,
          notesInternal: !input.notesShared,
          responsibleConsultantId: input.responsibleConsultantId,
          tags: { create: input.tags.map((label) => ({ label })) },
          channels: JSON.stringify(input.channels),
        },
      });
      const change = changedFields(
        auditSnapshot({ ...withTagLabels(current), consultantName: current.responsibleConsultant?.name ?? null, notesShared: !current.notesInternal }),
        auditSnapshot({ ...input, consultantName: consultant }),
      );
      if (Object.keys(change.after).length > 0) {
        await recordAuditEvent(tx, scope, {
          action: "organisation.updated",
          subjectType: "organisation",
          subjectId: current.id,
          ...change,
        });
      }
      return { ok: true, value: { id: current.id } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return duplicateName;
    throw error;
  }
}

/** Archives or restores; false when the organisation is not in the workspace. */
export async function setOrganisationArchived(scope: WorkspaceScope, organisationId: string, archived: boolean): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const changed = await tx.organisation.updateMany({
      where: { id: organisationId, workspaceId: scope.workspaceId, archivedAt: archived ? null : { not: null } },
      data: { archivedAt: archived ? new Date() : null },
    });
    if (changed.count === 0) {
      const exists = await tx.organisation.count({ where: { id: organisationId, workspaceId: scope.workspaceId } });
      return exists > 0;
    }
    await recordAuditEvent(tx, scope, {
      action: archived ? "organisation.archived" : "organisation.restored",
      subjectType: "organisation",
      subjectId: organisationId,
    });
    return true;
  });
}
