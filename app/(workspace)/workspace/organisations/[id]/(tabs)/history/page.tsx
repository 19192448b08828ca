import { Link } from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { dimensionNames, stageNames } from "@/components/model/model-view";
import { OrganisationHistory } from "@/components/organisations/organisation-history";
import { openOrganisation, tabMetadata } from "@/components/organisations/open-organisation";
import { listAuditEvents } from "@/lib/server/audit";

export const generateMetadata = tabMetadata("history");

// The tab shows the latest changes; the whole history is one click away.
const RECENT_HISTORY = 50;
const FULL_HISTORY = 1000;

export default async function OrganisationHistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ all?: string }> }) {
  const { member, organisation, model, locale } = await openOrganisation(params);
  const everything = (await searchParams).all === "1";
  const history = await listAuditEvents(member, "organisation", organisation.id, everything ? FULL_HISTORY : RECENT_HISTORY + 1);
  const t = await getTranslations("organisations");
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="mb-3 text-lg font-semibold">
        {t("historyTitle")}
      </h2>
      <OrganisationHistory
        entries={everything ? history : history.slice(0, RECENT_HISTORY)}
        fieldLabels={dimensionNames(model, locale)}
        stageNames={stageNames(model, locale)}
      />
      {!everything && history.length > RECENT_HISTORY && (
        <Link href={`/workspace/organisations/${organisation.id}/history?all=1`} className="mt-3 inline-block text-sm text-brand-700 underline">
          {t("historyShowAll")}
        </Link>
      )}
    </section>
  );
}
