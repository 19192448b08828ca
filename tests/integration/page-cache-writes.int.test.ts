import { describe, expect, it } from "vitest";
import { actingInWorkspace, currentDataVersion, inRequestContext, isCurrent, writesSoFar } from "@/lib/http/page-cache";
import { db } from "@/lib/server/db";
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from "@/lib/server/organisations";
import { organisationListQuerySchema } from "@/lib/validation/organisation";
import { createWorkspace, organisationInput } from "./helpers";

// The page cache may only serve a page while nothing was written since it was rendered:
// every write through the data layer must be counted, no read may.
describe("counting writes for the page cache", () => {
  it("moves on with every write, also after the commit of a transaction", async () => {
    const scope = await createWorkspace();
    const beforeCreate = writesSoFar();
    const created = await createOrganisation(scope, organisationInput({ name: "Bakkerij Van Dam" }));
    if (!created.ok) throw new Error("not created");
    expect(writesSoFar()).toBeGreaterThan(beforeCreate);

    const beforeUpdate = writesSoFar();
    await updateOrganisation(scope, created.value.id, organisationInput({ name: "Bakkerij Van Dam & Zn" }));
    expect(writesSoFar()).toBeGreaterThan(beforeUpdate);

    const beforeBatch = writesSoFar();
    await db.$transaction([db.organisationTag.deleteMany({ where: { organisationId: "no-such-organisation" } })]);
    expect(writesSoFar()).toBeGreaterThan(beforeBatch);

    // A page rendered while the transaction was open saw the old data: it must not outlive the commit.
    let generationInsideTransaction = -1;
    await db.$transaction(async (tx) => {
      await tx.auditEvent.create({ data: { workspaceId: scope.workspaceId, action: "test.committed", subjectType: "test", subjectId: "none" } });
      generationInsideTransaction = writesSoFar();
    });
    expect(writesSoFar()).toBeGreaterThan(generationInsideTransaction);

    const beforeRollback = writesSoFar();
    await expect(
      db.$transaction(async (tx) => {
        await tx.auditEvent.create({ data: { workspaceId: scope.workspaceId, action: "test.rolled-back", subjectType: "test", subjectId: "none" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(writesSoFar()).toBeGreaterThan(beforeRollback);
  });

  it("stays put while pages only read", async () => {
    const scope = await createWorkspace();
    const created = await createOrganisation(scope, organisationInput());
    if (!created.ok) throw new Error("not created");
    const before = writesSoFar();
    await getOrganisation(scope, created.value.id);
    await listOrganisations(scope, organisationListQuerySchema.parse({}));
    await db.$transaction(async (tx) => tx.organisation.count({ where: { workspaceId: scope.workspaceId } }));
    expect(writesSoFar()).toBe(before);
  });

  it("counts a member's writes for their workspace only", async () => {
    const mine = await createWorkspace();
    const theirs = await createWorkspace();
    const myPages = currentDataVersion(mine.workspaceId);
    const theirPages = currentDataVersion(theirs.workspaceId);
    await inRequestContext(async () => {
      actingInWorkspace(mine.workspaceId);
      const created = await createOrganisation(mine, organisationInput());
      expect(created.ok).toBe(true);
    });
    expect(isCurrent(myPages)).toBe(false);
    expect(isCurrent(theirPages)).toBe(true);
  });
});
