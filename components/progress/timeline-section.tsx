import { stageBands } from "@/components/model/model-view";
import { TimelineChart } from "@/components/charts/server-charts";
import { ChartWithTable } from "@/components/ui/chart-with-table";
import { DataTable } from "@/components/ui/table";
import type { Locale } from "@/lib/curve";
import { progressText } from "./progress-text";
import type { ProgressView } from "./progress-view";

/** Position over time, with dimension lines to switch on and pulse check-ins marked. */
export async function TimelineSection({ view, locale }: { view: ProgressView; locale: Locale }) {
  const { t, score, day, shortMonth, dimensions } = await progressText(view.model, locale);
  const target = view.targetPosition === null ? null : { position: view.targetPosition, label: t("targetLabel", { position: score(view.targetPosition) }) };
  return (
    <ChartWithTable
      id="timeline"
      title={t("timelineTitle")}
      showTableLabel={t("showTable")}
      chart={
        <TimelineChart
          entries={view.timeline.map((entry) => ({
            time: entry.on.getTime(),
            label: shortMonth(entry.on),
            hint: `${day(entry.on)}: ${score(entry.position)}${entry.kind === "pulse" ? ` (${t("pulseMarker")})` : ""}`,
            position: entry.position,
            pulse: entry.kind === "pulse",
            scores: entry.kind === "pulse" ? {} : entry.scores,
          }))}
          dimensions={dimensions}
          bands={stageBands(view.model, locale)}
          target={target}
          labels={{ title: t("timelineTitle"), showDimensions: t("showDimensions"), pulse: t("pulseMarker") }}
          locale={locale}
        />
      }
      table={
        <DataTable
          caption={t("timelineTableCaption")}
          testId="timeline-table"
          rows={view.timeline}
          rowKey={(entry) => entry.id}
          rowAttributes={(entry) => ({ "data-timeline-kind": entry.kind })}
          columns={[
            { header: t("date"), cell: (entry) => day(entry.on) },
            { header: t("kind"), cell: (entry) => (entry.kind === "pulse" ? t("pulseMarker") : t("assessment")) },
            { header: t("position"), cell: (entry) => score(entry.position) },
            ...dimensions.map((dimension) => ({
              header: dimension.label,
              cell: (entry: ProgressView["timeline"][number]) => (entry.kind === "pulse" ? "—" : score(entry.scores[dimension.id])),
            })),
          ]}
        />
      }
    />
  );
}
