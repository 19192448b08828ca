import "server-only";
import { getAssessment, listOrganisationAssessments, type AssessmentDetail, type AssessmentSummary } from "./assessments";
import { getBranding, type Branding } from "./branding";
import { getOrganisation, type OrganisationDetail } from "./organisations";
import { getReassessment, listActionItems, listTargets, type ActionItemRecord, type DimensionTargetRecord } from "./plans";
import { listPulses, type PulseRecord } from "./pulses";
import { getRespondentAnalysis } from "./respondents";
import type { WorkspaceScope } from "./scope";
import { listSharedStrategies, type SharedStrategy } from "./strategies";
import type { RespondentAnalysis, ReassessmentStatus } from "@/lib/curve";

export type ReportData = {
  organisation: OrganisationDetail;
  branding: Branding;
  /** The latest completed assessment, with its answers: what the report is built from. */
  latest: AssessmentDetail;
  completed: AssessmentSummary[];
  targets: DimensionTargetRecord[];
  actions: ActionItemRecord[];
  reassessment: { cadenceMonths: number | null; due: Date | null; status: ReassessmentStatus | null };
  pulses: PulseRecord[];
  respondents: RespondentAnalysis | null;
  /** The shared version of each strategy: what the client has been given. */
  strategies: SharedStrategy[];
};

/** Everything one organisation's report shows, scoped to the caller's workspace; null without a completed assessment. */
export async function loadReportData(scope: Pick<WorkspaceScope, "workspaceId">, organisationId: string): Promise<ReportData | null> {
  const [organisation, assessments, branding, targets, actions, reassessment, pulses, strategies] = await Promise.all([
    getOrganisation(scope, organisationId),
    listOrganisationAssessments(scope, organisationId),
    getBranding(scope, true),
    listTargets(scope, organisationId),
    listActionItems(scope, organisationId),
    getReassessment(scope, organisationId),
    listPulses(scope, organisationId),
    listSharedStrategies(scope, organisationId),
  ]);
  const completed = assessments.filter((assessment) => assessment.status === "COMPLETED");
  if (!organisation || completed.length === 0) return null;
  const [latest, respondents] = await Promise.all([getAssessment(scope, completed[0]!.id), getRespondentAnalysis(scope, completed[0]!.id)]);
  if (!latest) return null;
  return {
    organisation,
    branding,
    latest,
    completed,
    targets,
    actions,
    reassessment,
    pulses,
    respondents: respondents && respondents.respondents > 0 ? respondents : null,
    strategies,
  };
}
