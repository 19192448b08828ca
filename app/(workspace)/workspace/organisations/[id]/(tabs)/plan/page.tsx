import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { dimensionNames, stageNames } from "@/components/model/model-view";
import { openOrganisation, tabMetadata } from "@/components/organisations/open-organisation";
import { ActionItemForm } from "@/components/plans/action-item-form";
import { ActionList } from "@/components/plans/action-list";
import { createActionItemAction, setCadenceAction, setTargetsAction } from "@/components/plans/actions";
import { CadenceForm } from "@/components/plans/cadence-form";
import { TargetsForm } from "@/components/plans/targets-form";
import { scoreFormatters } from "@/components/ui/format";
import { isoDay } from "@/lib/curve";
import { listOrganisationAssessments } from "@/lib/server/assessments";
import { getReassessment, listActionItems, listTargets } from "@/lib/server/plans";

export const generateMetadata = tabMetadata("plan");

const card = "rounded-lg border border-slate-200 bg-white p-6";

export default async function OrganisationPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { member, organisation, model, locale } = await openOrganisation(params);
  const [assessments, targets, actionItems, reassessment] = await Promise.all([
    listOrganisationAssessments(member, organisation.id),
    listTargets(member, organisation.id),
    listActionItems(member, organisation.id),
    getReassessment(member, organisation.id),
  ]);
  const tp = await getTranslations("plans");
  const format = await getFormatter();
  const { score } = scoreFormatters(locale);
  const dimensionName = dimensionNames(model, locale);
  const latest = assessments.find((assessment) => assessment.status === "COMPLETED");
  const targetValues = Object.fromEntries(
    targets.flatMap((target) => [
      [`stage.${target.dimensionId}`, String(target.targetStage)],
      [`date.${target.dimensionId}`, target.targetDate ? isoDay(target.targetDate) : ""],
    ]),
  );
  return (
    <div className="space-y-6">
      <section aria-labelledby="targets-heading" className={card}>
        <h2 id="targets-heading" className="mb-2 text-lg font-semibold">
          {tp("targetsTitle")}
        </h2>
        <p className="mb-4 text-sm text-slate-700">{tp("targetsIntro")}</p>
        <TargetsForm
          action={setTargetsAction.bind(null, organisation.id)}
          stageNames={stageNames(model, locale)}
          initialValues={targetValues}
          dimensions={model.dimensions.map((dimension) => ({
            id: dimension.id,
            name: dimensionName[dimension.id]!,
            current: score(latest?.dimensionScores[dimension.id]),
          }))}
        />
      </section>

      <section aria-labelledby="actions-heading" className={card}>
        <h2 id="actions-heading" className="mb-4 text-lg font-semibold">
          {tp("actionsTitle")}
        </h2>
        <ActionList organisationId={organisation.id} items={actionItems} dimensionNames={dimensionName} />
        <h3 className="mb-2 font-semibold">{tp("addActionTitle")}</h3>
        <ActionItemForm
          action={createActionItemAction.bind(null, organisation.id)}
          dimensions={model.dimensions.map((dimension) => ({ value: dimension.id, label: dimensionName[dimension.id]! }))}
        />
      </section>

      <section aria-labelledby="cadence-heading" className={card}>
        <h2 id="cadence-heading" className="mb-2 text-lg font-semibold">
          {tp("reassessmentTitle")}
        </h2>
        {reassessment.due ? (
          <p className={`mb-3 text-sm ${reassessment.status === "overdue" ? "font-semibold text-red-700" : "text-slate-700"}`}>
            {tp(`dueStatus.${reassessment.status}`, { date: format.dateTime(reassessment.due, { dateStyle: "long", timeZone: "UTC" }) })}
          </p>
        ) : (
          <p className="mb-3 text-sm text-slate-600">{tp("noCadenceSet")}</p>
        )}
        <CadenceForm action={setCadenceAction.bind(null, organisation.id)} months={reassessment.cadenceMonths} />
      </section>
    </div>
  );
}
