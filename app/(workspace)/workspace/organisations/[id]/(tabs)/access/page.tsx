import { notFound } from "next/navigation";
import { openOrganisation, tabMetadata } from "@/components/organisations/open-organisation";
import { ClientAccessSection } from "@/components/portal/client-access-section";
import { getClientAccess } from "@/lib/server/client-access";

export const generateMetadata = tabMetadata("access");

export default async function OrganisationAccessPage({ params }: { params: Promise<{ id: string }> }) {
  const { member, organisation } = await openOrganisation(params);
  const access = await getClientAccess(member, organisation.id);
  if (!access) notFound();
  return <ClientAccessSection organisationId={organisation.id} access={access} archived={organisation.archivedAt !== null} />;
}
