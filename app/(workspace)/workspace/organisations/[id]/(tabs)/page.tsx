import { OrganisationOverview } from "@/components/organisations/organisation-overview";
import { openOrganisation, tabMetadata } from "@/components/organisations/open-organisation";
import { loadOrganisationOverview } from "@/lib/server/organisation-overview";

export const generateMetadata = tabMetadata("overview");

export default async function OrganisationOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { member, organisation, model, locale } = await openOrganisation(params);
  const overview = await loadOrganisationOverview(member, organisation);
  return <OrganisationOverview organisation={organisation} overview={overview} model={model} locale={locale} />;
}
