import { DimensionRadar } from "@/components/charts/server-charts";
import type { Locale } from "@/lib/curve";
import { progressText } from "./progress-text";
import type { ProgressView } from "./progress-view";

/** The dimensions at the latest, previous and first assessment and the targets. Its numbers are in the change table beside it. */
export async function RadarSection({ view, locale }: { view: ProgressView; locale: Locale }) {
  const { t, day, dimensions } = await progressText(view.model, locale);
  const { latest, previous, first, targets } = view;
  return (
    <section aria-labelledby="radar-heading">
      <h3 id="radar-heading" className="text-lg font-semibold">
        {t("radarTitle")}
      </h3>
      <p className="text-sm text-slate-600">{t("radarAlternative")}</p>
      <DimensionRadar
        title={t("radarTitle")}
        locale={locale}
        dimensions={dimensions}
        series={[
          { key: "latest", label: t("latestOn", { date: day(latest.assessedOn) }), colour: "#1f5fbf", values: latest.dimensionScores },
          ...(previous
            ? [{ key: "previous", label: t("previousOn", { date: day(previous.assessedOn) }), colour: "#0f766e", values: previous.dimensionScores }]
            : []),
          ...(first.id !== latest.id && first.id !== previous?.id
            ? [{ key: "first", label: t("firstOn", { date: day(first.assessedOn) }), colour: "#94a3b8", values: first.dimensionScores, dashed: true }]
            : []),
          ...(targets.length
            ? [
                {
                  key: "target",
                  label: t("target"),
                  colour: "#b45309",
                  values: Object.fromEntries(targets.map((entry) => [entry.dimensionId, entry.targetStage])),
                  dashed: true,
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}
