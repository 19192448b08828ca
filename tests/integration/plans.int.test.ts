import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/server/audit";
import { createClientInvitation } from "@/lib/server/client-access";
import { createConsultantInvitation, revokeInvitation } from "@/lib/server/invitations";
import { createOrganisation } from "@/lib/server/organisations";
import { createActionItem, deleteActionItem, listActionItems, updateActionItem } from "@/lib/server/plans";
import { db } from "@/lib/server/db";
import { createWorkspace, organisationInput } from "./helpers";

type Scope = Awaited<ReturnType<typeof createWorkspace>>;

async function organisationIn(scope: Scope) {
  const created = await createOrganisation(scope, organisationInput());
  if (!created.ok) throw new Error("organisation");
  return created.value.id;
}

const recommendation = { title: "Maak een SWOT-analyse", dimensionId: "strategy", ownerName: "", recommendationId: "strategy.1.swot" };

describe("action plans", () => {
  it("take a recommendation once, however often or fast it is added", async () => {
    const scope = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const first = await createActionItem(scope, organisationId, recommendation);
    expect(await createActionItem(scope, organisationId, recommendation)).toBe(first);
    // A double click sends both requests at once.
    const both = await Promise.all([
      createActionItem(scope, organisationId, { ...recommendation, recommendationId: "x.1" }),
      createActionItem(scope, organisationId, { ...recommendation, recommendationId: "x.1" }),
    ]);
    expect(both[0]).toBe(both[1]);
    expect((await listActionItems(scope, organisationId)).map((item) => item.recommendationId).sort()).toEqual(["strategy.1.swot", "x.1"]);
    // Actions of one's own are never merged.
    await createActionItem(scope, organisationId, { ...recommendation, recommendationId: null });
    await createActionItem(scope, organisationId, { ...recommendation, recommendationId: null });
    expect(await listActionItems(scope, organisationId)).toHaveLength(4);
  });

  it("can be changed and deleted, each in the history, and only in their own workspace", async () => {
    const scope = await createWorkspace();
    const intruder = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const id = (await createActionItem(scope, organisationId, { title: "Contentkalender", dimensionId: null, ownerName: "", recommendationId: null }))!;
    const change = { title: "Contentkalender voor Q1", dimensionId: "presence", ownerName: "Kim", dueDate: new Date("2027-03-31T00:00:00Z") };
    expect(await updateActionItem(intruder, organisationId, id, change)).toBe(false);
    expect(await deleteActionItem(intruder, organisationId, id)).toBe(false);
    expect(await updateActionItem(scope, organisationId, id, change)).toBe(true);
    expect((await listActionItems(scope, organisationId))[0]).toMatchObject({
      title: "Contentkalender voor Q1",
      dimensionId: "presence",
      ownerName: "Kim",
      dueDate: change.dueDate,
    });
    expect(await deleteActionItem(scope, organisationId, id)).toBe(true);
    expect(await listActionItems(scope, organisationId)).toEqual([]);
    const [deleted, updated] = await listAuditEvents(scope, "organisation", organisationId);
    expect(deleted).toMatchObject({ action: "organisation.action_deleted", before: { title: "Contentkalender voor Q1" } });
    expect(updated).toMatchObject({
      action: "organisation.action_updated",
      before: { title: "Contentkalender", dimension: null, owner: null, dueDate: null },
      after: { title: "Contentkalender voor Q1", dimension: "presence", owner: "Kim", dueDate: "2027-03-31" },
    });
  });
});

describe("withdrawing invitations", () => {
  it("withdraws a client viewer's invitation only for its organisation, and a consultant's only as such", async () => {
    const scope = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const other = await organisationIn(scope);
    const client = await createClientInvitation(scope, organisationId, "klant@example.test");
    const consultant = await createConsultantInvitation(scope, "collega@example.test");
    if (!client?.ok || !consultant.ok) throw new Error("invitations");
    const idOf = async (email: string) => (await db.invitation.findFirstOrThrow({ where: { email }, select: { id: true } })).id;
    const clientInvitation = await idOf("klant@example.test");
    const consultantInvitation = await idOf("collega@example.test");
    expect(await revokeInvitation(scope, clientInvitation)).toBe(false);
    expect(await revokeInvitation(scope, consultantInvitation, { organisationId })).toBe(false);
    expect(await revokeInvitation(scope, clientInvitation, { organisationId: other })).toBe(false);
    expect(await revokeInvitation(scope, clientInvitation, { organisationId })).toBe(true);
    expect(await revokeInvitation(scope, consultantInvitation)).toBe(true);
  });
});
