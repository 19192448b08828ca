import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import { db } from "./db";
import { recordAuditEvent } from "./audit";
import { refreshProgressHistory } from "./assessments/progress-history";
import type { WorkspaceScope } from "./scope";
import { organisationNameKey } from "@/lib/curve";
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupDocument } from "@/lib/exchange/backup-format";

const iso = (value: Date | null) => (value ? value.toISOString() : null);

const BACKUP_BATCH = 25;

const organisationSelect = {
  id: true,
  name: true,
  sector: true,
  sizeBand: true,
  country: true,
  website: true,
  notes: true,
  notesInternal: true,
  clientsMayCompleteActions: true,
  reassessmentMonths: true,
  channels: true,
  archivedAt: true,
  createdAt: true,
  responsibleConsultant: { select: { name: true } },
  tags: { select: { label: true } },
  assessments: {
    orderBy: [{ assessedOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      scope: true,
      channel: true,
      assessedOn: true,
      modelId: true,
      modelVersion: true,
      status: true,
      revision: true,
      roundClosedAt: true,
      completedAt: true,
      resultPosition: true,
      resultStage: true,
      resultDimensions: true,
      unchangedFromBaseline: true,
      author: { select: { name: true } },
      authorLabel: true,
      answers: { select: { itemId: true, optionId: true, skip: true, notes: true, evidenceLinks: true, carriedOver: true } },
      respondents: { select: { name: true, raterGroup: true, submittedAt: true, answers: { select: { itemId: true, optionId: true, skip: true } } } },
    },
  },
  targets: { select: { dimensionId: true, targetStage: true, targetDate: true } },
  actionItems: {
    orderBy: { createdAt: "asc" },
    select: { title: true, dimensionId: true, ownerName: true, dueDate: true, status: true, recommendationId: true },
  },
  pulses: {
    orderBy: { takenOn: "asc" },
    select: { takenOn: true, answers: true, position: true, stage: true, author: { select: { name: true } }, authorLabel: true },
  },
  strategies: {
    orderBy: { channel: "asc" },
    select: {
      channel: true,
      exampleId: true,
      internalNotes: true,
      sections: { select: { elementId: true, text: true } },
      objectives: { orderBy: { position: "asc" }, select: { what: true, kpi: true, baseline: true, target: true, dueOn: true, dimensionId: true } },
      versions: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          assessmentId: true,
          content: true,
          sharedAt: true,
          createdAt: true,
          savedBy: { select: { name: true } },
          savedByLabel: true,
        },
      },
    },
  },
} satisfies Prisma.OrganisationSelect;

/** The backup's head: everything but the organisations. */
async function backupHead(scope: Pick<WorkspaceScope, "workspaceId">, now: Date): Promise<Omit<BackupDocument, "organisations">> {
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: scope.workspaceId },
    select: { name: true, brandName: true, accentColour: true, reportFooter: true, logo: true, logoType: true },
  });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    workspace: {
      name: workspace.name,
      brandName: workspace.brandName,
      accentColour: workspace.accentColour,
      reportFooter: workspace.reportFooter,
      logo:
        workspace.logo && (workspace.logoType === "image/png" || workspace.logoType === "image/jpeg")
          ? { type: workspace.logoType, base64: Buffer.from(workspace.logo).toString("base64") }
          : null,
    },
  };
}

/**
 * The workspace's organisations as the backup holds them, a few at a time, oldest first: a
 * workspace of a thousand clients is half a million answers, too many to hold at once.
 */
