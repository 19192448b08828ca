import "server-only";
import { db } from "./db";
import { recordAuditEvent } from "./audit";
import { emailIsRegistered } from "./accounts";
import { isUniqueViolation, type MutationResult, type WorkspaceScope } from "./scope";
import { hashPassword, hashToken, newToken } from "./secrets";
import { enqueueMail } from "./mail/outbox";
import { linkOrigin, preferredLocale } from "./mail/recipients";
import type { Locale } from "@/lib/i18n/locale";

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export type PendingInvitation = { id: string; email: string; role: string; expiresAt: Date; createdAt: Date };

type IssuedInvitation = MutationResult<{ token: string; expiresAt: Date }>;

/** How an invitation is sent: in the language the inviter chose (the workspace's default when none), with links on origin. */
export type InvitationOptions = { locale?: Locale; origin?: string; now?: Date };

/**
 * Creates a single-use invitation, writes its e-mail to the outbox, and returns its token once,
 * to show as a link; only the hash is stored. A new link for the same address replaces the old
 * one. Client viewer invitations are recorded in their organisation's history, consultant ones
 * as their own.
 */
export async function issueInvitation(
  scope: WorkspaceScope,
  invitee: { email: string; role: "CONSULTANT" | "CLIENT"; organisationId: string | null },
  options: InvitationOptions = {},
): Promise<IssuedInvitation> {
  const { email, role, organisationId } = invitee;
  const now = options.now ?? new Date();
  if (await emailIsRegistered(email)) return { ok: false, fieldErrors: { email: "emailTaken" } };
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  await db.$transaction(async (tx) => {
    await tx.invitation.updateMany({
      where: { workspaceId: scope.workspaceId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const context = await tx.membership.findFirstOrThrow({
      where: { userId: scope.userId, workspaceId: scope.workspaceId },
      select: { user: { select: { name: true } }, workspace: { select: { defaultLocale: true } } },
    });
    const locale = preferredLocale(options.locale, context.workspace.defaultLocale);
    const invitation = await tx.invitation.create({
      data: { workspaceId: scope.workspaceId, organisationId, email, role, locale, tokenHash: hashToken(token), expiresAt, createdById: scope.userId },
      select: { id: true, organisation: { select: { name: true } } },
    });
    const link = `${linkOrigin(options.origin)}/invite/${token}`;
    await enqueueMail(
      tx,
      {
        workspaceId: scope.workspaceId,
        recipient: email,
        locale,
        message: invitation.organisation
          ? { kind: "client_invitation", inviterName: context.user.name, organisationName: invitation.organisation.name, link, expiresAt }
          : { kind: "consultant_invitation", inviterName: context.user.name, link, expiresAt },
      },
      now,
    );
    await recordAuditEvent(
      tx,
      scope,
      organisationId
        ? { action: "organisation.client_invited", subjectType: "organisation", subjectId: organisationId, after: { email } }
        : { action: "invitation.created", subjectType: "invitation", subjectId: invitation.id, after: { email, role } },
    );
  });
  return { ok: true, value: { token, expiresAt } };
}

export function createConsultantInvitation(scope: WorkspaceScope, email: string, options: InvitationOptions = {}): Promise<IssuedInvitation> {
  return issueInvitation(scope, { email, role: "CONSULTANT", organisationId: null }, options);
}

export async function listPendingInvitations(scope: Pick<WorkspaceScope, "workspaceId">, now: Date = new Date()): Promise<PendingInvitation[]> {
  return db.invitation.findMany({
    // Client viewer invitations are managed on their organisation's page.
    where: { workspaceId: scope.workspaceId, role: "CONSULTANT", acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
}

/**
 * Withdraws an open invitation: with `of`, only a client viewer's invitation to that
 * organisation (what a consultant may withdraw); without, only a consultant's (the owner's).
 */
export async function revokeInvitation(scope: WorkspaceScope, invitationId: string, of?: { organisationId: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: {
        id: invitationId,
        workspaceId: scope.workspaceId,
        acceptedAt: null,
        revokedAt: null,
        ...(of ? { role: "CLIENT", organisationId: of.organisationId } : { role: { not: "CLIENT" } }),
      },
      data: { revokedAt: new Date() },
    });
    if (count > 0) {
      await recordAuditEvent(tx, scope, { action: "invitation.revoked", subjectType: "invitation", subjectId: invitationId });
    }
    return count > 0;
  });
}

export type InvitationLookup =
  { status: "valid"; email: string; workspaceName: string; role: string; organisationName: string | null } | { status: "used" | "expired" | "unknown" };

export async function findInvitation(token: string, now: Date = new Date()): Promise<InvitationLookup> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { name: true } },
      organisation: { select: { name: true, archivedAt: true } },
    },
  });
  if (!invitation) return { status: "unknown" };
  if (invitation.acceptedAt || invitation.revokedAt || invitation.organisation?.archivedAt) return { status: "used" };
  if (invitation.expiresAt <= now) return { status: "expired" };
  return {
    status: "valid",
    email: invitation.email,
    workspaceName: invitation.workspace.name,
    role: invitation.role,
    organisationName: invitation.organisation?.name ?? null,
  };
}

export type AcceptInvitationResult = MutationResult<{ email: string; role: string }> | { ok: false; status: "used" | "expired" | "unknown" };

/** Creates the invitee's account and membership; the link works once. */
export async function acceptInvitation(token: string, input: { name: string; password: string }, now: Date = new Date()): Promise<AcceptInvitationResult> {
  const lookup = await findInvitation(token, now);
  if (lookup.status !== "valid") return { ok: false, status: lookup.status };
  if (await emailIsRegistered(lookup.email)) return { ok: false, status: "used" };
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await tx.invitation.findUnique({
        where: { tokenHash: hashToken(token) },
        select: { id: true, workspaceId: true, email: true, role: true, organisationId: true },
      });
      const claimed = await tx.invitation.updateMany({
        where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (!invitation || claimed.count !== 1) return { ok: false, status: "used" } as const;
      const user = await tx.user.create({
        data: { email: invitation.email, name: input.name, passwordHash },
        select: { id: true },
      });
      await tx.membership.create({
        data: {
          workspaceId: invitation.workspaceId,
          userId: user.id,
          role: invitation.role,
          organisationId: invitation.organisationId,
        },
      });
      await recordAuditEvent(
        tx,
        { workspaceId: invitation.workspaceId, userId: user.id },
        {
          action: "invitation.accepted",
          subjectType: "invitation",
          subjectId: invitation.id,
          after: { email: invitation.email, role: invitation.role },
        },
      );
      return { ok: true, value: { email: invitation.email, role: invitation.role } } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, status: "used" };
    throw error;
  }
}

export type WorkspaceMember = { userId: string; name: string; email: string; role: string; organisationName: string | null };

export async function listMembers(scope: Pick<WorkspaceScope, "workspaceId">): Promise<WorkspaceMember[]> {
  const rows = await db.membership.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: {
      role: true,
      user: { select: { id: true, name: true, email: true } },
      organisation: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    organisationName: row.organisation?.name ?? null,
  }));
}

/** Owners and consultants: who can be responsible for a client. */
export async function listConsultants(scope: Pick<WorkspaceScope, "workspaceId">): Promise<{ id: string; name: string }[]> {
  const rows = await db.membership.findMany({
    where: { workspaceId: scope.workspaceId, role: { in: ["OWNER", "CONSULTANT"] } },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true } } },
  });
  return rows.map((row) => row.user);
}
