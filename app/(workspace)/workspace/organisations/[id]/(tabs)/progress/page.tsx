import { getTranslations } from "@/lib/i18n/server";
import { openOrganisation, tabMetadata } from "@/components/organisations/open-organisation";
import { OrganisationProgress } from "@/components/progress/organisation-progress";
import { progressView } from "@/components/progress/progress-view";
import { listOrganisationAssessments } from "@/lib/server/assessments";
import { listTargets } from "@/lib/server/plans";
import { listPulses } from "@/lib/server/pulses";

export const generateMetadata = tabMetadata("progress");

export default async function OrganisationProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const { member, organisation, model, locale } = await openOrganisation(params);
  const [assessments, targets, pulses] = await Promise.all([
    listOrganisationAssessments(member, organisation.id),
    listTargets(member, organisation.id),
    listPulses(member, organisation.id),
  ]);
  const completed = assessments.filter((assessment) => assessment.status === "COMPLETED");
  const tp = await getTranslations("plans");
  return (
    <section aria-labelledby="progress-heading" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="progress-heading" className="mb-4 text-lg font-semibold">
        {tp("progressTitle")}
      </h2>
      <OrganisationProgress view={progressView(model, completed, targets, pulses)} locale={locale} />
    </section>
  );
}
