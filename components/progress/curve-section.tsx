import { stageBands } from "@/components/model/model-view";
import { LearningCurveChart } from "@/components/charts/server-charts";
import { ChartWithTable } from "@/components/ui/chart-with-table";
import { DataTable } from "@/components/ui/table";
import type { Locale } from "@/lib/curve";
import { progressText } from "./progress-text";
import type { ProgressView } from "./progress-view";

type CurveRow = { id: string; date: string; title: string; position: string; stage: string };

/** The learning curve with every assessment on it, in time order, and the target. */
export async function CurveSection({ view, locale }: { view: ProgressView; locale: Locale }) {
  const { t, score, day, stageName } = await progressText(view.model, locale);
  const target = view.targetPosition === null ? null : { position: view.targetPosition, label: t("targetLabel", { position: score(view.targetPosition) }) };
  const rows: CurveRow[] = view.ordered.map((assessment) => ({
    id: assessment.id,
    date: day(assessment.assessedOn),
    title: assessment.title,
    position: score(assessment.position),
    stage: assessment.stage ? stageName(assessment.stage) : "—",
  }));
  if (target) rows.push({ id: "target", date: "—", title: t("target"), position: score(target.position), stage: "—" });
  return (
    <ChartWithTable
      id="curve-chart"
      title={t("curveTitle")}
      intro={t("curveIntro")}
      showTableLabel={t("showTable")}
      chart={
        <LearningCurveChart
          points={view.ordered.map((assessment) => ({
            date: day(assessment.assessedOn),
            position: assessment.position!,
            positionLabel: score(assessment.position),
          }))}
          target={target}
          bands={stageBands(view.model, locale)}
          labels={{ title: t("curveTitle"), axis: t("curveAxis") }}
          locale={locale}
        />
      }
      table={
        <DataTable
          caption={t("curveTableCaption")}
          testId="curve-table"
          rows={rows}
          rowKey={(row) => row.id}
          rowAttributes={(row) => ({ "data-assessment-row": row.id === "target" ? undefined : "" })}
          columns={[
            { header: t("date"), cell: (row) => row.date },
            { header: t("assessment"), cell: (row) => row.title },
            { header: t("position"), cell: (row) => row.position },
            { header: t("stage"), cell: (row) => row.stage },
          ]}
        />
      }
    />
  );
}
