import { OrganisationHeader } from "@/components/organisations/organisation-header";
import { openOrganisation } from "@/components/organisations/open-organisation";

// Layouts are not a security boundary: every tab calls lib/auth itself (openOrganisation).
export default async function OrganisationLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { member, organisation } = await openOrganisation(params);
  return (
    <div className="space-y-6">
      <OrganisationHeader organisation={organisation} mayDelete={member.role === "OWNER"} />
      {children}
    </div>
  );
}
