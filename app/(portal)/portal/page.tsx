import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/components/organisations/country-options";
import { OrganisationProgress } from "@/components/progress/organisation-progress";
import { requireOrganisationAccess, requireRole } from "@/lib/auth";
import { shippedModels, SMICIKLAS_MODEL_ID } from "@/lib/curve";
import { isLocale } from "@/lib/i18n/locale";
import { listOrganisationAssessments } from "@/lib/server/assessments";
import { getReassessment, listActionItems, listTargets } from "@/lib/server/plans";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("title") };
}

export default async function PortalPage() {
  const member = await requireRole("CLIENT");
  if (!member.organisationId) redirect("/sign-in");
  const { organisation } = await requireOrganisationAccess(member.organisationId);
  const [assessments, targets, actionItems, reassessment] = await Promise.all([
    listOrganisationAssessments(member, organisation.id),
    listTargets(member, organisation.id),
    listActionItems(member, organisation.id),
    getReassessment(member, organisation.id),
  ]);
  const t = await getTranslations("portal");
  const to = await getTranslations("organisations");
  const tp = await getTranslations("plans");
  const format = await getFormatter();
  const locale = await getLocale();
  const language = isLocale(locale) ? locale : "nl";
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  const completed = assessments.filter((assessment) => assessment.status === "COMPLETED");
  return (
    <div className="space-y-6">
      <p className="text-sm uppercase tracking-wide text-slate-600">{t("eyebrow", { workspace: member.workspaceName })}</p>
      <h1 className="text-3xl font-semibold">{organisation.name}</h1>
      <p className="text-slate-700">
        {to(`sectors.${organisation.sector}`)} · {to(`sizeBands.${organisation.sizeBand}`)} · {countryName(organisation.country, locale)}
      </p>
      <section aria-labelledby="progress-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="progress-heading" className="mb-4 text-lg font-semibold">{t("progressTitle")}</h2>
        {completed.length === 0 ? <p className="text-slate-700">{t("progressEmpty")}</p> : <OrganisationProgress model={model} locale={language} completed={completed} targets={targets} />}
      </section>
      <section aria-labelledby="next-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="next-heading" className="mb-2 text-lg font-semibold">{tp("reassessmentTitle")}</h2>
        <p className="text-slate-700">
          {reassessment.due ? tp(`dueStatus.${reassessment.status}`, { date: format.dateTime(reassessment.due, { dateStyle: "long", timeZone: "UTC" }) }) : tp("noCadenceSet")}
        </p>
      </section>
      <section aria-labelledby="plan-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="plan-heading" className="mb-2 text-lg font-semibold">{tp("actionsTitle")}</h2>
        {actionItems.length === 0 ? (
          <p className="text-slate-700">{t("noActions")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {actionItems.map((item) => (
              <li key={item.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span className={item.status === "DONE" ? "text-slate-500 line-through" : ""}>{item.title}</span>
                <span className="text-sm text-slate-600">
                  {tp(`statuses.${item.status}`)}
                  {item.dueDate ? ` · ${tp("due", { date: format.dateTime(item.dueDate, { dateStyle: "medium", timeZone: "UTC" }) })}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
