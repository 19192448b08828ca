// The demo's stored results were computed when its assessments were completed; the rules that
// score them have changed since (not applicable is an answer). Stored results stay valid: scoring
// every demo assessment again gives what is stored.
import { describe, expect, it } from "vitest";
import { seedDemoWorkspaceIfEmpty } from "@/prisma/seed/demo";
import { db } from "@/lib/server/db";
import { getAssessment, scoreStoredAssessment } from "@/lib/server/assessments";

describe("the demo history", () => {
  it("scores every completed assessment again to exactly its stored result", { timeout: 120_000 }, async () => {
    expect(await seedDemoWorkspaceIfEmpty()).toBe(true);
    const completed = await db.assessment.findMany({ where: { status: "COMPLETED" }, select: { id: true, workspaceId: true } });
    expect(completed.length).toBeGreaterThan(50);
    for (const { id, workspaceId } of completed) {
      const assessment = (await getAssessment({ workspaceId }, id))!;
      const result = scoreStoredAssessment(assessment);
      expect(result.position).toBeCloseTo(assessment.position!, 10);
      expect(result.stage).toBe(assessment.stage);
      for (const dimension of result.dimensions) expect(dimension.score).toBe(assessment.dimensionScores[dimension.dimensionId] ?? null);
    }
  });
});