async function* backupOrganisations(scope: Pick<WorkspaceScope, "workspaceId">): AsyncGenerator<BackupDocument["organisations"]> {
  const where = { workspaceId: scope.workspaceId };
  const ids = await db.organisation.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
  for (let start = 0; start < ids.length; start += BACKUP_BATCH) {
    const batch = ids.slice(start, start + BACKUP_BATCH).map((row) => row.id);
    const [organisations, history] = await Promise.all([
      db.organisation.findMany({ where: { ...where, id: { in: batch } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: organisationSelect }),
      db.auditEvent.findMany({
        where: { ...where, subjectType: "organisation", subjectId: { in: batch } },
        orderBy: { createdAt: "asc" },
        select: { subjectId: true, action: true, before: true, after: true, createdAt: true, actor: { select: { name: true } }, actorLabel: true },
      }),
    ]);
    const historyOf = new Map<string, typeof history>();
    for (const event of history) historyOf.set(event.subjectId, [...(historyOf.get(event.subjectId) ?? []), event]);
    yield organisations.map((organisation) => ({
      name: organisation.name,
      sector: organisation.sector,
      sizeBand: organisation.sizeBand,
      country: organisation.country,
      website: organisation.website,
      notes: organisation.notes,
      notesInternal: organisation.notesInternal,
      clientsMayCompleteActions: organisation.clientsMayCompleteActions,
      reassessmentMonths: organisation.reassessmentMonths,
      channels: JSON.parse(organisation.channels) as string[],
      tags: organisation.tags.map((tag) => tag.label),
      archivedAt: iso(organisation.archivedAt),
      createdAt: organisation.createdAt.toISOString(),
      responsibleConsultant: organisation.responsibleConsultant?.name ?? null,
      assessments: organisation.assessments.map((assessment) => ({
        title: assessment.title,
        scope: assessment.scope === "channel" ? "channel" : "organisation",
        channel: assessment.channel,
        assessedOn: assessment.assessedOn.toISOString(),
        modelId: assessment.modelId,
        modelVersion: assessment.modelVersion,
        status: assessment.status === "COMPLETED" ? "COMPLETED" : "DRAFT",
        revision: assessment.revision,
        roundClosedAt: iso(assessment.roundClosedAt),
        completedAt: iso(assessment.completedAt),
        position: assessment.resultPosition,
        stage: assessment.resultStage,
        dimensionScores: assessment.resultDimensions ? (JSON.parse(assessment.resultDimensions) as Record<string, number | null>) : null,
        unchangedFromBaseline: assessment.unchangedFromBaseline,
        author: assessment.author?.name ?? assessment.authorLabel,
        answers: assessment.answers.map((answer) => ({ ...answer, skip: skip(answer.skip), evidenceLinks: JSON.parse(answer.evidenceLinks) as string[] })),
        respondents: assessment.respondents.map((respondent) => ({
          name: respondent.name,
          raterGroup: respondent.raterGroup,
          submittedAt: iso(respondent.submittedAt),
          answers: respondent.answers.map((answer) => ({ ...answer, skip: skip(answer.skip) })),
        })),
      })),
      targets: organisation.targets.map((target) => ({ ...target, targetDate: iso(target.targetDate) })),
      actions: organisation.actionItems.map((item) => ({ ...item, status: item.status as "OPEN" | "IN_PROGRESS" | "DONE", dueDate: iso(item.dueDate) })),
      pulses: organisation.pulses.map((pulse) => ({
        takenOn: pulse.takenOn.toISOString(),
        answers: pulse.answers,
        position: pulse.position,
        stage: pulse.stage,
        author: pulse.author?.name ?? pulse.authorLabel,
      })),
      strategies: organisation.strategies.map((strategy) => ({
        channel: strategy.channel,
        exampleId: strategy.exampleId,
        internalNotes: strategy.internalNotes,
        sections: Object.fromEntries(strategy.sections.map((section) => [section.elementId, section.text])),
        objectives: strategy.objectives,
        versions: strategy.versions.map((version) => {
          const assessmentIndex = organisation.assessments.findIndex((assessment) => assessment.id === version.assessmentId);
          return {
            number: version.number,
            assessmentIndex: assessmentIndex >= 0 ? assessmentIndex : null,
            content: version.content,
            savedBy: version.savedBy?.name ?? version.savedByLabel,
            sharedAt: iso(version.sharedAt),
            createdAt: version.createdAt.toISOString(),
          };
        }),
      })),
      history: (historyOf.get(organisation.id) ?? []).map((event) => ({
        action: event.action,
        actor: event.actor?.name ?? event.actorLabel,
        before: event.before,
        after: event.after,
        createdAt: event.createdAt.toISOString(),
      })),
    }));
  }
}

const skip = (value: string | null) => (value === "not_applicable" || value === "dont_know" ? value : null);

/**
 * The whole workspace as a backup document: its settings, and per organisation its
 * assessments with answers, respondents' answers, targets, actions, pulses and history.
 * Members appear by name only; no password hash, token, token hash or e-mail address.
 */
export async function loadWorkspaceBackup(scope: Pick<WorkspaceScope, "workspaceId">, now: Date = new Date()): Promise<BackupDocument> {
  const organisations: BackupDocument["organisations"] = [];
  for await (const batch of backupOrganisations(scope)) organisations.push(...batch);
  return { ...(await backupHead(scope, now)), organisations };
}

/**
 * The same document as JSON text, written as it is read: the server holds a few organisations
 * at a time. The head is read before the first byte, so a database that does not answer is an
 * error page, not a download; a failure later breaks the download off (the browser says it
 * failed) rather than ending it as if it were whole.
 */
export async function streamWorkspaceBackup(scope: Pick<WorkspaceScope, "workspaceId">, now: Date = new Date()): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const head = JSON.stringify(await backupHead(scope, now));
  const organisations = backupOrganisations(scope);
  let written = 0;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`${head.slice(0, -1)},"organisations":[\n`));
    },
    async pull(controller) {
      const next = await organisations.next();
      if (next.done) {
        controller.enqueue(encoder.encode("\n]}\n"));
        controller.close();
        return;
      }
      const text = next.value.map((organisation) => `${written++ > 0 ? ",\n" : ""}${JSON.stringify(organisation)}`).join("");
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await organisations.return(undefined);
    },
  });
}

export type RestoreOutcome = { ok: true; organisations: number; assessments: number } | { ok: false; reason: "notEmpty" };

/**
 * Restores a backup into the caller's workspace, which must have no organisations yet; all or
 * nothing. Members are not made into accounts: their names stay on what they wrote. Respondent
 * links come back as used: their tokens were never in the backup.
 */
