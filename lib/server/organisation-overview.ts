import "server-only";
import { listOrganisationAssessments, type AssessmentSummary } from "./assessments";
import { getReassessment, listActionItems, listTargets, type ActionItemRecord, type DimensionTargetRecord } from "./plans";
import type { ReassessmentStatus } from "@/lib/curve";
import type { WorkspaceScope } from "./scope";

export type OrganisationOverview = {
  completed: AssessmentSummary[];
  drafts: AssessmentSummary[];
  targets: DimensionTargetRecord[];
  openActions: ActionItemRecord[];
  reassessment: { cadenceMonths: number | null; due: Date | null; status: ReassessmentStatus | null };
};

/** What an organisation's overview shows, in one round of parallel queries. */
export async function loadOrganisationOverview(scope: Pick<WorkspaceScope, "workspaceId">, organisationId: string): Promise<OrganisationOverview> {
  const [assessments, targets, actionItems, reassessment] = await Promise.all([
    listOrganisationAssessments(scope, organisationId),
    listTargets(scope, organisationId),
    listActionItems(scope, organisationId),
    getReassessment(scope, organisationId),
  ]);
  return {
    completed: assessments.filter((assessment) => assessment.status === "COMPLETED"),
    drafts: assessments.filter((assessment) => assessment.status === "DRAFT"),
    targets,
    openActions: actionItems.filter((item) => item.status !== "DONE"),
    reassessment,
  };
}
