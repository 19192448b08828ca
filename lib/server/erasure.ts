import "server-only";
import { db } from "./db";
import { recordAuditEvent } from "./audit";
import type { WorkspaceScope } from "./scope";

/**
 * Deletes an archived organisation for good, in one transaction: its assessments, answers,
 * respondents, pulses, targets, actions and open invitations go with it (the database cascades
 * them), and so do its client viewers, whose accounts exist only for it. Its history goes too;
 * one line remains that it was deleted, by whom and when, without its name or data.
 */
export async function deleteOrganisation(scope: WorkspaceScope, organisationId: string): Promise<"deleted" | "notArchived" | "notFound"> {
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({
      where: { id: organisationId, workspaceId: scope.workspaceId },
      select: { id: true, archivedAt: true },
    });
    if (!organisation) return "notFound";
    if (!organisation.archivedAt) return "notArchived";
    const viewers = await tx.membership.findMany({ where: { workspaceId: scope.workspaceId, organisationId, role: "CLIENT" }, select: { userId: true } });
    await tx.user.deleteMany({ where: { id: { in: viewers.map((viewer) => viewer.userId) }, membership: { role: "CLIENT", organisationId } } });
    await tx.auditEvent.deleteMany({ where: { workspaceId: scope.workspaceId, subjectType: "organisation", subjectId: organisationId } });
    await tx.organisation.delete({ where: { id: organisation.id } });
    await recordAuditEvent(tx, scope, { action: "organisation.deleted", subjectType: "organisation", subjectId: organisationId });
    return "deleted";
  });
}

/**
 * Deletes the whole workspace and every account in it, the owner's own included: nothing of it
 * remains. The caller signs out after.
 */
export async function deleteWorkspace(scope: WorkspaceScope): Promise<void> {
  await db.$transaction(async (tx) => {
    const members = await tx.membership.findMany({ where: { workspaceId: scope.workspaceId }, select: { userId: true } });
    await tx.workspace.delete({ where: { id: scope.workspaceId } });
    await tx.user.deleteMany({ where: { id: { in: members.map((member) => member.userId) } } });
  });
}
