import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { AnswerList } from "@/components/assessments/answer-list";
import { AssessmentResults } from "@/components/assessments/assessment-results";
import { dimensionViews, stageNames } from "@/components/model/model-view";
import { AssessmentWizard, type ItemState } from "@/components/assessments/wizard";
import { OrganisationHistory } from "@/components/organisations/organisation-history";
import { requireOrganisationAccess, requireRole } from "@/lib/auth";
import { mayReopenAssessment, previousAndFirst } from "@/lib/curve";
import { isLocale } from "@/lib/i18n/locale";
import { listAuditEvents } from "@/lib/server/audit";
import { getAnswerChoices, getAssessment, listOrganisationAssessments, modelOf, scoreStoredAssessment } from "@/lib/server/assessments";
import { listActionItems, listTargets } from "@/lib/server/plans";
import { getRespondentAnalysis, getRespondentRound } from "@/lib/server/respondents";
import { getWorkspaceSettings } from "@/lib/server/workspace-settings";
import { RespondentRound } from "@/components/respondents/respondent-round";

type Params = { params: Promise<{ id: string; assessmentId: string }>; searchParams: Promise<{ step?: string }> };

async function load(params: Params["params"]) {
  await requireRole("OWNER", "CONSULTANT");
  const { id, assessmentId } = await params;
  const { member, organisation } = await requireOrganisationAccess(id);
  const assessment = await getAssessment(member, assessmentId);
  if (!assessment || assessment.organisationId !== organisation.id) notFound();
  return { member, organisation, assessment };
}

export async function generateMetadata({ params }: Params) {
  const { assessment, organisation } = await load(params);
  return { title: `${assessment.title} · ${organisation.name}` };
}

export default async function AssessmentPage({ params, searchParams }: Params) {
  const { member, organisation, assessment } = await load(params);
  const locale = await getLocale();
  const language = isLocale(locale) ? locale : "nl";
  const t = await getTranslations("assessments");
  const format = await getFormatter();
  const model = modelOf(assessment);
  // Most assessments have no respondents: what their round needs is read only when there is one.
  const round = await getRespondentRound(member, assessment.id);
  const hasRound = round !== null && (round.open || round.respondents.length > 0);
  const [analysis, settings] = hasRound
    ? await Promise.all([round.responded > 0 ? getRespondentAnalysis(member, assessment.id) : null, getWorkspaceSettings(member)])
    : [null, null];
  const respondents = hasRound && settings && (
    <RespondentRound
      organisationId={organisation.id}
      assessmentId={assessment.id}
      round={round}
      analysis={analysis}
      model={model}
      locale={language}
      mail={settings}
    />
  );
  const scopeLabel = assessment.scope === "channel" ? t("channelScope", { channel: assessment.channel ?? "" }) : t("organisationScope");

  const header = (
    <div className="space-y-1">
      <Link href={`/workspace/organisations/${organisation.id}/assessments`} className="text-sm text-brand-700 underline">
        ← {organisation.name}
      </Link>
      <h1 className="text-2xl font-semibold">{assessment.title}</h1>
      <p className="text-sm text-slate-600">
        {format.dateTime(assessment.assessedOn, { dateStyle: "long", timeZone: "UTC" })} · {scopeLabel} · {t(`status.${assessment.status}`)}
      </p>
    </div>
  );

  if (assessment.status === "DRAFT") {
    const { step } = await searchParams;
    const dimensions = dimensionViews(model, language);
    const initialItems: Record<string, ItemState> = Object.fromEntries(
      assessment.answers.map((answer) => [
        answer.itemId,
        {
          choice: answer.optionId ? { optionId: answer.optionId } : answer.skip ? { skip: answer.skip } : null,
          notes: answer.notes,
          evidence: answer.evidenceLinks.join("\n"),
          carriedOver: answer.carriedOver,
        },
      ]),
    );
    return (
      <div className="space-y-6">
        {header}
        <AssessmentWizard
          assessmentId={assessment.id}
          initialRevision={assessment.revision}
          dimensions={dimensions}
          stageNames={stageNames(model, language)}
          initialItems={initialItems}
          initialStep={Math.max(
            0,
            dimensions.findIndex((dimension) => dimension.id === step),
          )}
        />
        {respondents}
      </div>
    );
  }

  const [history, targets, actionItems, events, baseline] = await Promise.all([
    listOrganisationAssessments(member, organisation.id),
    listTargets(member, organisation.id),
    listActionItems(member, organisation.id),
    listAuditEvents(member, "assessment", assessment.id),
    assessment.baselineAssessmentId ? getAnswerChoices(member, assessment.baselineAssessmentId) : null,
  ]);
  const { previous, first } = previousAndFirst(
    history.filter((entry) => entry.status === "COMPLETED"),
    assessment,
  );
  return (
    <div className="space-y-6">
      {header}
      <AssessmentResults
        model={model}
        locale={language}
        organisationId={organisation.id}
        assessment={assessment}
        result={scoreStoredAssessment(assessment)}
        previous={previous}
        first={first}
        targets={targets}
        plannedRecommendationIds={new Set(actionItems.flatMap((item) => (item.recommendationId ? [item.recommendationId] : [])))}
        canReopen={mayReopenAssessment(member, assessment)}
      />
      <AnswerList
        model={model}
        locale={language}
        answers={assessment.answers}
        baseline={baseline}
        spread={new Map((analysis?.items ?? []).map((item) => [item.itemId, item]))}
      />
      {respondents}
      <section aria-labelledby="assessment-history-heading">
        <h2 id="assessment-history-heading" className="mb-3 text-lg font-semibold">
          {t("historyTitle")}
        </h2>
        <OrganisationHistory entries={events} stageNames={stageNames(model, language)} />
      </section>
    </div>
  );
}
