import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { readSession } from "./session";
import { getSessionMember, type Role, type SessionMember } from "@/lib/server/accounts";
import { getOrganisation, type OrganisationDetail } from "@/lib/server/organisations";
import type { WorkspaceScope } from "@/lib/server/scope";

export type { Role, SessionMember };

/** The signed-in member, read once per request; null when nobody is signed in. */
export const currentMember = cache(async (): Promise<SessionMember | null> => {
  const session = await readSession();
  return session ? getSessionMember(session.userId, session.sessionVersion) : null;
});

/** Sends anonymous visitors to sign in. */
export async function requireUser(): Promise<SessionMember> {
  const member = await currentMember();
  if (!member) redirect("/sign-in");
  return member;
}

/** Answers 404 to members without one of the roles, so that a page's existence is not revealed. */
export async function requireRole(...roles: Role[]): Promise<SessionMember & WorkspaceScope> {
  const member = await requireUser();
  if (!roles.includes(member.role)) notFound();
  return member;
}

/**
 * The organisation, when the member may see it: consultants and owners see their own
 * workspace's organisations, a client viewer only the one named on their membership.
 */
export async function requireOrganisationAccess(organisationId: string): Promise<{ member: SessionMember & WorkspaceScope; organisation: OrganisationDetail }> {
  const member = await requireUser();
  if (member.role === "CLIENT" && member.organisationId !== organisationId) notFound();
  const organisation = await getOrganisation(member, organisationId);
  if (!organisation) notFound();
  return { member, organisation };
}

/** A client viewer, with the one organisation they may see; everyone else gets a 404. */
export async function requireClientViewer(): Promise<SessionMember & WorkspaceScope & { organisationId: string }> {
  const member = await requireRole("CLIENT");
  if (!member.organisationId) redirect("/sign-in");
  return { ...member, organisationId: member.organisationId };
}

/** Where a member starts after signing in. */
export function homeFor(member: Pick<SessionMember, "role">): string {
  return member.role === "CLIENT" ? "/portal" : "/workspace";
}
