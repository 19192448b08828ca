import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { countryName } from "@/components/organisations/country-options";
import { OrganisationProgress } from "@/components/progress/organisation-progress";
import { progressView } from "@/components/progress/progress-view";
import { requireClientViewer, requireOrganisationAccess } from "@/lib/auth";
import { shippedModels, SMICIKLAS_MODEL_ID } from "@/lib/curve";
import { isLocale } from "@/lib/i18n/locale";
import { listOrganisationAssessments } from "@/lib/server/assessments";
import { getReassessment, listActionItems, listTargets } from "@/lib/server/plans";
import { listPulses } from "@/lib/server/pulses";
import { PortalActionList } from "@/components/portal/portal-action-list";
import { Link } from "@/components/ui/link";
import { getBranding } from "@/lib/server/branding";
import { ExportLinks } from "@/components/exchange/export-links";
import { ReportDownload } from "@/components/reports/report-download";
import { countSharedStrategies } from "@/lib/server/strategies";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PortalPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireClientViewer();
  const { organisation } = await requireOrganisationAccess(member.organisationId);
  const [assessments, targets, actionItems, reassessment, pulses, branding, sharedStrategies] = await Promise.all([
    listOrganisationAssessments(member, organisation.id),
    listTargets(member, organisation.id),
    listActionItems(member, organisation.id),
    getReassessment(member, organisation.id),
    listPulses(member, organisation.id),
    getBranding(member),
    countSharedStrategies(member, organisation.id),
  ]);
  const pulseSaved = (await searchParams).pulse === "saved";
  const t = await getTranslations("portal");
  const to = await getTranslations("organisations");
  const tp = await getTranslations("plans");
  const tpulse = await getTranslations("pulse");
  const format = await getFormatter();
  const locale = await getLocale();
  const language = isLocale(locale) ? locale : "nl";
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  const completed = assessments.filter((assessment) => assessment.status === "COMPLETED");
  return (
    <div className="space-y-6">
      <p className="text-sm tracking-wide text-slate-600 uppercase">{t("eyebrow", { workspace: branding.name })}</p>
      <h1 className="text-3xl font-semibold">{organisation.name}</h1>
      {pulseSaved && (
        <p role="status" data-testid="pulse-saved" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 font-medium text-green-900">
          {tpulse("saved")}
        </p>
      )}
      <p className="text-slate-700">
        {to(`sectors.${organisation.sector}`)} · {to(`sizeBands.${organisation.sizeBand}`)} · {countryName(organisation.country, locale)}
      </p>
      <section aria-labelledby="progress-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="progress-heading" className="mb-4 text-lg font-semibold">
          {t("progressTitle")}
        </h2>
        {completed.length === 0 ? (
          <p className="text-slate-700">{t("progressEmpty")}</p>
        ) : (
          <OrganisationProgress view={progressView(model, completed, targets, pulses)} locale={language} />
        )}
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-6">
        <ReportDownload href="/portal/report" withNotesChoice={false} available={completed.length > 0} />
        {completed.length > 0 && (
          <div className="mt-5">
            <ExportLinks href="/portal/export" hint={(await getTranslations("exchange"))("buttons.organisationHint")} />
          </div>
        )}
      </section>
      {sharedStrategies > 0 && (
        <section aria-labelledby="strategy-heading" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="strategy-heading" className="mb-2 text-lg font-semibold">
            {t("strategyTitle")}
          </h2>
          <p className="mb-3 text-slate-700">{t("strategyIntro", { count: sharedStrategies })}</p>
          <Link href="/portal/strategy" className="inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("strategyOpen")}
          </Link>
        </section>
      )}
      {!organisation.notesInternal && organisation.notes && (
        <section aria-labelledby="notes-heading" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="notes-heading" className="mb-2 text-lg font-semibold">
            {t("notesTitle")}
          </h2>
          <p className="whitespace-pre-wrap text-slate-700">{organisation.notes}</p>
        </section>
      )}
      <section aria-labelledby="pulse-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="pulse-heading" className="mb-2 text-lg font-semibold">
          {t("pulseTitle")}
        </h2>
        <p className="mb-3 text-slate-700">{tpulse("intro")}</p>
        {pulses.length > 0 && (
          <p className="mb-3 text-sm text-slate-700" data-testid="latest-pulse">
            {tpulse("latest", {
              date: format.dateTime(pulses.at(-1)!.takenOn, { dateStyle: "long" }),
              position:
                pulses.at(-1)!.position === null ? "—" : format.number(pulses.at(-1)!.position!, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
            })}
          </p>
        )}
        <Link href="/portal/pulse" className="inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {tpulse("start")}
        </Link>
      </section>
      <section aria-labelledby="next-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="next-heading" className="mb-2 text-lg font-semibold">
          {tp("reassessmentTitle")}
        </h2>
        <p className="text-slate-700">
          {reassessment.due
            ? tp(`dueStatus.${reassessment.status}`, { date: format.dateTime(reassessment.due, { dateStyle: "long", timeZone: "UTC" }) })
            : tp("noCadenceSet")}
        </p>
      </section>
      <section aria-labelledby="plan-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="plan-heading" className="mb-2 text-lg font-semibold">
          {tp("actionsTitle")}
        </h2>
        <PortalActionList items={actionItems} mayComplete={organisation.clientsMayCompleteActions} />
      </section>
    </div>
  );
}
