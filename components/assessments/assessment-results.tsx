import { Link } from "@/components/ui/link";
import { scoreFormatters } from "@/components/ui/format";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { DimensionRadar } from "@/components/charts/server-charts";
import { PendingButton } from "@/components/ui/fields";
import { DataTable } from "@/components/ui/table";
import { StageBadge } from "@/components/model/stage-badge";
import { ReopenForm } from "./reopen-form";
import { addRecommendationToPlanAction } from "@/components/plans/actions";
import { localize, recommendNextSteps, type AssessmentResult, type Locale, type Model, type StageNumber } from "@/lib/curve";
import type { AssessmentDetail, AssessmentSummary } from "@/lib/server/assessments";
import type { DimensionTargetRecord } from "@/lib/server/plans";

type Props = {
  model: Model;
  locale: Locale;
  organisationId: string;
  assessment: AssessmentDetail;
  result: AssessmentResult;
  previous: AssessmentSummary | null;
  first: AssessmentSummary | null;
  targets: DimensionTargetRecord[];
  plannedRecommendationIds: Set<string>;
  canReopen: boolean;
};

export async function AssessmentResults({
  model,
  locale,
  organisationId,
  assessment,
  result,
  previous,
  first,
  targets,
  plannedRecommendationIds,
  canReopen,
}: Props) {
  const t = await getTranslations("results");
  const tc = await getTranslations("confirm");
  const format = await getFormatter();
  const { score: number, change: signed } = scoreFormatters(locale);
  const stageName = (stage: number) => localize(model.stages[stage - 1]!.name, locale);
  const dimensionName = Object.fromEntries(model.dimensions.map((dimension) => [dimension.id, localize(dimension.name, locale)]));
  const targetOf = new Map(targets.map((target) => [target.dimensionId, target]));
  const itemText = new Map(model.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.id, localize(item.text, locale)])));
  const recommendations = recommendNextSteps(
    model,
    result,
    Object.fromEntries(targets.map((target) => [target.dimensionId, target.targetStage])) as Partial<Record<string, StageNumber>>,
  );
  const bottleneck = result.bottleneck;
  const position = result.position!;
  const stage = result.stage!;

  const series = [
    {
      key: "current",
      label: t("series.current", { date: format.dateTime(assessment.assessedOn, { dateStyle: "medium" }) }),
      colour: "#1f5fbf",
      values: Object.fromEntries(result.dimensions.map((dimension) => [dimension.dimensionId, dimension.score])),
    },
    ...(previous
      ? [
          {
            key: "previous",
            label: t("series.previous", { date: format.dateTime(previous.assessedOn, { dateStyle: "medium" }) }),
            colour: "#0f766e",
            values: previous.dimensionScores,
          },
        ]
      : []),
    ...(first && first.id !== previous?.id
      ? [
          {
            key: "first",
            label: t("series.first", { date: format.dateTime(first.assessedOn, { dateStyle: "medium" }) }),
            colour: "#94a3b8",
            values: first.dimensionScores,
            dashed: true,
          },
        ]
      : []),
    ...(targets.length
      ? [
          {
            key: "target",
            label: t("series.target"),
            colour: "#b45309",
            values: Object.fromEntries(targets.map((target) => [target.dimensionId, target.targetStage])),
            dashed: true,
          },
        ]
      : []),
  ];

  return (
    <div className="space-y-8">
      <section aria-labelledby="summary-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="summary-heading" className="sr-only">
          {t("summary")}
        </h2>
        <div className="flex flex-wrap items-center gap-6">
          <div>
            <p className="text-sm text-slate-600">{t("stage")}</p>
            <p data-testid="stage">
              <StageBadge stage={stage} label={stageName(stage)} large />
            </p>
          </div>
          <div>
            <p className="text-sm text-slate-600">{t("position")}</p>
            <p className="text-3xl font-semibold" data-testid="position">
              {number(position)}
            </p>
          </div>
          {previous?.position != null && (
            <div>
              <p className="text-sm text-slate-600">{t("sincePrevious")}</p>
              <p className="text-xl font-medium">{signed(position - previous.position)}</p>
            </div>
          )}
        </div>
        {assessment.unchangedFromBaseline !== null && (
          <p className="mt-3 text-sm text-slate-700" data-testid="unchanged-from-baseline">
            {t("unchangedFromBaseline", { count: assessment.unchangedFromBaseline, total: result.counts.items })}
          </p>
        )}
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">{t("howComputed")}</summary>
          <div className="mt-2 space-y-1 text-slate-700">
            <p>
              {t("positionExplanation", {
                count: result.explanation.scoredDimensionIds.length,
                sum: number(result.explanation.weightedSum),
                weights: format.number(result.explanation.weightTotal),
                position: number(position),
              })}
            </p>
            {result.explanation.notApplicableDimensionIds.length > 0 && (
              <p>{t("notApplicableExplanation", { dimensions: result.explanation.notApplicableDimensionIds.map((id) => dimensionName[id]).join(", ") })}</p>
            )}
            <p>
              {t("bands", {
                a: format.number(model.thresholds[0]),
                b: format.number(model.thresholds[1]),
                c: format.number(model.thresholds[2]),
                s1: stageName(1),
                s2: stageName(2),
                s3: stageName(3),
                s4: stageName(4),
              })}
            </p>
          </div>
        </details>
        {bottleneck && (
          <p className="mt-4 rounded-md bg-amber-50 p-3 text-amber-900">
            {bottleneck.heldBack.length > 0
              ? t("heldBack", { dimensions: bottleneck.heldBack.map((entry) => dimensionName[entry.dimensionId]).join(", ") })
              : bottleneck.dimensionIds.length === result.explanation.scoredDimensionIds.length
                ? t("level", { score: number(bottleneck.score) })
                : t("lowest", { dimensions: bottleneck.dimensionIds.map((id) => dimensionName[id]).join(", "), score: number(bottleneck.score) })}
          </p>
        )}
      </section>

      <section aria-labelledby="dimensions-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="dimensions-heading" className="mb-4 text-lg font-semibold">
          {t("dimensions")}
        </h2>
        <DataTable
          caption={t("dimensionsCaption")}
          rows={result.dimensions}
          rowKey={(dimension) => dimension.dimensionId}
          columns={[
            {
              header: t("dimension"),
              rowHeader: true,
              cell: (dimension) => (
                <>
                  {dimensionName[dimension.dimensionId]}
                  <details className="mt-1 font-normal">
                    <summary className="cursor-pointer text-xs text-brand-700">{t("howComputed")}</summary>
                    <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
                      {dimension.items.map((item) => (
                        <li key={item.itemId}>
                          {itemText.get(item.itemId)}:{" "}
                          {item.status === "scored" ? t("itemScore", { stage: item.value!, weight: item.weight }) : t(`itemStatus.${item.status}`)}
                        </li>
                      ))}
                      <li>
                        {dimension.status === "not_applicable"
                          ? t("dimensionNotApplicable")
                          : dimension.score === null
                            ? t("insufficient", { minimum: dimension.explanation.minimumScored, items: dimension.explanation.applicable })
                            : t("dimensionExplanation", {
                                sum: number(dimension.explanation.weightedSum),
                                weights: format.number(dimension.explanation.weightTotal),
                                score: number(dimension.score),
                              })}
                      </li>
                    </ul>
                  </details>
                </>
              ),
            },
            { header: t("score"), cell: (dimension) => number(dimension.score) },
            {
              header: t("stage"),
              cell: (dimension) =>
                dimension.stage ? stageName(dimension.stage) : dimension.status === "not_applicable" ? t("notApplicableShort") : t("insufficientShort"),
            },
            { header: t("previousScore"), cell: (dimension) => number(previous?.dimensionScores[dimension.dimensionId]) },
            { header: t("firstScore"), cell: (dimension) => number(first?.dimensionScores[dimension.dimensionId]) },
            {
              header: t("target"),
              cell: (dimension) => {
                const target = targetOf.get(dimension.dimensionId);
                return target
                  ? `${stageName(target.targetStage)}${target.targetDate ? ` (${format.dateTime(target.targetDate, { dateStyle: "medium" })})` : ""}`
                  : "—";
              },
            },
            {
              header: t("answered"),
              cell: (dimension) =>
                t("answeredCount", { scored: dimension.counts.scored, items: dimension.counts.items }) +
                (dimension.counts.notApplicable > 0 ? ` (${t("notApplicableCount", { count: dimension.counts.notApplicable })})` : ""),
            },
          ]}
        />
        <div className="mt-6">
          <h3 className="mb-2 font-semibold">{t("radarTitle")}</h3>
          <p className="mb-2 text-sm text-slate-600">{t("radarAlternative")}</p>
          <DimensionRadar
            title={t("radarTitle")}
            locale={locale}
            dimensions={model.dimensions.map((dimension) => ({ id: dimension.id, label: dimensionName[dimension.id]! }))}
            series={series}
          />
        </div>
      </section>

      <section aria-labelledby="recommendations-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="recommendations-heading" className="mb-4 text-lg font-semibold">
          {t("recommendations")}
        </h2>
        {recommendations.length === 0 ? (
          <p className="text-slate-700">{t("noRecommendations")}</p>
        ) : (
          <ol className="space-y-4">
            {recommendations.map((entry) => (
              <li key={entry.dimensionId}>
                <h3 className="font-semibold">
                  {localize(entry.name, locale)} · {stageName(entry.currentStage)}
                  {entry.isBottleneck && <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">{t("bottleneck")}</span>}
                  {entry.targetStage && (
                    <span className="ml-2 text-sm font-normal text-slate-600">{t("towardsTarget", { stage: stageName(entry.targetStage) })}</span>
                  )}
                </h3>
                <ul className="mt-2 space-y-2">
                  {entry.steps.map((recommendation) => (
                    <li key={recommendation.id} className="flex flex-wrap items-start justify-between gap-3 rounded-md bg-slate-50 p-3">
                      <span className="flex-1">{localize(recommendation.text, locale)}</span>
                      {plannedRecommendationIds.has(recommendation.id) ? (
                        <span className="text-sm text-green-800">{t("inPlan")}</span>
                      ) : (
                        <form action={addRecommendationToPlanAction}>
                          <input type="hidden" name="organisationId" value={organisationId} />
                          <input type="hidden" name="title" value={localize(recommendation.text, locale).slice(0, 200)} />
                          <input type="hidden" name="dimensionId" value={entry.dimensionId} />
                          <input type="hidden" name="recommendationId" value={recommendation.id} />
                          <PendingButton
                            pendingLabel={t("adding")}
                            className="rounded border border-brand-600 px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
                          >
                            {t("addToPlan")}
                          </PendingButton>
                        </form>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>

      {canReopen && (
        <section aria-labelledby="reopen-heading" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="reopen-heading" className="mb-2 text-lg font-semibold">
            {t("reopenTitle")}
          </h2>
          <p className="mb-4 text-sm text-slate-700">{t("reopenIntro")}</p>
          <ReopenForm
            organisationId={organisationId}
            assessmentId={assessment.id}
            confirm={{ title: tc("reopenTitle"), message: tc("reopenMessage"), confirmLabel: tc("reopenConfirm"), cancelLabel: tc("cancel") }}
          />
        </section>
      )}
      <p className="text-sm">
        <Link href={`/workspace/organisations/${organisationId}`} className="text-brand-700 underline">
          ← {t("backToOrganisation")}
        </Link>
      </p>
    </div>
  );
}
