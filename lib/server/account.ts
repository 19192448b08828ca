import "server-only";
import { db, type Tx } from "./db";
import { recordAuditEvent } from "./audit";
import { emailIsRegistered } from "./accounts";
import { isUniqueViolation } from "./scope";
import { hashPassword, hashToken, newToken, verifyPassword } from "./secrets";
import { enqueueMail } from "./mail/outbox";
import { linkOrigin, localeOfUser } from "./mail/recipients";
import { isLocale, type Locale } from "@/lib/i18n/locale";

// A member's own account: password reset, e-mail change, preferences, and ending sessions.
// Every session carries the user's sessionVersion (lib/auth); raising it ends them all.

const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;
const EMAIL_CHANGE_LIFETIME_MS = 24 * 60 * 60 * 1000;
const RESET_WINDOW_MS = 60 * 60 * 1000;
export const RESET_MAX_PER_ADDRESS = 3;
const RESET_MAX_PER_CLIENT = 10;

type LinkStatus = "valid" | "used" | "expired" | "unknown";

async function workspaceOf(tx: Tx, userId: string): Promise<string | null> {
  return (await tx.membership.findUnique({ where: { userId }, select: { workspaceId: true } }))?.workspaceId ?? null;
}

/**
 * Sends a reset link when the address has an account, and answers the same either way, so
 * that the form does not tell who has one. Requests are counted per address and per client in
 * the database (as failed sign-ins are), so every app server sees the same count.
 */
export async function requestPasswordReset(
  email: string,
  clientAddress: string,
  options: { origin?: string; now?: Date } = {},
): Promise<"requested" | "rate_limited"> {
  const now = options.now ?? new Date();
  const windowStart = new Date(now.getTime() - RESET_WINDOW_MS);
  const keys = [`reset-email:${email}`, `reset-ip:${clientAddress}`] as const;
  const [forAddress, forClient] = await Promise.all(keys.map((key) => db.signInFailure.count({ where: { key, createdAt: { gt: windowStart } } })));
  if (forAddress! >= RESET_MAX_PER_ADDRESS || forClient! >= RESET_MAX_PER_CLIENT) return "rate_limited";
  await db.$transaction(async (tx) => {
    await tx.signInFailure.createMany({ data: keys.map((key) => ({ key, createdAt: now })) });
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) return;
    // Only the newest link works.
    await tx.accountToken.updateMany({ where: { userId: user.id, purpose: "PASSWORD_RESET", usedAt: null }, data: { usedAt: now } });
    const token = newToken();
    await tx.accountToken.create({
      data: { userId: user.id, purpose: "PASSWORD_RESET", tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS) },
    });
    await enqueueMail(
      tx,
      {
        workspaceId: await workspaceOf(tx, user.id),
        recipient: email,
        locale: await localeOfUser(tx, user.id),
        message: { kind: "password_reset", link: `${linkOrigin(options.origin)}/reset-password/${token}` },
      },
      now,
    );
  });
  return "requested";
}

async function findAccountToken(token: string, purpose: "PASSWORD_RESET" | "EMAIL_CHANGE", now: Date) {
  const row = await db.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, purpose: true, newEmail: true, expiresAt: true, usedAt: true },
  });
  const status: LinkStatus = !row || row.purpose !== purpose ? "unknown" : row.usedAt ? "used" : row.expiresAt <= now ? "expired" : "valid";
  return { status, row };
}

export async function checkPasswordResetLink(token: string, now: Date = new Date()): Promise<LinkStatus> {
  return (await findAccountToken(token, "PASSWORD_RESET", now)).status;
}

/** Sets the new password once per link; the old password and every session end with it. */
export async function resetPassword(
  token: string,
  password: string,
  now: Date = new Date(),
): Promise<{ ok: true; email: string } | { ok: false; status: Exclude<LinkStatus, "valid"> }> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const row = await tx.accountToken.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, userId: true, purpose: true, expiresAt: true, usedAt: true },
    });
    if (!row || row.purpose !== "PASSWORD_RESET") return { ok: false, status: "unknown" } as const;
    const claimed = await tx.accountToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) return { ok: false, status: row.usedAt ? "used" : "expired" } as const;
    const user = await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { email: true } });
    // A new password lifts the lock that failed sign-ins put on the address.
    await tx.signInFailure.deleteMany({ where: { key: `email:${user.email}` } });
    const workspaceId = await workspaceOf(tx, row.userId);
    if (workspaceId)
      await recordAuditEvent(tx, { workspaceId, userId: row.userId }, { action: "account.password_reset", subjectType: "membership", subjectId: row.userId });
    return { ok: true, email: user.email } as const;
  });
}

