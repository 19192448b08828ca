import { randomBytes } from "node:crypto";
import { signUpWorkspaceOwner } from "@/lib/server/accounts";
import { db } from "@/lib/server/db";
import { organisationInputSchema } from "@/components/organisations/schemas";
import type { OrganisationInput } from "@/lib/server/organisations";

export const unique = () => randomBytes(4).toString("hex");

/** A new workspace with its owner, as sign-up makes it. */
export async function createWorkspace(name = `Bureau ${unique()}`) {
  const email = `owner-${unique()}@example.test`;
  const result = await signUpWorkspaceOwner({ name: "Owner", workspaceName: name, email, password: "correct horse battery" });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  const membership = await db.membership.findUniqueOrThrow({ where: { userId: result.value.userId }, select: { workspaceId: true } });
  return { workspaceId: membership.workspaceId, userId: result.value.userId, email };
}

export function organisationInput(overrides: Partial<Record<keyof OrganisationInput, string>> = {}): OrganisationInput {
  return organisationInputSchema.parse({
    name: `Organisatie ${unique()}`,
    sector: "retail",
    sizeBand: "10-49",
    country: "NL",
    website: "",
    notes: "",
    tags: "",
    ...overrides,
  });
}
