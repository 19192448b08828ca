import { z } from "zod";

// A workspace backup: one JSON document, versioned. Whatever is restored passes this schema
// first; older versions are brought up to the current one by the upgraders below, in turn.
// Never in it: passwords, their hashes, tokens or token hashes, e-mail addresses of members.

export const BACKUP_FORMAT = "curvewise-workspace-backup";
export const BACKUP_VERSION = 1;

const day = z.iso.datetime().transform((value) => new Date(value));
const text = (max: number) => z.string().max(max);
const name = text(200);
const answer = z.object({ itemId: text(100), optionId: text(100).nullable(), skip: z.enum(["not_applicable", "dont_know"]).nullable() });

const assessment = z.object({
  title: text(200),
  scope: z.enum(["organisation", "channel"]),
  channel: text(100).nullable(),
  assessedOn: day,
  modelId: text(100),
  modelVersion: z.number().int().min(1),
  status: z.enum(["DRAFT", "COMPLETED"]),
  revision: z.number().int().min(1),
  roundClosedAt: day.nullable(),
  completedAt: day.nullable(),
  position: z.number().min(1).max(4).nullable(),
  stage: z.number().int().min(1).max(4).nullable(),
  dimensionScores: z.record(z.string(), z.number().nullable()).nullable(),
  unchangedFromBaseline: z.number().int().nullable(),
  author: name.nullable(),
  answers: z.array(answer.extend({ notes: text(20_000), evidenceLinks: z.array(text(2_000)).max(20), carriedOver: z.boolean() })).max(500),
  respondents: z.array(z.object({ name, raterGroup: text(40), submittedAt: day.nullable(), answers: z.array(answer).max(500) })).max(500),
});

const objective = z.object({
  what: text(20_000),
  kpi: text(20_000),
  baseline: text(20_000),
  target: text(20_000),
  dueOn: text(20_000),
  dimensionId: text(100),
});

const strategy = z.object({
  channel: text(40),
  exampleId: text(100).nullable(),
  internalNotes: text(20_000),
  sections: z.record(text(100), text(20_000)),
  objectives: z.array(objective).max(200),
  versions: z
    .array(
      z.object({
        number: z.number().int().min(1),
        // The assessment it answered, as its place in the organisation's assessments.
        assessmentIndex: z.number().int().min(0).nullable(),
        content: z.string().max(1_000_000),
        savedBy: name.nullable(),
        sharedAt: day.nullable(),
        createdAt: day,
      }),
    )
    .max(1_000),
});

const organisation = z.object({
  name,
  sector: text(40),
  sizeBand: text(20),
  country: text(2),
  website: text(2_000).nullable(),
  notes: text(20_000),
  notesInternal: z.boolean(),
  clientsMayCompleteActions: z.boolean(),
  reassessmentMonths: z.number().int().nullable(),
  channels: z.array(text(40)).max(20),
  tags: z.array(text(40)).max(20),
  archivedAt: day.nullable(),
  createdAt: day,
  responsibleConsultant: name.nullable(),
  assessments: z.array(assessment).max(1_000),
  targets: z.array(z.object({ dimensionId: text(100), targetStage: z.number().int().min(1).max(4), targetDate: day.nullable() })).max(100),
  actions: z
    .array(
      z.object({
        title: text(500),
        dimensionId: text(100).nullable(),
        ownerName: text(200),
        dueDate: day.nullable(),
        status: z.enum(["OPEN", "IN_PROGRESS", "DONE"]),
        recommendationId: text(200).nullable(),
      }),
    )
    .max(2_000),
  pulses: z
    .array(
      z.object({ takenOn: day, answers: z.string().max(20_000), position: z.number().nullable(), stage: z.number().int().nullable(), author: name.nullable() }),
    )
    .max(2_000),
  // Added after the first backups were written: those have none.
  strategies: z.array(strategy).max(50).default([]),
  history: z
    .array(
      z.object({
        action: text(100),
        actor: name.nullable(),
        before: z.string().max(100_000).nullable(),
        after: z.string().max(100_000).nullable(),
        createdAt: day,
      }),
    )
    .max(20_000),
});

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: day,
  workspace: z.object({
    name,
    brandName: name.nullable(),
    accentColour: text(7).nullable(),
    reportFooter: text(300),
    logo: z.object({ type: z.enum(["image/png", "image/jpeg"]), base64: z.string().max(1_500_000) }).nullable(),
  }),
  organisations: z.array(organisation).max(5_000),
});

export type Backup = z.output<typeof backupSchema>;
/** The document as written: dates as ISO strings. */
export type BackupDocument = z.input<typeof backupSchema>;

type Upgrade = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * Each older version to the next, keyed by the version it upgrades from. Version 1 is the
 * first: when the format changes, the version goes up and its upgrader is added here, so that
 * every backup ever written can still be restored.
 */
const UPGRADES: Partial<Record<number, Upgrade>> = {};

export type BackupParse = { ok: true; backup: Backup } | { ok: false; error: "notABackup" | "newerVersion" | "invalid"; path?: string };

/** Reads a backup's JSON: upgraded when older, refused when newer or when anything does not fit. */
export function parseBackup(json: string): BackupParse {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch {
    return { ok: false, error: "notABackup" };
  }
  if (typeof document !== "object" || document === null || (document as { format?: unknown }).format !== BACKUP_FORMAT)
    return { ok: false, error: "notABackup" };
  let current = document as Record<string, unknown>;
  const version = current.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return { ok: false, error: "invalid", path: "version" };
  if (version > BACKUP_VERSION) return { ok: false, error: "newerVersion" };
  for (let from = version; from < BACKUP_VERSION; from++) {
    const upgrade = UPGRADES[from];
    if (!upgrade) return { ok: false, error: "invalid", path: "version" };
    current = upgrade(current);
  }
  const parsed = backupSchema.safeParse(current);
  if (!parsed.success) return { ok: false, error: "invalid", path: parsed.error.issues[0]?.path.join(".") };
  return { ok: true, backup: parsed.data };
}
