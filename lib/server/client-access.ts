import "server-only";
import { db } from "./db";
import { recordAuditEvent } from "./audit";
import { issueInvitation, type InvitationOptions } from "./invitations";
import { setActionItemStatus } from "./plans";
import type { MutationResult, WorkspaceScope } from "./scope";
import { mailServerConfigured } from "./mail/transport";
import { isLocale, type Locale } from "@/lib/i18n/locale";

export type ClientAccess = {
  viewers: { userId: string; name: string; email: string }[];
  pending: { id: string; email: string; expiresAt: Date }[];
  clientsMayCompleteActions: boolean;
  notifyClientsOfResults: boolean;
  defaultLocale: Locale;
  mailConfigured: boolean;
};

/** Who can see this organisation's portal, and who has been invited to. */
export async function getClientAccess(
  scope: Pick<WorkspaceScope, "workspaceId">,
  organisationId: string,
  now: Date = new Date(),
): Promise<ClientAccess | null> {
  const organisation = await db.organisation.findFirst({
    where: { id: organisationId, workspaceId: scope.workspaceId },
    select: {
      clientsMayCompleteActions: true,
      notifyClientsOfResults: true,
      workspace: { select: { defaultLocale: true } },
      memberships: { where: { role: "CLIENT" }, orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true, email: true } } } },
      invitations: {
        where: { role: "CLIENT", acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: "desc" },
        select: { id: true, email: true, expiresAt: true },
      },
    },
  });
  if (!organisation) return null;
  return {
    viewers: organisation.memberships.map(({ user }) => ({ userId: user.id, name: user.name, email: user.email })),
    pending: organisation.invitations,
    clientsMayCompleteActions: organisation.clientsMayCompleteActions,
    notifyClientsOfResults: organisation.notifyClientsOfResults,
    defaultLocale: isLocale(organisation.workspace.defaultLocale) ? organisation.workspace.defaultLocale : "nl",
    mailConfigured: mailServerConfigured(),
  };
}

/** A single-use invitation to view one organisation's portal; null when it is not the caller's. */
export async function createClientInvitation(
  scope: WorkspaceScope,
  organisationId: string,
  email: string,
  options: InvitationOptions = {},
): Promise<MutationResult<{ token: string; expiresAt: Date }> | null> {
  const organisation = await db.organisation.findFirst({
    where: { id: organisationId, workspaceId: scope.workspaceId, archivedAt: null },
    select: { id: true },
  });
  if (!organisation) return null;
  return issueInvitation(scope, { email, role: "CLIENT", organisationId: organisation.id }, options);
}

/** Ends a client viewer's access to the organisation; their account goes with it. */
export async function removeClientViewer(scope: WorkspaceScope, organisationId: string, userId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { userId, organisationId, workspaceId: scope.workspaceId, role: "CLIENT" },
      select: { user: { select: { email: true } } },
    });
    if (!membership) return false;
    // A client account exists only for this portal; without it nothing is left to sign in to.
    await tx.user.delete({ where: { id: userId } });
    await recordAuditEvent(tx, scope, {
      action: "organisation.client_removed",
      subjectType: "organisation",
      subjectId: organisationId,
      before: { email: membership.user.email },
    });
    return true;
  });
}

type ClientSwitch = "clientsMayCompleteActions" | "notifyClientsOfResults";

/** Turns one of the organisation's client switches on or off; the history records it. */
export async function setClientSwitch(scope: WorkspaceScope, organisationId: string, name: ClientSwitch, on: boolean): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.organisation.updateMany({
      where: { id: organisationId, workspaceId: scope.workspaceId },
      data: { [name]: on },
    });
    if (count === 0) return false;
    await recordAuditEvent(tx, scope, {
      action: "organisation.updated",
      subjectType: "organisation",
      subjectId: organisationId,
      before: { [name]: !on },
      after: { [name]: on },
    });
    return true;
  });
}

/** A client viewer marks one of their own organisation's action items done, when allowed. */
/** A client viewer marks one of their organisation's actions done, or not done after all, when allowed. */
export function setActionItemDoneAsClient(scope: WorkspaceScope & { organisationId: string }, actionItemId: string, done: boolean): Promise<boolean> {
  return setActionItemStatus(scope, actionItemId, done ? "DONE" : "OPEN", { organisationId: scope.organisationId });
}
