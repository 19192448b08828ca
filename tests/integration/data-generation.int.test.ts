import { describe, expect, it } from "vitest";
import { dataGeneration } from "@/lib/http/page-cache";
import { db } from "@/lib/server/db";
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from "@/lib/server/organisations";
import { organisationListQuerySchema } from "@/lib/validation/organisation";
import { createWorkspace, organisationInput } from "./helpers";

// The page cache may only serve a page while nothing was written since it was rendered:
// every write through the data layer must move the generation on, no read may.
describe("data generation", () => {
  it("moves on with every write, also after the commit of a transaction", async () => {
    const scope = await createWorkspace();
    const beforeCreate = dataGeneration();
    const created = await createOrganisation(scope, organisationInput({ name: "Bakkerij Van Dam" }));
    if (!created.ok) throw new Error("not created");
    expect(dataGeneration()).toBeGreaterThan(beforeCreate);

    const beforeUpdate = dataGeneration();
    await updateOrganisation(scope, created.value.id, organisationInput({ name: "Bakkerij Van Dam & Zn" }));
    expect(dataGeneration()).toBeGreaterThan(beforeUpdate);

    const beforeBatch = dataGeneration();
    await db.$transaction([db.organisationTag.deleteMany({ where: { organisationId: "no-such-organisation" } })]);
    expect(dataGeneration()).toBeGreaterThan(beforeBatch);

    // A page rendered while the transaction was open saw the old data: it must not outlive the commit.
    let generationInsideTransaction = -1;
    await db.$transaction(async (tx) => {
      await tx.auditEvent.create({ data: { workspaceId: scope.workspaceId, action: "test.committed", subjectType: "test", subjectId: "none" } });
      generationInsideTransaction = dataGeneration();
    });
    expect(dataGeneration()).toBeGreaterThan(generationInsideTransaction);

    const beforeRollback = dataGeneration();
    await expect(
      db.$transaction(async (tx) => {
        await tx.auditEvent.create({ data: { workspaceId: scope.workspaceId, action: "test.rolled-back", subjectType: "test", subjectId: "none" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(dataGeneration()).toBeGreaterThan(beforeRollback);
  });

  it("stays put while pages only read", async () => {
    const scope = await createWorkspace();
    const created = await createOrganisation(scope, organisationInput());
    if (!created.ok) throw new Error("not created");
    const before = dataGeneration();
    await getOrganisation(scope, created.value.id);
    await listOrganisations(scope, organisationListQuerySchema.parse({}));
    await db.$transaction(async (tx) => tx.organisation.count({ where: { workspaceId: scope.workspaceId } }));
    expect(dataGeneration()).toBe(before);
  });
});
