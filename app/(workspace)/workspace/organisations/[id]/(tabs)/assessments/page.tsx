import { Link } from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { AssessmentList } from "@/components/assessments/assessment-list";
import { stageNames } from "@/components/model/model-view";
import { openOrganisation, tabMetadata } from "@/components/organisations/open-organisation";
import { listOrganisationAssessments } from "@/lib/server/assessments";

export const generateMetadata = tabMetadata("assessments");

export default async function OrganisationAssessmentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { member, organisation, model, locale } = await openOrganisation(params);
  const assessments = await listOrganisationAssessments(member, organisation.id);
  const t = await getTranslations("organisations");
  const ta = await getTranslations("assessments");
  return (
    <section aria-labelledby="assessments-heading" className="rounded-lg border border-slate-200 bg-white p-6">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 id="assessments-heading" className="text-lg font-semibold">
          {t("assessmentsTitle")}
        </h2>
        {organisation.archivedAt === null && (
          <Link
            href={`/workspace/organisations/${organisation.id}/assessments/new`}
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            {ta("startNew")}
          </Link>
        )}
      </div>
      <AssessmentList organisationId={organisation.id} assessments={assessments} stageNames={stageNames(model, locale)} />
    </section>
  );
}
