import "server-only";
import { db } from "./db";
import { recordAuditEvent } from "./audit";
import { isUniqueViolation, type MutationResult } from "./scope";
import { hashPassword, newToken, verifyPassword } from "./secrets";

const ROLES = ["OWNER", "CONSULTANT", "CLIENT"] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user as every guard and page sees them. */
export type SessionMember = {
  userId: string;
  name: string;
  email: string;
  workspaceId: string;
  workspaceName: string;
  role: Role;
  /** Set for CLIENT members only: the one organisation they may see. */
  organisationId: string | null;
  /** The workspace's time zone, in which calendar days are counted. */
  timeZone: string;
};

type SessionRow = Omit<SessionMember, "role"> & { role: string; sessionVersion: number | bigint };

/**
 * The member behind a session, unless the session has ended (its version is older than the
 * user's). Every request of a signed-in user asks this, so it is one statement, not the
 * three a nested select becomes (docs/benchmarks.md).
 */
export async function getSessionMember(userId: string, sessionVersion = 1): Promise<SessionMember | null> {
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT u."id" AS "userId", u."name", u."email", u."sessionVersion", m."role", m."organisationId",
           w."id" AS "workspaceId", w."name" AS "workspaceName", w."timeZone"
    FROM "Membership" m
    JOIN "User" u ON u."id" = m."userId"
    JOIN "Workspace" w ON w."id" = m."workspaceId"
    WHERE m."userId" = ${userId}`;
  if (!row || !(ROLES as readonly string[]).includes(row.role)) return null;
  if (Number(row.sessionVersion) !== sessionVersion) return null;
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    workspaceId: row.workspaceId,
    workspaceName: row.workspaceName,
    role: row.role as Role,
    organisationId: row.organisationId,
    timeZone: row.timeZone,
  };
}

export async function emailIsRegistered(email: string): Promise<boolean> {
  return (await db.user.count({ where: { email } })) > 0;
}

export type SignUpInput = { name: string; workspaceName: string; email: string; password: string };

export async function signUpWorkspaceOwner(input: SignUpInput): Promise<MutationResult<{ userId: string }>> {
  const emailTaken = { ok: false, fieldErrors: { email: "emailTaken" } } as const;
  if (await emailIsRegistered(input.email)) return emailTaken;
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const workspace = await tx.workspace.create({ data: { name: input.workspaceName }, select: { id: true } });
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash },
        select: { id: true },
      });
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "OWNER" } });
      await recordAuditEvent(
        tx,
        { workspaceId: workspace.id, userId: user.id },
        {
          action: "workspace.created",
          subjectType: "workspace",
          subjectId: workspace.id,
          after: { name: input.workspaceName },
        },
      );
      return { ok: true, value: { userId: user.id } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return emailTaken;
    throw error;
  }
}

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 10;

// Compared against when the e-mail address is unknown, so that both cases take as long.
let unknownUserHash: Promise<string> | undefined;

export type AuthenticationResult =
  { status: "ok"; user: { id: string; name: string; email: string; sessionVersion: number } } | { status: "invalid" } | { status: "rate_limited" };

/**
 * Checks e-mail and password. Failed attempts are counted in the database per account and per
 * client address, so that every app server sees the same count.
 */
export async function authenticate(
  credentials: { email: string; password: string },
  clientAddress: string,
  now: Date = new Date(),
): Promise<AuthenticationResult> {
  const keys = [`email:${credentials.email}`, `ip:${clientAddress}`];
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const failures = await Promise.all(keys.map((key) => db.signInFailure.count({ where: { key, createdAt: { gt: windowStart } } })));
  if (failures.some((count) => count >= SIGN_IN_MAX_FAILURES)) return { status: "rate_limited" };

  const user = await db.user.findUnique({
    where: { email: credentials.email },
    select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true },
  });
  const passwordMatches = await verifyPassword(credentials.password, user?.passwordHash ?? (await (unknownUserHash ??= hashPassword(newToken()))));
  if (user && passwordMatches) {
    await db.signInFailure.deleteMany({ where: { key: keys[0] } });
    return { status: "ok", user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
  }
  await db.$transaction([
    db.signInFailure.deleteMany({ where: { createdAt: { lt: windowStart } } }),
    db.signInFailure.createMany({ data: keys.map((key) => ({ key, createdAt: now })) }),
  ]);
  return { status: "invalid" };
}
