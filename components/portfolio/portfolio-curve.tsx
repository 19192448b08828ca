import { getTranslations } from "@/lib/i18n/server";
import { stageBands } from "@/components/model/model-view";
import { PortfolioCurveChart } from "@/components/charts/lazy";
import type { Locale, Model } from "@/lib/curve";
import type { PortfolioQuery } from "@/lib/server/portfolio";

/** The whole (filtered) portfolio on the learning curve, replayable over the last 24 months. */
export async function PortfolioCurve({
  query,
  model,
  locale,
  stages,
}: {
  query: PortfolioQuery;
  model: Model;
  locale: Locale;
  stages: Record<number, string>;
}) {
  const t = await getTranslations("portfolio.curve");
  const filters = new URLSearchParams(
    Object.entries({
      q: query.q,
      sector: query.sector,
      stage: query.stage,
      tag: query.tag,
      consultant: query.consultant,
      overdue: query.overdue,
      channel: query.channel,
    }).flatMap(([key, value]) => (value === undefined || value === "" ? [] : [[key, String(value)]])),
  );
  return (
    <section aria-labelledby="portfolio-curve-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="portfolio-curve-heading" className="font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
      <PortfolioCurveChart
        replayUrl={`/workspace/portfolio/replay?${filters}`}
        stageNames={stages}
        bands={stageBands(model, locale)}
        labels={{
          title: t("title"),
          axis: t("axis"),
          loading: t("loading"),
          failed: t("failed"),
          colourBy: t("colourBy"),
          byStage: t("byStage"),
          byConsultant: t("byConsultant"),
          month: t("month"),
          play: t("play"),
          pause: t("pause"),
          standing: t("standing"),
          noConsultant: t("noConsultant"),
          markers: t("markers"),
          trend: { up: t("trend.up"), down: t("trend.down"), level: t("trend.level"), new: t("trend.new") },
          table: {
            caption: t("table.caption"),
            organisation: t("table.organisation"),
            stage: t("table.stage"),
            position: t("table.position"),
            change: t("table.change"),
            consultant: t("table.consultant"),
          },
          showTable: t("showTable"),
          pointLabel: t("pointLabel"),
          none: t("none"),
        }}
      />
    </section>
  );
}
