import "server-only";
import { db } from "./db";
import { recordAuditEvent } from "./audit";
import type { WorkspaceScope } from "./scope";
import { AssessmentInputError, scorePulse, shippedModels, SMICIKLAS_MODEL_ID, type Answer } from "@/lib/curve";

export type PulseRecord = { id: string; takenOn: Date; position: number | null; stage: number | null; authorName: string | null };

export async function listPulses(scope: Pick<WorkspaceScope, "workspaceId">, organisationId: string): Promise<PulseRecord[]> {
  const rows = await db.pulse.findMany({
    where: { workspaceId: scope.workspaceId, organisationId },
    orderBy: { takenOn: "asc" },
    select: { id: true, takenOn: true, position: true, stage: true, author: { select: { name: true } }, authorLabel: true },
  });
  return rows.map((row) => ({
    id: row.id,
    takenOn: row.takenOn,
    position: row.position,
    stage: row.stage,
    authorName: row.author?.name ?? row.authorLabel ?? null,
  }));
}

export type PulseOutcome = { ok: true; position: number | null } | { ok: false; reason: "not_found" | "invalid_answer" };

/** Records a client viewer's pulse for their own organisation, scored on the latest model. */
export async function recordPulse(
  scope: WorkspaceScope & { organisationId: string },
  answers: readonly Answer[],
  now: Date = new Date(),
): Promise<PulseOutcome> {
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  let result;
  try {
    result = scorePulse(model, answers);
  } catch (error) {
    if (error instanceof AssessmentInputError) return { ok: false, reason: "invalid_answer" };
    throw error;
  }
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({
      where: { id: scope.organisationId, workspaceId: scope.workspaceId, archivedAt: null },
      select: { id: true },
    });
    if (!organisation) return { ok: false, reason: "not_found" } as const;
    await tx.pulse.create({
      data: {
        workspaceId: scope.workspaceId,
        organisationId: organisation.id,
        authorId: scope.userId,
        takenOn: now,
        answers: JSON.stringify({ modelId: model.id, modelVersion: model.version, answers }),
        position: result.position,
        stage: result.stage,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, scope, { action: "organisation.pulse_recorded", subjectType: "organisation", subjectId: organisation.id });
    return { ok: true, position: result.position } as const;
  });
}