export type AccountDetails = { name: string; email: string; locale: Locale | null; digestsEnabled: boolean; pendingEmail: string | null };

export async function getAccount(userId: string, now: Date = new Date()): Promise<AccountDetails | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      locale: true,
      digestsEnabled: true,
      accountTokens: {
        where: { purpose: "EMAIL_CHANGE", usedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { newEmail: true },
      },
    },
  });
  if (!user) return null;
  return {
    name: user.name,
    email: user.email,
    locale: isLocale(user.locale) ? user.locale : null,
    digestsEnabled: user.digestsEnabled,
    pendingEmail: user.accountTokens[0]?.newEmail ?? null,
  };
}

export async function updateProfile(userId: string, input: { name: string; locale: Locale; digestsEnabled: boolean }): Promise<void> {
  await db.user.update({ where: { id: userId }, data: input });
}

/** Checks the current password, then sets a new one; every session ends (the caller signs in anew). */
export async function changePassword(
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<{ ok: true; email: string } | { ok: false; fieldErrors: Record<string, string> }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, email: true } });
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) return { ok: false, fieldErrors: { currentPassword: "wrongPassword" } };
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    const workspaceId = await workspaceOf(tx, userId);
    if (workspaceId) await recordAuditEvent(tx, { workspaceId, userId }, { action: "account.password_changed", subjectType: "membership", subjectId: userId });
  });
  return { ok: true, email: user.email };
}

/** Ends every session of the user, this one included. */
export async function endAllSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Sends a confirmation link to the new address; the address changes only when it is opened. */
export async function requestEmailChange(
  userId: string,
  input: { newEmail: string; currentPassword: string },
  options: { origin?: string; now?: Date } = {},
): Promise<{ ok: true } | { ok: false; fieldErrors: Record<string, string> }> {
  const now = options.now ?? new Date();
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, email: true } });
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) return { ok: false, fieldErrors: { currentPassword: "wrongPassword" } };
  if (input.newEmail === user.email) return { ok: false, fieldErrors: { newEmail: "sameEmail" } };
  if (await emailIsRegistered(input.newEmail)) return { ok: false, fieldErrors: { newEmail: "emailTaken" } };
  await db.$transaction(async (tx) => {
    await tx.accountToken.updateMany({ where: { userId, purpose: "EMAIL_CHANGE", usedAt: null }, data: { usedAt: now } });
    const token = newToken();
    await tx.accountToken.create({
      data: {
        userId,
        purpose: "EMAIL_CHANGE",
        newEmail: input.newEmail,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + EMAIL_CHANGE_LIFETIME_MS),
      },
    });
    await enqueueMail(
      tx,
      {
        workspaceId: await workspaceOf(tx, userId),
        recipient: input.newEmail,
        locale: await localeOfUser(tx, userId),
        message: { kind: "email_change", newEmail: input.newEmail, link: `${linkOrigin(options.origin)}/confirm-email/${token}` },
      },
      now,
    );
  });
  return { ok: true };
}

/** Opens the confirmation link: the account's address becomes the new one, once. */
export async function confirmEmailChange(
  token: string,
  now: Date = new Date(),
): Promise<{ ok: true; email: string } | { ok: false; status: Exclude<LinkStatus, "valid"> | "taken" }> {
  const found = await findAccountToken(token, "EMAIL_CHANGE", now);
  if (found.status !== "valid" || !found.row?.newEmail) return { ok: false, status: found.status === "valid" ? "unknown" : found.status };
  const { row } = found;
  const newEmail = row.newEmail!;
  try {
    return await db.$transaction(async (tx) => {
      const claimed = await tx.accountToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (claimed.count !== 1) return { ok: false, status: "used" } as const;
      const before = await tx.user.findUniqueOrThrow({ where: { id: row.userId }, select: { email: true } });
      await tx.user.update({ where: { id: row.userId }, data: { email: newEmail } });
      const workspaceId = await workspaceOf(tx, row.userId);
      if (workspaceId) {
        await recordAuditEvent(
          tx,
          { workspaceId, userId: row.userId },
          { action: "account.email_changed", subjectType: "membership", subjectId: row.userId, before: { email: before.email }, after: { email: newEmail } },
        );
      }
      return { ok: true, email: newEmail } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, status: "taken" };
    throw error;
  }
}
