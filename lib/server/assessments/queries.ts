import "server-only";
import { cache } from "react";
import { db } from "../db";
import type { WorkspaceScope } from "../scope";
import { answerSelect, summarySelect, toAnswerRecord, toSummary, type AssessmentDetail, type AssessmentSummary } from "./records";
import { answersFromRecords, scoreAssessment, scoreDimensionLevel, shippedModels, type AssessmentResult, type Model } from "@/lib/curve";

export function modelOf(assessment: Pick<AssessmentSummary, "modelId" | "modelVersion">): Model {
  return shippedModels.get(assessment.modelId, assessment.modelVersion);
}

export function scoreStoredAssessment(assessment: AssessmentDetail): AssessmentResult {
  // Imported dimension-level history has scores but no answers.
  if (assessment.status === "COMPLETED" && assessment.answers.length === 0 && assessment.position !== null) {
    return scoreDimensionLevel(modelOf(assessment), assessment.dimensionScores);
  }
  return scoreAssessment(modelOf(assessment), {
    modelId: assessment.modelId,
    modelVersion: assessment.modelVersion,
    answers: answersFromRecords(assessment.answers),
  });
}

/** Newest first. */
export async function listOrganisationAssessments(scope: Pick<WorkspaceScope, "workspaceId">, organisationId: string): Promise<AssessmentSummary[]> {
  return assessmentsOf(scope.workspaceId, organisationId);
}

// Per request: a page and its metadata ask for the same rows once.
const assessmentsOf = cache(async (workspaceId: string, organisationId: string) => {
  const rows = await db.assessment.findMany({
    where: { workspaceId, organisationId },
    orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
    select: summarySelect,
  });
  return rows.map(toSummary);
});

export async function getAssessment(scope: Pick<WorkspaceScope, "workspaceId">, assessmentId: string): Promise<AssessmentDetail | null> {
  return assessmentById(scope.workspaceId, assessmentId);
}

/** The choices of an assessment's answers by item ("optionId|skip"), to tell which answers stayed the same. */
export async function getAnswerChoices(scope: Pick<WorkspaceScope, "workspaceId">, assessmentId: string): Promise<Map<string, string>> {
  const rows = await db.assessmentAnswer.findMany({
    where: { assessmentId, assessment: { workspaceId: scope.workspaceId } },
    select: { itemId: true, optionId: true, skip: true },
  });
  return new Map(rows.map((row) => [row.itemId, `${row.optionId}|${row.skip}`]));
}

/** Not cached: for writes, which must see the rows as they are now. */
export async function findAssessment(workspaceId: string, assessmentId: string): Promise<AssessmentDetail | null> {
  const row = await db.assessment.findFirst({
    where: { id: assessmentId, workspaceId },
    select: { ...summarySelect, baselineAssessmentId: true, answers: { select: answerSelect } },
  });
  if (!row) return null;
  return { ...toSummary(row), baselineAssessmentId: row.baselineAssessmentId, answers: row.answers.map(toAnswerRecord) };
}

const assessmentById = cache(findAssessment);
