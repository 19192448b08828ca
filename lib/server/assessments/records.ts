import "server-only";
import type { Skip } from "@/lib/curve";

// How assessments leave the data layer: plain objects with their result snapshot parsed.

export type AnswerRecord = {
  itemId: string;
  optionId: string | null;
  skip: Skip | null;
  notes: string;
  evidenceLinks: string[];
  carriedOver: boolean;
};

export type AssessmentSummary = {
  id: string;
  organisationId: string;
  title: string;
  scope: "organisation" | "channel";
  channel: string | null;
  assessedOn: Date;
  status: "DRAFT" | "COMPLETED";
  modelId: string;
  modelVersion: number;
  position: number | null;
  stage: number | null;
  dimensionScores: Record<string, number | null>;
  completedAt: Date | null;
  authorId: string | null;
  authorName: string | null;
  revision: number;
  /** How many answers were the baseline's unchanged, kept at completion; null without a baseline. */
  unchangedFromBaseline: number | null;
};

export type AssessmentDetail = AssessmentSummary & { baselineAssessmentId: string | null; answers: AnswerRecord[] };

export type SummaryRow = {
  id: string;
  organisationId: string;
  title: string;
  scope: string;
  channel: string | null;
  assessedOn: Date;
  status: string;
  modelId: string;
  modelVersion: number;
  resultPosition: number | null;
  resultStage: number | null;
  resultDimensions: string | null;
  completedAt: Date | null;
  authorId: string | null;
  revision: number;
  unchangedFromBaseline: number | null;
  author: { name: string } | null;
  authorLabel: string | null;
};

export function toSummary(row: SummaryRow): AssessmentSummary {
  return {
    id: row.id,
    organisationId: row.organisationId,
    title: row.title,
    scope: row.scope === "channel" ? "channel" : "organisation",
    channel: row.channel,
    assessedOn: row.assessedOn,
    status: row.status === "COMPLETED" ? "COMPLETED" : "DRAFT",
    modelId: row.modelId,
    modelVersion: row.modelVersion,
    position: row.resultPosition,
    stage: row.resultStage,
    dimensionScores: row.resultDimensions ? (JSON.parse(row.resultDimensions) as Record<string, number | null>) : {},
    completedAt: row.completedAt,
    authorId: row.authorId,
    authorName: row.author?.name ?? row.authorLabel ?? null,
    revision: row.revision,
    unchangedFromBaseline: row.unchangedFromBaseline,
  };
}

export function toAnswerRecord(row: {
  itemId: string;
  optionId: string | null;
  skip: string | null;
  notes: string;
  evidenceLinks: string;
  carriedOver: boolean;
}): AnswerRecord {
  return {
    itemId: row.itemId,
    optionId: row.optionId,
    skip: row.skip === "not_applicable" || row.skip === "dont_know" ? row.skip : null,
    notes: row.notes,
    evidenceLinks: JSON.parse(row.evidenceLinks) as string[],
    carriedOver: row.carriedOver,
  };
}
