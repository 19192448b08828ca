import { DataTable } from "@/components/ui/table";
import { DAYS_PER_MONTH, type Locale } from "@/lib/curve";
import { ChangeArrow } from "./progress-summary";
import { progressText } from "./progress-text";
import type { ProgressView } from "./progress-view";

/** Change per dimension, stage transitions, time in each stage, pace and the forecast. */
export async function ChangeSection({ view, locale }: { view: ProgressView; locale: Locale }) {
  const { t, format, score, change, day, month, stageName, dimensionName } = await progressText(view.model, locale);
  const { analysis } = view;
  const forecast = analysis.forecast;
  return (
    <section aria-labelledby="change-heading">
      <h3 id="change-heading" className="mb-2 text-lg font-semibold">
        {t("changeTitle")}
      </h3>
      <DataTable
        caption={t("changeCaption")}
        testId="change-table"
        rows={analysis.dimensionChanges}
        rowKey={(row) => row.dimensionId}
        columns={[
          { header: t("dimension"), rowHeader: true, cell: (row) => dimensionName(row.dimensionId) },
          { header: t("latest"), cell: (row) => score(row.latest) },
          {
            header: t("sincePreviousShort"),
            cell: (row) => (
              <>
                <ChangeArrow change={row.sincePrevious} />
                {change(row.sincePrevious)}
              </>
            ),
          },
          {
            header: t("sinceFirstShort"),
            cell: (row) => (
              <>
                <ChangeArrow change={row.sinceFirst} />
                {change(row.sinceFirst)}
              </>
            ),
          },
        ]}
      />

      <h4 className="mt-6 font-semibold">{t("transitionsTitle")}</h4>
      {analysis.transitions.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noTransitions")}</p>
      ) : (
        <ul className="mt-1 list-disc pl-5 text-sm">
          {analysis.transitions.map((transition) => (
            <li key={transition.assessmentId}>
              {t("transition", { from: stageName(transition.from), to: stageName(transition.to), date: day(transition.date) })}
            </li>
          ))}
        </ul>
      )}
      <h4 className="mt-4 font-semibold">{t("timeInStageTitle")}</h4>
      <ul className="mt-1 text-sm">
        {([1, 2, 3, 4] as const)
          .filter((stage) => analysis.daysInStage[stage] > 0)
          .map((stage) => (
            <li key={stage}>
              {t("timeInStage", { stage: stageName(stage), months: format.number(analysis.daysInStage[stage] / DAYS_PER_MONTH, { maximumFractionDigits: 1 }) })}
            </li>
          ))}
      </ul>
      <h4 className="mt-4 font-semibold">{t("paceTitle")}</h4>
      <p className="text-sm" data-testid="forecast">
        {analysis.velocity &&
          t("velocity", {
            perMonth: format.number(analysis.velocity.perMonth, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" }),
            count: analysis.velocity.basedOn,
          })}{" "}
        {forecast.status === "forecast"
          ? t("forecast", {
              stage: stageName(forecast.nextStage),
              expected: month(forecast.expected),
              earliest: month(forecast.earliest),
              latest: month(forecast.latest),
            })
          : t(`noForecast.${forecast.reason}`)}
      </p>
    </section>
  );
}
