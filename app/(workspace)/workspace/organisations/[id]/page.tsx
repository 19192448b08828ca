import Link from "next/link";
import { scoreFormatters } from "@/components/format";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { archiveOrganisationAction, restoreOrganisationAction } from "../actions";
import { createActionItemAction, setActionStatusAction, setCadenceAction, setTargetsAction } from "../plan-actions";
import { dimensionNames, stageNames } from "@/components/assessments/model-view";
import { StageBadge } from "@/components/assessments/stage-badge";
import { countryName } from "@/components/organisations/country-options";
import { OrganisationHistory } from "@/components/organisations/organisation-history";
import { ActionItemForm } from "@/components/plans/action-item-form";
import { OrganisationProgress } from "@/components/progress/organisation-progress";
import { CadenceForm } from "@/components/plans/cadence-form";
import { TargetsForm } from "@/components/plans/targets-form";
import { requireOrganisationAccess, requireRole } from "@/lib/auth";
import { shippedModels, SMICIKLAS_MODEL_ID } from "@/lib/curve";
import { isLocale } from "@/lib/i18n/locale";
import { listAuditEvents } from "@/lib/server/audit";
import { listOrganisationAssessments } from "@/lib/server/assessments";
import { getClientAccess } from "@/lib/server/client-access";
import { getReassessment, listActionItems, listTargets } from "@/lib/server/plans";
import { listPulses } from "@/lib/server/pulses";
import { ClientAccessSection } from "@/components/organisations/client-access-section";
import { ACTION_STATUSES } from "@/lib/validation/assessment";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("OWNER", "CONSULTANT");
  const { organisation } = await requireOrganisationAccess((await params).id);
  return { title: organisation.name };
}

// The page shows the latest changes; the whole history is one click away.
const RECENT_HISTORY = 10;
const FULL_HISTORY = 500;

