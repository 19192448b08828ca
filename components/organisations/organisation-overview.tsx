import { ExportLinks } from "@/components/exchange/export-links";
import { ReportDownload } from "@/components/reports/report-download";
import { Link } from "@/components/ui/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { CurveSection } from "@/components/progress/curve-section";
import { ProgressSummary } from "@/components/progress/progress-summary";
import { progressView } from "@/components/progress/progress-view";
import { calendarDayOf, CHANNEL_NAMES, clientSince, isActionOverdue, type Locale, type Model } from "@/lib/curve";
import type { OrganisationOverview as Overview } from "@/lib/server/organisation-overview";
import type { OrganisationDetail } from "@/lib/server/organisations";
import { countryName } from "./country-options";

const card = "rounded-lg border border-slate-200 bg-white p-6";

/** The first screen of an organisation: where it stands, what is due, and its details. */
export async function OrganisationOverview({
  organisation,
  overview,
  model,
  locale,
}: {
  organisation: OrganisationDetail;
  overview: Overview;
  model: Model;
  locale: Locale;
}) {
  const t = await getTranslations("organisationPage");
  const to = await getTranslations("organisations");
  const tp = await getTranslations("plans");
  const ta = await getTranslations("assessments");
  const te = await getTranslations("exchange");
  const format = await getFormatter();
  const base = `/workspace/organisations/${organisation.id}`;
  const view = progressView(model, overview.completed, overview.targets);
  const today = calendarDayOf(new Date());
  const overdue = overview.openActions.filter((item) => isActionOverdue(item, today)).length;
  const { reassessment } = overview;
  const facts: [string, React.ReactNode][] = [
    [to("fields.sector"), to(`sectors.${organisation.sector}`)],
    [to("fields.sizeBand"), to(`sizeBands.${organisation.sizeBand}`)],
    [to("fields.country"), countryName(organisation.country, locale)],
    [
      to("fields.website"),
      organisation.website ? (
        <a href={organisation.website} rel="noopener noreferrer" target="_blank" className="text-brand-700 underline">
          {organisation.website}
        </a>
      ) : (
        "—"
      ),
    ],
    [to("fields.tags"), organisation.tags.length ? organisation.tags.join(", ") : "—"],
    [to("fields.channels"), organisation.channels.length ? organisation.channels.map((channel) => CHANNEL_NAMES[channel]).join(", ") : "—"],
    [to("fields.responsibleConsultant"), organisation.responsibleConsultant?.name ?? "—"],
    [to("fields.createdAt"), format.dateTime(clientSince(organisation.createdAt, overview.completed), { dateStyle: "long", timeZone: "UTC" })],
  ];

  return (
    <div className="space-y-6">
      <section aria-labelledby="standing-heading" className={card}>
        <h2 id="standing-heading" className="sr-only">
          {tp("progressTitle")}
        </h2>
        <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
          <div className="space-y-6">
            {view ? <ProgressSummary view={view} locale={locale} /> : <p className="text-slate-700">{t("noCompletedYet")}</p>}
            {!view && organisation.archivedAt === null && (
              <div className="flex flex-wrap gap-3">
                {overview.drafts.map((draft) => (
                  <Link
                    key={draft.id}
                    href={`${base}/assessments/${draft.id}`}
                    className="rounded-md border border-amber-400 bg-amber-50 px-4 py-2 font-medium text-amber-900"
                  >
                    {draft.title} · {ta("draftResume")}
                  </Link>
                ))}
                <Link href={`${base}/assessments/new`} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
                  {ta("startNew")}
                </Link>
              </div>
            )}
            {view && <CurveSection view={view} locale={locale} />}
          </div>
          <div className="space-y-5 border-slate-100 lg:border-l lg:pl-6">
            <div>
              <h3 className="text-sm text-slate-600">{t("nextDue")}</h3>
              <p className={`font-medium ${reassessment.status === "overdue" ? "text-red-700" : ""}`}>
                {reassessment.due
                  ? tp(`dueStatus.${reassessment.status}`, { date: format.dateTime(reassessment.due, { dateStyle: "long", timeZone: "UTC" }) })
                  : tp("noCadenceSet")}
              </p>
            </div>
            <div>
              <h3 className="text-sm text-slate-600">{t("openActions")}</h3>
              <p className="font-medium">
                {t("openActionsCount", { count: overview.openActions.length })}
                {overdue > 0 && <span className="text-red-700"> ({t("overdueActions", { count: overdue })})</span>}
              </p>
              <Link href={`${base}/plan`} className="text-sm text-brand-700 underline">
                {t("toPlan")}
              </Link>
            </div>
            {view && (
              <div>
                <h3 className="text-sm text-slate-600">{to("assessmentsTitle")}</h3>
                <p className="text-sm">
                  {t("latestAssessment", { title: view.latest.title, date: format.dateTime(view.latest.assessedOn, { dateStyle: "medium", timeZone: "UTC" }) })}
                </p>
                <Link href={`${base}/progress`} className="text-sm text-brand-700 underline">
                  {t("toProgress")}
                </Link>
              </div>
            )}
            <ReportDownload href={`${base}/report`} withNotesChoice available={Boolean(view)} />
            <ExportLinks href={`${base}/export`} hint={te("buttons.organisationHint")} />
          </div>
        </div>
      </section>

      <section aria-labelledby="facts-heading" className={card}>
        <h2 id="facts-heading" className="mb-4 text-lg font-semibold">
          {to("details")}
        </h2>
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
            <h3 className="text-sm text-slate-600">
              {to("fields.notes")}{" "}
              <span
                className={`ml-1 rounded px-1.5 py-0.5 text-xs ${organisation.notesInternal ? "bg-slate-200 text-slate-800" : "bg-green-100 text-green-900"}`}
              >
                {organisation.notesInternal ? to("notesInternalBadge") : to("notesSharedBadge")}
              </span>
            </h3>
            <p className="mt-1 whitespace-pre-wrap">{organisation.notes}</p>
          </div>
        )}
      </section>
    </div>
  );
}