export async function restoreWorkspaceBackup(scope: WorkspaceScope, backup: Backup): Promise<RestoreOutcome> {
  return db.$transaction(
    async (tx) => {
      if ((await tx.organisation.count({ where: { workspaceId: scope.workspaceId } })) > 0) return { ok: false, reason: "notEmpty" } as const;
      const { workspace } = backup;
      await tx.workspace.update({
        where: { id: scope.workspaceId },
        data: {
          brandName: workspace.brandName,
          accentColour: workspace.accentColour,
          reportFooter: workspace.reportFooter,
          ...(workspace.logo ? { logo: Buffer.from(workspace.logo.base64, "base64"), logoType: workspace.logo.type } : {}),
        },
      });
      let assessments = 0;
      for (const entry of backup.organisations) {
        const organisation = await tx.organisation.create({
          data: {
            workspaceId: scope.workspaceId,
            name: entry.name,
            nameKey: organisationNameKey(entry.name),
            sector: entry.sector,
            sizeBand: entry.sizeBand,
            country: entry.country,
            website: entry.website,
            notes: entry.notes,
            notesInternal: entry.notesInternal,
            clientsMayCompleteActions: entry.clientsMayCompleteActions,
            reassessmentMonths: entry.reassessmentMonths,
            channels: JSON.stringify(entry.channels),
            archivedAt: entry.archivedAt,
            createdAt: entry.createdAt,
            tags: { create: entry.tags.map((label) => ({ label })) },
          },
          select: { id: true },
        });
        const owned = { workspaceId: scope.workspaceId, organisationId: organisation.id };
        const assessmentIds: string[] = [];
        for (const assessment of entry.assessments) {
          assessments += 1;
          const created = await tx.assessment.create({
            select: { id: true },
            data: {
              ...owned,
              authorLabel: assessment.author,
              title: assessment.title,
              scope: assessment.scope,
              channel: assessment.channel,
              assessedOn: assessment.assessedOn,
              modelId: assessment.modelId,
              modelVersion: assessment.modelVersion,
              status: assessment.status,
              revision: assessment.revision,
              roundClosedAt: assessment.roundClosedAt,
              completedAt: assessment.completedAt,
              resultPosition: assessment.position,
              resultStage: assessment.stage,
              resultDimensions: assessment.dimensionScores ? JSON.stringify(assessment.dimensionScores) : null,
              unchangedFromBaseline: assessment.unchangedFromBaseline,
              answers: { create: assessment.answers.map((answer) => ({ ...answer, evidenceLinks: JSON.stringify(answer.evidenceLinks) })) },
              respondents: {
                create: assessment.respondents.map((respondent) => ({
                  workspaceId: scope.workspaceId,
                  name: respondent.name,
                  raterGroup: respondent.raterGroup,
                  submittedAt: respondent.submittedAt,
                  // A link that can never be opened: the hash of nothing anyone holds.
                  tokenHash: `restored-${crypto.randomUUID()}`,
                  expiresAt: respondent.submittedAt ?? backup.exportedAt,
                  revokedAt: respondent.submittedAt ? null : backup.exportedAt,
                  answers: { create: respondent.answers },
                })),
              },
            },
          });
          assessmentIds.push(created.id);
        }
        if (entry.targets.length) await tx.dimensionTarget.createMany({ data: entry.targets.map((target) => ({ ...owned, ...target })) });
        if (entry.actions.length) await tx.actionItem.createMany({ data: entry.actions.map((item) => ({ ...owned, ...item })) });
        if (entry.pulses.length) {
          await tx.pulse.createMany({ data: entry.pulses.map(({ author, ...pulse }) => ({ ...owned, ...pulse, authorLabel: author })) });
        }
        for (const strategy of entry.strategies) {
          await tx.strategy.create({
            data: {
              ...owned,
              channel: strategy.channel,
              exampleId: strategy.exampleId,
              internalNotes: strategy.internalNotes,
              sections: { create: Object.entries(strategy.sections).map(([elementId, text]) => ({ elementId, text })) },
              objectives: { create: strategy.objectives.map((objective, position) => ({ workspaceId: scope.workspaceId, position, ...objective })) },
              versions: {
                create: strategy.versions.map(({ assessmentIndex, savedBy, ...version }) => ({
                  ...version,
                  workspaceId: scope.workspaceId,
                  assessmentId: assessmentIndex === null ? null : (assessmentIds[assessmentIndex] ?? null),
                  savedByLabel: savedBy,
                })),
              },
            },
          });
        }
        if (entry.history.length) {
          await tx.auditEvent.createMany({
            data: entry.history.map(({ actor, ...event }) => ({
              ...event,
              workspaceId: scope.workspaceId,
              subjectType: "organisation",
              subjectId: organisation.id,
              actorLabel: actor,
            })),
          });
        }
        await refreshProgressHistory(tx, scope.workspaceId, organisation.id);
      }
      await recordAuditEvent(tx, scope, {
        action: "workspace.restored",
        subjectType: "workspace",
        subjectId: scope.workspaceId,
        after: { organisations: backup.organisations.length, assessments, exportedAt: backup.exportedAt.toISOString().slice(0, 10) },
      });
      return { ok: true, organisations: backup.organisations.length, assessments } as const;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
