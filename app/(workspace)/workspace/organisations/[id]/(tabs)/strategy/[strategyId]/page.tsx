import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { dimensionNames, stageNames } from "@/components/model/model-view";
import { openOrganisation } from "@/components/organisations/open-organisation";
import { deleteStrategyAction, setVersionSharedAction } from "@/components/strategy/actions";
import { StrategyEditor } from "@/components/strategy/strategy-editor";
import { StrategyReadView } from "@/components/strategy/strategy-read-view";
import { elementViews, exampleViews, strategyDimensionViews } from "@/components/strategy/strategy-view";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { PendingButton } from "@/components/ui/fields";
import { calendarDayOf, channelName, isoDay, planStrategyFromAssessment } from "@/lib/curve";
import { listOrganisationAssessments } from "@/lib/server/assessments";
import { listTargets } from "@/lib/server/plans";
import { getStrategy } from "@/lib/server/strategies";

type Params = Promise<{ id: string; strategyId: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { organisation } = await openOrganisation(params);
  const tabs = await getTranslations("organisationPage.tabs");
  return { title: `${tabs("strategy")} · ${organisation.name}` };
}

const card = "rounded-lg border border-slate-200 bg-white p-6";
const smallButton = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";

export default async function StrategyPage({ params }: { params: Params }) {
  const { member, organisation, model, locale } = await openOrganisation(params);
  const { strategyId } = await params;
  const [strategy, assessments, targets] = await Promise.all([
    getStrategy(member, organisation.id, strategyId),
    listOrganisationAssessments(member, organisation.id),
    listTargets(member, organisation.id),
  ]);
  if (!strategy) notFound();
  const t = await getTranslations("strategy");
  const tc = await getTranslations("confirm");
  const format = await getFormatter();
  const day = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  const latest = assessments.find((assessment) => assessment.status === "COMPLETED");
  const { plan, bottleneck } = planStrategyFromAssessment(model, latest, organisation.sizeBand, strategy.channel);
  const stageName = stageNames(model, locale);
  const dimensionName = dimensionNames(model, locale);
  const base = `/workspace/organisations/${organisation.id}/strategy`;
  const title = strategy.channel ? t("channelStrategy", { channel: channelName(strategy.channel) }) : t("wholeOrganisation");
  const archived = organisation.archivedAt !== null;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link href={base} className="text-sm text-brand-700 underline">
          ← {t("backToList")}
        </Link>
        <h2 className="text-2xl font-semibold">{title}</h2>
        <p className="text-slate-700" data-testid="strategy-basis">
          {latest
            ? t("basis", {
                title: latest.title,
                date: day(latest.assessedOn),
                stage: stageName[latest.stage ?? 1] ?? "—",
                bottleneck: bottleneck.length ? bottleneck.map((id) => dimensionName[id] ?? id).join(", ") : t("noBottleneck"),
              })
            : t("basisNone")}
        </p>
        {plan.lighterForm && (
          <p className="rounded-md border border-brand-200 bg-brand-50 p-3 text-sm text-slate-800" data-testid="lighter-form">
            {strategy.channel ? t("lighterFormChannel", { channel: channelName(strategy.channel) }) : t("lighterFormSmall")}
          </p>
        )}
      </div>

      {archived ? (
        <section className={card}>
          <p className="mb-4 rounded-md bg-slate-100 p-3 text-slate-800">{t("archived")}</p>
          <StrategyReadView content={{ sections: strategy.sections, objectives: strategy.objectives }} model={model} locale={locale} />
        </section>
      ) : (
        <StrategyEditor
          strategyId={strategy.id}
          elements={elementViews(plan, locale)}
          dimensions={strategyDimensionViews(model, locale, latest, targets)}
          examples={exampleViews(model, locale)}
          today={isoDay(calendarDayOf(new Date()))}
          initial={{
            sections: strategy.sections,
            objectives: strategy.objectives,
            notes: strategy.internalNotes,
            exampleId: strategy.exampleId ?? "",
          }}
        />
      )}

      <section aria-labelledby="versions-heading" className={card}>
        <h2 id="versions-heading" className="mb-2 text-lg font-semibold">
          {t("versionsTitle")}
        </h2>
        <p className="mb-4 text-sm text-slate-700">{t("versionsIntro")}</p>
        {strategy.versions.length === 0 ? (
          <p className="text-slate-700">{t("noVersions")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("versionsTitle")}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-3">
                  {t("version")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("savedOn")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("answers")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("client")}
                </th>
              </tr>
            </thead>
            <tbody>
              {strategy.versions.map((version) => (
                <tr key={version.id} className="border-b border-slate-100" data-version={version.number}>
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {t("versionNumber", { number: version.number })}
                  </th>
                  <td className="py-2 pr-3">
                    {format.dateTime(version.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    {version.savedByName ? ` · ${version.savedByName}` : ""}
                  </td>
                  <td className="py-2 pr-3">
                    {version.assessment ? `${version.assessment.title} (${day(version.assessment.assessedOn)})` : t("noAssessment")}
                  </td>
                  <td className="py-2 pr-3">
                    <form action={setVersionSharedAction} className="flex flex-wrap items-center gap-2">
                      <input type="hidden" name="organisationId" value={organisation.id} />
                      <input type="hidden" name="strategyId" value={strategy.id} />
                      <input type="hidden" name="versionId" value={version.id} />
                      <input type="hidden" name="shared" value={version.sharedAt ? "no" : "yes"} />
                      {version.sharedAt && <span className="rounded bg-green-100 px-2 py-0.5 font-medium text-green-900">{t("sharedBadge")}</span>}
                      {!archived && (
                        <PendingButton className={smallButton} pendingLabel={t("saving")}>
                          {version.sharedAt ? t("stopSharing") : t("share", { number: version.number })}
                        </PendingButton>
                      )}
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {strategy.versions.length >= 2 && (
          <form action={`${base}/${strategy.id}/changes`} method="get" className="mt-4 flex flex-wrap items-end gap-3">
            {(["from", "to"] as const).map((name, index) => (
              <div key={name}>
                <label htmlFor={`compare-${name}`} className="block text-sm font-medium">
                  {t(`compare.${name}`)}
                </label>
                <select
                  id={`compare-${name}`}
                  name={name}
                  defaultValue={String(strategy.versions[index === 0 ? 1 : 0]!.number)}
                  className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2"
                >
                  {strategy.versions.map((version) => (
                    <option key={version.id} value={version.number}>
                      {t("versionNumber", { number: version.number })}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className={smallButton}>
              {t("compare.submit")}
            </button>
          </form>
        )}
      </section>

      {!archived && (
        <form action={deleteStrategyAction}>
          <input type="hidden" name="organisationId" value={organisation.id} />
          <input type="hidden" name="strategyId" value={strategy.id} />
          <ConfirmButton
            className="rounded-md border border-red-300 bg-white px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50"
            title={t("deleteTitle", { name: title })}
            message={t("deleteMessage")}
            confirmLabel={t("deleteConfirm")}
            cancelLabel={tc("cancel")}
          >
            {t("delete")}
          </ConfirmButton>
        </form>
      )}
    </div>
  );
}
