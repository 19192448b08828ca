import { scoreFormatters } from "@/components/format";
import { getFormatter, getTranslations } from "next-intl/server";
import { DimensionRadar } from "@/components/charts/lazy";
import { LearningCurveChart } from "@/components/charts/lazy";
import { TimelineChart } from "@/components/charts/lazy";
import { stageBands } from "@/components/assessments/model-view";
import { StageBadge } from "@/components/assessments/stage-badge";
import { analyseProgress, localize, type DatedResult, type Locale, type Model, type StageNumber } from "@/lib/curve";
import type { AssessmentSummary } from "@/lib/server/assessments";
import type { DimensionTargetRecord } from "@/lib/server/plans";
import type { PulseRecord } from "@/lib/server/pulses";

type Props = { model: Model; locale: Locale; completed: AssessmentSummary[]; targets: DimensionTargetRecord[]; pulses?: PulseRecord[]; now?: Date };

function Arrow({ change }: { change: number | null }) {
  if (change === null) return null;
  const symbol = change > 0.005 ? "▲" : change < -0.005 ? "▼" : "▬";
  const colour = change > 0.005 ? "text-green-700" : change < -0.005 ? "text-red-700" : "text-slate-500";
  return <span aria-hidden="true" className={`mr-1 ${colour}`}>{symbol}</span>;
}

