import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { archiveOrganisationAction, restoreOrganisationAction } from "../actions";
import { countryName } from "@/components/organisations/country-options";
import { OrganisationHistory } from "@/components/organisations/organisation-history";
import { requireOrganisationAccess, requireRole } from "@/lib/auth";
import { listAuditEvents } from "@/lib/server/audit";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("OWNER", "CONSULTANT");
  const { organisation } = await requireOrganisationAccess((await params).id);
  return { title: organisation.name };
}

export default async function OrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("OWNER", "CONSULTANT");
  const { member, organisation } = await requireOrganisationAccess((await params).id);
  const history = await listAuditEvents(member, "organisation", organisation.id);
  const t = await getTranslations("organisations");
  const format = await getFormatter();
  const locale = await getLocale();
  const archived = organisation.archivedAt !== null;

  const facts: [string, React.ReactNode][] = [
    [t("fields.sector"), t(`sectors.${organisation.sector}`)],
    [t("fields.sizeBand"), t(`sizeBands.${organisation.sizeBand}`)],
    [t("fields.country"), countryName(organisation.country, locale)],
    [
      t("fields.website"),
      organisation.website ? (
        <a href={organisation.website} rel="noopener noreferrer" target="_blank" className="text-brand-700 underline">
          {organisation.website}
        </a>
      ) : (
        "—"
      ),
    ],
    [t("fields.tags"), organisation.tags.length ? organisation.tags.join(", ") : "—"],
    [t("fields.createdAt"), format.dateTime(organisation.createdAt, { dateStyle: "long" })],
  ];

  return (
    <div className="space-y-8">
      <Link href="/workspace/organisations" className="text-sm text-brand-700 underline">← {t("backToList")}</Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold">{organisation.name}</h1>
          {archived && (
            <p className="mt-2 inline-block rounded bg-slate-200 px-2 py-1 text-sm text-slate-800">
              {t("archivedOn", { date: format.dateTime(organisation.archivedAt!, { dateStyle: "long" }) })}
            </p>
          )}
        </div>
        <div className="flex gap-2">
          <Link href={`/workspace/organisations/${organisation.id}/edit`} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100">
            {t("edit")}
          </Link>
          <form action={archived ? restoreOrganisationAction : archiveOrganisationAction}>
            <input type="hidden" name="organisationId" value={organisation.id} />
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100">
              {archived ? t("restore") : t("archive")}
            </button>
          </form>
        </div>
      </div>

      <section aria-labelledby="facts-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="facts-heading" className="mb-4 text-lg font-semibold">{t("details")}</h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-slate-600">{label}</dt>
              <dd className="font-medium">{value}</dd>
            </div>
          ))}
        </dl>
        {organisation.notes && (
          <div className="mt-6">
            <h3 className="text-sm text-slate-600">{t("fields.notes")}</h3>
            <p className="mt-1 whitespace-pre-wrap">{organisation.notes}</p>
          </div>
        )}
      </section>

      <section aria-labelledby="assessments-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="assessments-heading" className="mb-2 text-lg font-semibold">{t("assessmentsTitle")}</h2>
        <p className="text-sm text-slate-600">{t("assessmentsEmpty")}</p>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-lg font-semibold">{t("historyTitle")}</h2>
        <OrganisationHistory entries={history} />
      </section>
    </div>
  );
}
