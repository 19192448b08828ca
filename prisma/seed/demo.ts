// The demo workspace every fresh install starts with. It goes through the data layer, so the
// demo data carries the same audit trail as data entered by hand.
import { db } from "@/lib/server/db";
import { signUpWorkspaceOwner } from "@/lib/server/accounts";
import { createOrganisation, setOrganisationArchived } from "@/lib/server/organisations";
import { hashPassword } from "@/lib/server/secrets";
import { organisationInputSchema } from "@/lib/validation/organisation";

export const DEMO_PASSWORD = "curvewise-demo";
export const DEMO_OWNER_EMAIL = "demo@curvewise.example";
export const DEMO_CONSULTANT_EMAIL = "sam@curvewise.example";
export const DEMO_CLIENT_EMAIL = "client@curvewise.example";
export const DEMO_CLIENT_ORGANISATION = "Bakkerij Van Dam";

type DemoOrganisation = {
  name: string;
  sector: string;
  sizeBand: string;
  country: string;
  website?: string;
  tags?: string;
  notes?: string;
  archived?: boolean;
};

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { name: "Gemeente Zuiderveen", sector: "government", sizeBand: "1000+", country: "NL", website: "https://www.zuiderveen.example", tags: "retainer, randstad", notes: "Communicatieafdeling wil van losse acties naar een social-mediaplan." },
  { name: "Provincie Westland-Noord", sector: "government", sizeBand: "250-999", country: "NL", tags: "pilot" },
  { name: "Hogeschool Amstelland", sector: "education", sizeBand: "1000+", country: "NL", website: "https://www.hs-amstelland.example", tags: "retainer" },
  { name: "Basisschool De Regenboog", sector: "education", sizeBand: "10-49", country: "NL", tags: "pro bono" },
  { name: "Zorggroep Rivierenland", sector: "healthcare", sizeBand: "1000+", country: "NL", tags: "retainer", notes: "Executive sponsor: bestuurder zorg. Let op privacyregels bij webcare." },
  { name: "Fysiotherapie In Beweging", sector: "healthcare", sizeBand: "1-9", country: "NL", tags: "mkb" },
  { name: DEMO_CLIENT_ORGANISATION, sector: "retail", sizeBand: "10-49", country: "NL", website: "https://www.bakkerijvandam.example", tags: "mkb, instagram", notes: "Focus op Instagram; eigenaar plaatst zelf." },
  { name: "Fietsenwinkel De Ketting", sector: "retail", sizeBand: "1-9", country: "NL", tags: "mkb" },
  { name: "Spaarbank Oost", sector: "finance", sizeBand: "250-999", country: "NL", tags: "retainer" },
  { name: "Brightlane Software", sector: "technology", sizeBand: "50-249", country: "BE", website: "https://brightlane.example", tags: "scale-up" },
  { name: "Metaalwerk Twente", sector: "manufacturing", sizeBand: "50-249", country: "NL", tags: "b2b" },
  { name: "Stichting Groen Doet Goed", sector: "nonprofit", sizeBand: "10-49", country: "NL", tags: "pro bono" },
  { name: "Hotel De Zeeuwse Kust", sector: "hospitality", sizeBand: "50-249", country: "NL", tags: "instagram" },
  { name: "Omroep Midden", sector: "media", sizeBand: "250-999", country: "NL", tags: "retainer" },
  { name: "Kramer Juridisch Advies", sector: "professional_services", sizeBand: "10-49", country: "NL", tags: "b2b", archived: true },
];

/** Seeds the demo workspace; does nothing when the database already holds a workspace. */
export async function seedDemoWorkspaceIfEmpty(): Promise<boolean> {
  if ((await db.workspace.count()) > 0) return false;
  const owner = await signUpWorkspaceOwner({
    name: "Demi de Vries",
    workspaceName: "Groeipad Advies",
    email: DEMO_OWNER_EMAIL,
    password: DEMO_PASSWORD,
  });
  if (!owner.ok) throw new Error(`demo owner: ${JSON.stringify(owner.fieldErrors)}`);
  const membership = await db.membership.findUniqueOrThrow({
    where: { userId: owner.value.userId },
    select: { workspaceId: true },
  });
  const scope = { workspaceId: membership.workspaceId, userId: owner.value.userId };

  const organisationIds = new Map<string, string>();
  for (const demo of DEMO_ORGANISATIONS) {
    const input = organisationInputSchema.parse({ website: "", notes: "", tags: "", ...demo });
    const created = await createOrganisation(scope, input);
    if (!created.ok) throw new Error(`demo organisation ${demo.name}: ${JSON.stringify(created.fieldErrors)}`);
    organisationIds.set(demo.name, created.value.id);
    if (demo.archived) await setOrganisationArchived(scope, created.value.id, true);
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.user.create({
    data: {
      email: DEMO_CONSULTANT_EMAIL,
      name: "Sam Jansen",
      passwordHash,
      membership: { create: { workspaceId: scope.workspaceId, role: "CONSULTANT" } },
    },
  });
  await db.user.create({
    data: {
      email: DEMO_CLIENT_EMAIL,
      name: "Kim van Dam",
      passwordHash,
      membership: {
        create: {
          workspaceId: scope.workspaceId,
          role: "CLIENT",
          organisationId: organisationIds.get(DEMO_CLIENT_ORGANISATION)!,
        },
      },
    },
  });
  return true;
}