export default async function OrganisationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ history?: string }> }) {
  await requireRole("OWNER", "CONSULTANT");
  const { member, organisation } = await requireOrganisationAccess((await params).id);
  const fullHistory = (await searchParams).history === "all";
  const [history, assessments, targets, actionItems, reassessment, clientAccess, pulses] = await Promise.all([
    listAuditEvents(member, "organisation", organisation.id, fullHistory ? FULL_HISTORY : RECENT_HISTORY + 1),
    listOrganisationAssessments(member, organisation.id),
    listTargets(member, organisation.id),
    listActionItems(member, organisation.id),
    getReassessment(member, organisation.id),
    getClientAccess(member, organisation.id),
    listPulses(member, organisation.id),
  ]);
  const t = await getTranslations("organisations");
  const ta = await getTranslations("assessments");
  const tp = await getTranslations("plans");
  const format = await getFormatter();
  const locale = await getLocale();
  const language = isLocale(locale) ? locale : "nl";
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  const stages = stageNames(model, language);
  const dimensionName = dimensionNames(model, language);
  const latestCompleted = assessments.find((assessment) => assessment.status === "COMPLETED");
  const today = new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
  const { score: number } = scoreFormatters(format);
  const targetValues = Object.fromEntries(
    targets.flatMap((target) => [
      [`stage.${target.dimensionId}`, String(target.targetStage)],
      [`date.${target.dimensionId}`, target.targetDate ? target.targetDate.toISOString().slice(0, 10) : ""],
    ]),
  );
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
    [t("fields.responsibleConsultant"), organisation.responsibleConsultant?.name ?? "—"],
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
            <h3 className="text-sm text-slate-600">
              {t("fields.notes")}{" "}
              <span className={`ml-1 rounded px-1.5 py-0.5 text-xs ${organisation.notesInternal ? "bg-slate-200 text-slate-800" : "bg-green-100 text-green-900"}`}>
                {organisation.notesInternal ? t("notesInternalBadge") : t("notesSharedBadge")}
              </span>
            </h3>
            <p className="mt-1 whitespace-pre-wrap">{organisation.notes}</p>
          </div>
        )}
      </section>

      <section aria-labelledby="progress-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="progress-heading" className="mb-4 text-lg font-semibold">{tp("progressTitle")}</h2>
        <OrganisationProgress model={model} locale={language} completed={assessments.filter((assessment) => assessment.status === "COMPLETED")} targets={targets} pulses={pulses} />
      </section>

      <section aria-labelledby="assessments-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h2 id="assessments-heading" className="text-lg font-semibold">{t("assessmentsTitle")}</h2>
          {!archived && (
            <Link href={`/workspace/organisations/${organisation.id}/assessments/new`} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
              {ta("startNew")}
            </Link>
          )}
        </div>
        {assessments.length === 0 ? (
          <p className="text-sm text-slate-600">{t("assessmentsEmpty")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("assessmentsTitle")}</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3">{ta("date")}</th>
                <th scope="col" className="py-2 pr-3">{ta("title")}</th>
                <th scope="col" className="py-2 pr-3">{ta("scope")}</th>
                <th scope="col" className="py-2 pr-3">{ta("stage")}</th>
                <th scope="col" className="py-2">{ta("position")}</th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((assessment) => (
                <tr key={assessment.id} className="border-t border-slate-100">
                  <td className="py-2 pr-3">{format.dateTime(assessment.assessedOn, { dateStyle: "medium", timeZone: "UTC" })}</td>
                  <td className="py-2 pr-3">
                    <Link href={`/workspace/organisations/${organisation.id}/assessments/${assessment.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      {assessment.title}
                    </Link>
                    {assessment.status === "DRAFT" && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{ta("draftResume")}</span>}
                  </td>
                  <td className="py-2 pr-3">{assessment.scope === "channel" ? ta("channelScope", { channel: assessment.channel ?? "" }) : ta("organisationScope")}</td>
                  <td className="py-2 pr-3">{assessment.stage ? <StageBadge stage={assessment.stage} label={stages[assessment.stage]!} /> : "—"}</td>
                  <td className="py-2">{number(assessment.position)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="mt-6 border-t border-slate-100 pt-4">
          <h3 className="mb-2 font-semibold">{tp("reassessmentTitle")}</h3>
          {reassessment.due ? (
            <p className={`mb-3 text-sm ${reassessment.status === "overdue" ? "font-semibold text-red-700" : "text-slate-700"}`}>
              {tp(`dueStatus.${reassessment.status}`, { date: format.dateTime(reassessment.due, { dateStyle: "long", timeZone: "UTC" }) })}
            </p>
          ) : (
            <p className="mb-3 text-sm text-slate-600">{tp("noCadenceSet")}</p>
          )}
          <CadenceForm action={setCadenceAction.bind(null, organisation.id)} months={reassessment.cadenceMonths} />
        </div>
      </section>

      <section aria-labelledby="targets-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="targets-heading" className="mb-2 text-lg font-semibold">{tp("targetsTitle")}</h2>
        <p className="mb-4 text-sm text-slate-700">{tp("targetsIntro")}</p>
        <TargetsForm
          action={setTargetsAction.bind(null, organisation.id)}
          stageNames={stages}
          initialValues={targetValues}
          dimensions={model.dimensions.map((dimension) => {
            const score = latestCompleted?.dimensionScores[dimension.id];
            return { id: dimension.id, name: dimensionName[dimension.id]!, current: score == null ? "—" : `${number(score)}` };
          })}
        />
      </section>

      <section aria-labelledby="actions-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="actions-heading" className="mb-4 text-lg font-semibold">{tp("actionsTitle")}</h2>
        {actionItems.length === 0 ? (
          <p className="mb-4 text-sm text-slate-600">{tp("actionsEmpty")}</p>
        ) : (
          <ul className="mb-6 divide-y divide-slate-100">
            {actionItems.map((item) => {
              const overdue = item.status !== "DONE" && item.dueDate !== null && item.dueDate < today;
              return (
                <li key={item.id} data-action-item={item.title} className={`flex flex-wrap items-center justify-between gap-3 py-3 ${overdue ? "rounded-md bg-red-50 px-2" : ""}`}>
                  <div>
                    <p className={`font-medium ${item.status === "DONE" ? "text-slate-500 line-through" : ""}`}>{item.title}</p>
                    <p className="text-sm text-slate-600">
                      {[item.dimensionId ? dimensionName[item.dimensionId] : null, item.ownerName || null, item.dueDate ? tp("due", { date: format.dateTime(item.dueDate, { dateStyle: "medium", timeZone: "UTC" }) }) : null]
                        .filter(Boolean)
                        .join(" · ")}
                      {overdue && <strong className="ml-2 text-red-700">{tp("overdue")}</strong>}
                    </p>
                  </div>
                  <form action={setActionStatusAction} className="flex items-center gap-2">
                    <input type="hidden" name="organisationId" value={organisation.id} />
                    <input type="hidden" name="actionItemId" value={item.id} />
                    <label className="sr-only" htmlFor={`status-${item.id}`}>{tp("statusFor", { title: item.title })}</label>
                    <select id={`status-${item.id}`} name="status" defaultValue={item.status} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm">
                      {ACTION_STATUSES.map((status) => (
                        <option key={status} value={status}>{tp(`statuses.${status}`)}</option>
                      ))}
                    </select>
                    <button type="submit" className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100">{tp("update")}</button>
                  </form>
                </li>
              );
            })}
          </ul>
        )}
        <h3 className="mb-2 font-semibold">{tp("addActionTitle")}</h3>
        <ActionItemForm action={createActionItemAction.bind(null, organisation.id)} dimensions={model.dimensions.map((dimension) => ({ value: dimension.id, label: dimensionName[dimension.id]! }))} />
      </section>

      {clientAccess && <ClientAccessSection organisationId={organisation.id} access={clientAccess} archived={archived} />}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-lg font-semibold">{t("historyTitle")}</h2>
        <OrganisationHistory entries={fullHistory ? history : history.slice(0, RECENT_HISTORY)} fieldLabels={dimensionName} />
        {!fullHistory && history.length > RECENT_HISTORY && (
          <Link href={`/workspace/organisations/${organisation.id}?history=all#history-heading`} className="mt-3 inline-block text-sm text-brand-700 underline">
            {t("historyShowAll")}
          </Link>
        )}
      </section>
    </div>
  );
}
