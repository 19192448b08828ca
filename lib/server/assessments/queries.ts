import "server-only";
import { cache } from "react";
import { db } from "../db";
import type { WorkspaceScope } from "../scope";
import { toAnswerRecord, toSummary, type AssessmentDetail, type AssessmentSummary, type SummaryRow } from "./records";
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

// Per request: a page and its metadata ask for the same rows once. Most tabs show them, so they
// are one plain statement (lib/server/sql.ts).
const assessmentsOf = cache(async (workspaceId: string, organisationId: string) => {
  const rows = await db.$queryRaw<(Omit<SummaryRow, "author"> & { authorName: string | null })[]>`
    SELECT a."id", a."organisationId", a."title", a."scope", a."channel", a."assessedOn", a."status", a."modelId", a."modelVersion",
           a."resultPosition", a."resultStage", a."resultDimensions", a."completedAt", a."authorId", a."revision",
           a."unchangedFromBaseline", a."authorLabel", u."name" AS "authorName"
    FROM "Assessment" a LEFT JOIN "User" u ON u."id" = a."authorId"
    WHERE a."workspaceId" = ${workspaceId} AND a."organisationId" = ${organisationId}
    ORDER BY a."assessedOn" DESC, a."createdAt" DESC`;
  return rows.map(({ authorName, ...row }) => toSummary({ ...row, author: authorName === null ? null : { name: authorName } }));
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
  const [rows, answers] = await Promise.all([
    db.$queryRaw<(Omit<SummaryRow, "author"> & { authorName: string | null; baselineAssessmentId: string | null })[]>`
      SELECT a."id", a."organisationId", a."title", a."scope", a."channel", a."assessedOn", a."status", a."modelId", a."modelVersion",
             a."resultPosition", a."resultStage", a."resultDimensions", a."completedAt", a."authorId", a."revision",
             a."unchangedFromBaseline", a."authorLabel", a."baselineAssessmentId", u."name" AS "authorName"
      FROM "Assessment" a LEFT JOIN "User" u ON u."id" = a."authorId"
      WHERE a."id" = ${assessmentId} AND a."workspaceId" = ${workspaceId}`,
    db.$queryRaw<Parameters<typeof toAnswerRecord>[0][]>`
      SELECT x."itemId", x."optionId", x."skip", x."notes", x."evidenceLinks", x."carriedOver"
      FROM "AssessmentAnswer" x JOIN "Assessment" a ON a."id" = x."assessmentId"
      WHERE x."assessmentId" = ${assessmentId} AND a."workspaceId" = ${workspaceId}`,
  ]);
  const [row] = rows;
  if (!row) return null;
  const { authorName, baselineAssessmentId, ...summary } = row;
  return {
    ...toSummary({ ...summary, author: authorName === null ? null : { name: authorName } }),
    baselineAssessmentId,
    answers: answers.map(toAnswerRecord),
  };
}

const assessmentById = cache(findAssessment);