/** The picture consultants show clients: where the organisation stands and how it moves. */
export async function OrganisationProgress({ model, locale, completed, targets, pulses = [], now = new Date() }: Props) {
  const t = await getTranslations("progress");
  const format = await getFormatter();
  if (completed.length === 0) return <p className="text-slate-700">{t("empty")}</p>;

  const { score: number, change: signed, day: date } = scoreFormatters(format);
  const month = (value: Date) => format.dateTime(value, { month: "long", year: "numeric", timeZone: "UTC" });
  const stageName = (stage: number) => localize(model.stages[stage - 1]!.name, locale);
  const dimensionName = (id: string) => localize(model.dimensions.find((dimension) => dimension.id === id)?.name ?? { nl: id, en: id }, locale);

  const chronological = [...completed].sort((a, b) => a.assessedOn.getTime() - b.assessedOn.getTime());
  const history: DatedResult[] = chronological.map((assessment) => ({
    assessmentId: assessment.id,
    date: assessment.assessedOn,
    result: {
      position: assessment.position,
      stage: assessment.stage as StageNumber | null,
      dimensions: model.dimensions.map((dimension) => ({ dimensionId: dimension.id, score: assessment.dimensionScores[dimension.id] ?? null })),
    },
  }));
  const progress = analyseProgress(model, history, now);
  const latest = chronological.at(-1)!;
  const previous = chronological.at(-2) ?? null;
  const first = chronological[0]!;
  const targetStages = targets.map((target) => target.targetStage);
  const targetPosition = targetStages.length ? targetStages.reduce((sum, stage) => sum + stage, 0) / targetStages.length : null;
  const target = targetPosition === null ? null : { position: targetPosition, label: t("targetLabel", { position: number(targetPosition) }) };
  const bands = stageBands(model, locale);
  const dimensions = model.dimensions.map((dimension) => ({ id: dimension.id, label: localize(dimension.name, locale) }));
  const forecast = progress.forecast;
  const shortMonth = (value: Date) => format.dateTime(value, { month: "short", year: "2-digit", timeZone: "UTC" });
  const timeline = [
    ...chronological.map((assessment) => ({ kind: "assessment" as const, id: assessment.id, on: assessment.assessedOn, position: assessment.position, scores: assessment.dimensionScores })),
    ...pulses.map((pulse) => ({ kind: "pulse" as const, id: pulse.id, on: pulse.takenOn, position: pulse.position, scores: {} as Record<string, number | null> })),
  ].sort((a, b) => a.on.getTime() - b.on.getTime());

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-6">
        <div>
          <p className="text-sm text-slate-600">{t("currentStage")}</p>
          {latest.stage && <StageBadge stage={latest.stage} label={stageName(latest.stage)} large />}
        </div>
        <div>
          <p className="text-sm text-slate-600">{t("position")}</p>
          <p className="text-3xl font-semibold">{number(latest.position)}</p>
        </div>
        <div>
          <p className="text-sm text-slate-600">{t("sincePrevious")}</p>
          <p className="text-xl font-medium"><Arrow change={progress.positionChange.sincePrevious} />{signed(progress.positionChange.sincePrevious)}</p>
        </div>
        <div>
          <p className="text-sm text-slate-600">{t("sinceFirst", { date: date(first.assessedOn) })}</p>
          <p className="text-xl font-medium"><Arrow change={progress.positionChange.sinceFirst} />{signed(progress.positionChange.sinceFirst)}</p>
        </div>
      </div>

      <section aria-labelledby="curve-chart-heading">
        <h3 id="curve-chart-heading" className="text-lg font-semibold">{t("curveTitle")}</h3>
        <p className="mb-2 text-sm text-slate-600">{t("curveIntro")}</p>
        <LearningCurveChart
          points={chronological.map((assessment) => ({ id: assessment.id, date: date(assessment.assessedOn), position: assessment.position!, positionLabel: number(assessment.position) }))}
          target={target}
          bands={bands}
          labels={{ title: t("curveTitle"), axis: t("curveAxis"), assessment: t("assessments") }}
        />
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">{t("showTable")}</summary>
          <table className="mt-2 w-full text-left" data-testid="curve-table">
            <caption className="sr-only">{t("curveTableCaption")}</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3">{t("date")}</th>
                <th scope="col" className="py-1 pr-3">{t("assessment")}</th>
                <th scope="col" className="py-1 pr-3">{t("position")}</th>
                <th scope="col" className="py-1">{t("stage")}</th>
              </tr>
            </thead>
            <tbody>
              {chronological.map((assessment) => (
                <tr key={assessment.id} data-assessment-row className="border-t border-slate-100">
                  <td className="py-1 pr-3">{date(assessment.assessedOn)}</td>
                  <td className="py-1 pr-3">{assessment.title}</td>
                  <td className="py-1 pr-3">{number(assessment.position)}</td>
                  <td className="py-1">{assessment.stage ? stageName(assessment.stage) : "—"}</td>
                </tr>
              ))}
              {target && (
                <tr className="border-t border-slate-100">
                  <td className="py-1 pr-3">—</td>
                  <td className="py-1 pr-3">{t("target")}</td>
                  <td className="py-1 pr-3">{number(target.position)}</td>
                  <td className="py-1">—</td>
                </tr>
              )}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="timeline-heading">
        <h3 id="timeline-heading" className="text-lg font-semibold">{t("timelineTitle")}</h3>
        <TimelineChart
          rows={timeline.map((entry) =>
            entry.kind === "pulse"
              ? { time: entry.on.getTime(), date: shortMonth(entry.on), position: null, pulse: entry.position }
              : {
                  time: entry.on.getTime(),
                  date: shortMonth(entry.on),
                  position: entry.position,
                  ...Object.fromEntries(model.dimensions.map((dimension) => [dimension.id, entry.scores[dimension.id] ?? null])),
                },
          )}
          dimensions={dimensions}
          bands={bands}
          target={target}
          labels={{ title: t("timelineTitle"), position: t("position"), showDimensions: t("showDimensions"), pulse: t("pulseMarker") }}
        />
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">{t("showTable")}</summary>
          <div className="overflow-x-auto">
            <table className="mt-2 w-full text-left" data-testid="timeline-table">
              <caption className="sr-only">{t("timelineTableCaption")}</caption>
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">{t("date")}</th>
                  <th scope="col" className="py-1 pr-3">{t("kind")}</th>
                  <th scope="col" className="py-1 pr-3">{t("position")}</th>
                  {dimensions.map((dimension) => (
                    <th key={dimension.id} scope="col" className="py-1 pr-3">{dimension.label}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {timeline.map((entry) => (
                  <tr key={entry.id} data-timeline-kind={entry.kind} className="border-t border-slate-100">
                    <td className="py-1 pr-3">{date(entry.on)}</td>
                    <td className="py-1 pr-3">{entry.kind === "pulse" ? t("pulseMarker") : t("assessment")}</td>
                    <td className="py-1 pr-3">{number(entry.position)}</td>
                    {dimensions.map((dimension) => (
                      <td key={dimension.id} className="py-1 pr-3">{entry.kind === "pulse" ? "—" : number(entry.scores[dimension.id])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="radar-heading">
          <h3 id="radar-heading" className="text-lg font-semibold">{t("radarTitle")}</h3>
          <p className="text-sm text-slate-600">{t("radarAlternative")}</p>
          <DimensionRadar
            title={t("radarTitle")}
            dimensions={dimensions}
            series={[
              { key: "latest", label: t("latestOn", { date: date(latest.assessedOn) }), colour: "#1f5fbf", values: latest.dimensionScores },
              ...(previous ? [{ key: "previous", label: t("previousOn", { date: date(previous.assessedOn) }), colour: "#0f766e", values: previous.dimensionScores }] : []),
              ...(first.id !== latest.id && first.id !== previous?.id ? [{ key: "first", label: t("firstOn", { date: date(first.assessedOn) }), colour: "#94a3b8", values: first.dimensionScores, dashed: true }] : []),
              ...(targets.length ? [{ key: "target", label: t("target"), colour: "#b45309", values: Object.fromEntries(targets.map((entry) => [entry.dimensionId, entry.targetStage])), dashed: true }] : []),
            ]}
          />
        </section>
        <section aria-labelledby="change-heading">
          <h3 id="change-heading" className="mb-2 text-lg font-semibold">{t("changeTitle")}</h3>
          <table className="w-full text-left text-sm" data-testid="change-table">
            <caption className="sr-only">{t("changeCaption")}</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3">{t("dimension")}</th>
                <th scope="col" className="py-1 pr-3">{t("latest")}</th>
                <th scope="col" className="py-1 pr-3">{t("sincePreviousShort")}</th>
                <th scope="col" className="py-1">{t("sinceFirstShort")}</th>
              </tr>
            </thead>
            <tbody>
              {progress.dimensionChanges.map((change) => (
                <tr key={change.dimensionId} className="border-t border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-medium">{dimensionName(change.dimensionId)}</th>
                  <td className="py-1 pr-3">{number(change.latest)}</td>
                  <td className="py-1 pr-3"><Arrow change={change.sincePrevious} />{signed(change.sincePrevious)}</td>
                  <td className="py-1"><Arrow change={change.sinceFirst} />{signed(change.sinceFirst)}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h4 className="mt-6 font-semibold">{t("transitionsTitle")}</h4>
          {progress.transitions.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noTransitions")}</p>
          ) : (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {progress.transitions.map((transition) => (
                <li key={transition.assessmentId}>{t("transition", { from: stageName(transition.from), to: stageName(transition.to), date: date(transition.date) })}</li>
              ))}
            </ul>
          )}
          <h4 className="mt-4 font-semibold">{t("timeInStageTitle")}</h4>
          <ul className="mt-1 text-sm">
            {([1, 2, 3, 4] as const).filter((stage) => progress.daysInStage[stage] > 0).map((stage) => (
              <li key={stage}>{t("timeInStage", { stage: stageName(stage), months: format.number(progress.daysInStage[stage] / 30.44, { maximumFractionDigits: 1 }) })}</li>
            ))}
          </ul>
          <h4 className="mt-4 font-semibold">{t("paceTitle")}</h4>
          <p className="text-sm" data-testid="forecast">
            {progress.velocity && t("velocity", { perMonth: format.number(progress.velocity.perMonth, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" }), count: progress.velocity.basedOn })}{" "}
            {forecast.status === "forecast"
              ? t("forecast", { stage: stageName(forecast.nextStage), expected: month(forecast.expected), earliest: month(forecast.earliest), latest: month(forecast.latest) })
              : t(`noForecast.${forecast.reason}`)}
          </p>
        </section>
      </div>
    </div>
  );
}
