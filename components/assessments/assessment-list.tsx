import { Link } from "@/components/ui/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { scoreFormatters } from "@/components/ui/format";
import { DataTable } from "@/components/ui/table";
import type { AssessmentSummary } from "@/lib/server/assessments";
import { StageBadge } from "@/components/model/stage-badge";

/** An organisation's assessments, newest first, each a link to its results or its wizard. */
export async function AssessmentList({
  organisationId,
  assessments,
  stageNames,
}: {
  organisationId: string;
  assessments: AssessmentSummary[];
  stageNames: Record<number, string>;
}) {
  const t = await getTranslations("organisations");
  const ta = await getTranslations("assessments");
  const { score, day } = scoreFormatters(await getLocale());
  if (assessments.length === 0) return <p className="text-sm text-slate-600">{t("assessmentsEmpty")}</p>;
  return (
    <DataTable
      caption={t("assessmentsTitle")}
      rows={assessments}
      rowKey={(assessment) => assessment.id}
      columns={[
        { header: ta("date"), cell: (assessment) => day(assessment.assessedOn) },
        {
          header: ta("title"),
          cell: (assessment) => (
            <>
              <Link
                href={`/workspace/organisations/${organisationId}/assessments/${assessment.id}`}

                className="font-medium text-brand-700 underline-offset-2 hover:underline"
              >
                {assessment.title}
              </Link>
              {assessment.status === "DRAFT" && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{ta("draftResume")}</span>}
            </>
          ),
        },
        {
          header: ta("scope"),
          cell: (assessment) => (assessment.scope === "channel" ? ta("channelScope", { channel: assessment.channel ?? "" }) : ta("organisationScope")),
        },
        { header: ta("stage"), cell: (assessment) => (assessment.stage ? <StageBadge stage={assessment.stage} label={stageNames[assessment.stage]!} /> : "—") },
        { header: ta("position"), cell: (assessment) => score(assessment.position) },
      ]}
    />
  );
}
