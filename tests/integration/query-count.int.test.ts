// The pages' data loaders send the same number of queries for a small and a large workspace.
import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/server/audit";
import { getAssessment, listOrganisationAssessments, refreshProgressHistory } from "@/lib/server/assessments";
import { updateProfile } from "@/lib/server/account";
import { db, queriesExecuted } from "@/lib/server/db";
import { createOrganisation } from "@/lib/server/organisations";
import { getReassessment, listActionItems, listTargets } from "@/lib/server/plans";
import { loadComparison, loadPortfolio, loadPortfolioRows } from "@/lib/server/portfolio";
import { portfolioQuerySchema } from "@/components/portfolio/schemas";
import { createWorkspace, organisationInput } from "./helpers";

type Scope = Awaited<ReturnType<typeof createWorkspace>>;

/** Adds organisations with completed assessments (results as completion stores them). */
async function addOrganisations(scope: Scope, count: number, assessmentsEach: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const created = await createOrganisation(scope, organisationInput({ tags: "retainer, pilot", sector: index % 2 ? "retail" : "media" }));
    if (!created.ok) throw new Error("organisation");
    const organisationId = created.value.id;
    ids.push(organisationId);
    await db.assessment.createMany({
      data: Array.from({ length: assessmentsEach }, (_, number) => ({
        workspaceId: scope.workspaceId,
        organisationId,
        title: `A${number}`,
        scope: "organisation",
        assessedOn: new Date(Date.UTC(2025, number, 1)),
        modelId: "smiciklas-learning-curve",
        modelVersion: 1,
        status: "COMPLETED",
        resultPosition: 1.5 + number * 0.1,
        resultStage: 2,
        resultDimensions: JSON.stringify({ ownership: 2 }),
      })),
    });
    await db.$transaction((tx) => refreshProgressHistory(tx, scope.workspaceId, organisationId));
  }
  return ids;
}

async function queriesOf(load: () => Promise<unknown>): Promise<number> {
  const before = queriesExecuted();
  await load();
  return queriesExecuted() - before;
}

describe("queries per page", () => {
  it("counts queries at all (the counter is on)", async () => {
    const scope = await createWorkspace();
    expect(await queriesOf(() => loadPortfolioRows(scope))).toBeGreaterThan(0);
  });

  it("the portfolio, compare and organisation pages do not grow with organisations or assessments", async () => {
    const scope = await createWorkspace();
    const small = await addOrganisations(scope, 2, 2);
    const query = portfolioQuerySchema.parse({});
    const organisationPage = (organisationId: string) =>
      Promise.all([
        listAuditEvents(scope, "organisation", organisationId),
        listOrganisationAssessments(scope, organisationId),
        listTargets(scope, organisationId),
        listActionItems(scope, organisationId),
        getReassessment(scope, organisationId),
      ]);
    const before = {
      portfolio: await queriesOf(() => loadPortfolio(scope, query)),
      compare: await queriesOf(() => loadComparison(scope, small, 8)),
      organisation: await queriesOf(() => organisationPage(small[0]!)),
    };

    const large = await addOrganisations(scope, 12, 9);
    const after = {
      portfolio: await queriesOf(() => loadPortfolio(scope, query)),
      compare: await queriesOf(() => loadComparison(scope, large.slice(0, 8), 8)),
      organisation: await queriesOf(() => organisationPage(large[0]!)),
    };
    expect(after).toEqual(before);
    expect((await loadPortfolio(scope, query)).total).toBe(14);
  });
});

describe("the progress history cache", () => {
  it("matches the completed assessments after completing and reopening", async () => {
    const scope = await createWorkspace();
    const [organisationId] = await addOrganisations(scope, 1, 3);
    const rows = await loadPortfolioRows(scope);
    expect(rows[0]!.assessments).toBe(3);
    expect(rows[0]!.latest!.position).toBeCloseTo(1.7, 12);

    const newest = (await listOrganisationAssessments(scope, organisationId!))[0]!;
    await db.assessment.update({ where: { id: newest.id }, data: { status: "DRAFT", resultPosition: null } });
    await db.$transaction((tx) => refreshProgressHistory(tx, scope.workspaceId, organisationId!));
    const after = await loadPortfolioRows(scope);
    expect(after[0]!.assessments).toBe(2);
    expect(after[0]!.latest!.position).toBeCloseTo(1.6, 12);
    expect(await getAssessment(scope, newest.id)).toMatchObject({ status: "DRAFT" });
  });

  it("names the responsible consultant as renamed, at once", async () => {
    const scope = await createWorkspace();
    const [organisationId] = await addOrganisations(scope, 1, 1);
    await db.organisation.update({ where: { id: organisationId! }, data: { responsibleConsultantId: scope.userId } });
    expect((await loadPortfolioRows(scope))[0]!.consultant).toMatchObject({ name: "Owner" });
    await updateProfile(scope.userId, { name: "Owner Renamed", locale: "nl", digestsEnabled: true });
    expect((await loadPortfolioRows(scope))[0]!.consultant).toMatchObject({ name: "Owner Renamed" });
  });

  it("shows an organisation added or renamed by any server at once", async () => {
    const scope = await createWorkspace();
    const [organisationId] = await addOrganisations(scope, 1, 1);
    expect((await loadPortfolioRows(scope)).map((row) => row.name)).toHaveLength(1);
    // Written past this process's cache, as another app server would.
    await db.organisation.update({ where: { id: organisationId! }, data: { name: "Renamed elsewhere" } });
    expect((await loadPortfolioRows(scope)).map((row) => row.name)).toEqual(["Renamed elsewhere"]);
    await addOrganisations(scope, 1, 1);
    expect(await loadPortfolioRows(scope)).toHaveLength(2);
  });
});
