import "server-only";
import { listOrganisationAssessments, type AssessmentSummary } from "./assessments";
import { listActionItems, listTargets, type ActionItemRecord, type DimensionTargetRecord } from "./plans";
import type { OrganisationDetail } from "./organisations";
import { nextReassessmentDue, reassessmentStatus, type ReassessmentStatus } from "@/lib/curve";
import type { WorkspaceScope } from "./scope";

export type OrganisationOverview = {
  completed: AssessmentSummary[];
  drafts: AssessmentSummary[];
  targets: DimensionTargetRecord[];
  openActions: ActionItemRecord[];
  reassessment: { cadenceMonths: number | null; due: Date | null; status: ReassessmentStatus | null };
};

/** What an organisation's overview shows, in one round of parallel queries; the cadence follows from what they read. */
export async function loadOrganisationOverview(
  scope: Pick<WorkspaceScope, "workspaceId">,
  organisation: Pick<OrganisationDetail, "id" | "reassessmentMonths" | "createdAt">,
  now: Date = new Date(),
): Promise<OrganisationOverview> {
  const [assessments, targets, actionItems] = await Promise.all([
    listOrganisationAssessments(scope, organisation.id),
    listTargets(scope, organisation.id),
    listActionItems(scope, organisation.id),
  ]);
  const completed = assessments.filter((assessment) => assessment.status === "COMPLETED");
  // Newest first: the first completed one is the latest.
  const due = nextReassessmentDue(organisation.reassessmentMonths, completed[0]?.assessedOn ?? null, organisation.createdAt);
  return {
    completed,
    drafts: assessments.filter((assessment) => assessment.status === "DRAFT"),
    targets,
    openActions: actionItems.filter((item) => item.status !== "DONE"),
    reassessment: { cadenceMonths: organisation.reassessmentMonths, due, status: due ? reassessmentStatus(due, now) : null },
  };
}
