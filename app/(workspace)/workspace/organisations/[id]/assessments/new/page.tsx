import { Link } from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { startAssessmentAction } from "@/components/assessments/actions";
import { StartAssessmentForm } from "@/components/assessments/start-assessment-form";
import { requireOrganisationAccess, requireRole } from "@/lib/auth";
import { calendarDayOf, CHANNEL_NAMES, isoDay } from "@/lib/curve";
import { listOrganisationAssessments } from "@/lib/server/assessments";

export async function generateMetadata() {
  return { title: (await getTranslations("assessments.start"))("heading") };
}

export default async function StartAssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("OWNER", "CONSULTANT");
  const { member, organisation } = await requireOrganisationAccess((await params).id);
  const assessments = await listOrganisationAssessments(member, organisation.id);
  const t = await getTranslations("assessments.start");
  const today = isoDay(calendarDayOf(new Date()));
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href={`/workspace/organisations/${organisation.id}`} className="text-sm text-brand-700 underline">
        ← {organisation.name}
      </Link>
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <StartAssessmentForm
          action={startAssessmentAction.bind(null, organisation.id)}
          defaults={{ title: t("defaultTitle", { number: assessments.length + 1 }), assessedOn: today }}
          hasBaseline={assessments.some((assessment) => assessment.status === "COMPLETED")}
          channels={organisation.channels.map((channel) => CHANNEL_NAMES[channel])}
        />
      </div>
    </div>
  );
}
