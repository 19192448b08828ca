import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  listOrganisationTags,
  setOrganisationArchived,
  updateOrganisation,
} from "@/lib/server/organisations";
import { organisationListQuerySchema } from "@/components/organisations/schemas";
import { createWorkspace, organisationInput } from "./helpers";

const query = (overrides: Record<string, string> = {}) => organisationListQuerySchema.parse(overrides);

async function created(scope: { workspaceId: string; userId: string }, overrides = {}) {
  const result = await createOrganisation(scope, organisationInput(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.value.id;
}

describe("organisations", () => {
  it("creates an organisation with its tags and an audit event", async () => {
    const scope = await createWorkspace();
    const id = await created(scope, { name: "Bakkerij Van Dam", tags: "mkb, Instagram", website: "bakkerij.example.nl" });
    const organisation = await getOrganisation(scope, id);
    expect(organisation).toMatchObject({ name: "Bakkerij Van Dam", tags: ["Instagram", "mkb"], website: "https://bakkerij.example.nl/" });
    const history = await listAuditEvents(scope, "organisation", id);
    expect(history.map((entry) => entry.action)).toEqual(["organisation.created"]);
    expect(history[0]!.after).toMatchObject({ name: "Bakkerij Van Dam" });
  });

  it("refuses a duplicate name in the same workspace, ignoring case and spaces, and writes nothing", async () => {
    const scope = await createWorkspace();
    await created(scope, { name: "Hotel De Kust" });
    const before = await db.auditEvent.count({ where: { workspaceId: scope.workspaceId } });
    const duplicate = await createOrganisation(scope, organisationInput({ name: "  hotel   de KUST " }));
    expect(duplicate).toEqual({ ok: false, fieldErrors: { name: "duplicateName" } });
    expect(await db.organisation.count({ where: { workspaceId: scope.workspaceId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { workspaceId: scope.workspaceId } })).toBe(before);
  });

  it("allows the same name in another workspace", async () => {
    const first = await createWorkspace();
    const second = await createWorkspace();
    await created(first, { name: "Gemeente Zuiderveen" });
    expect((await createOrganisation(second, organisationInput({ name: "Gemeente Zuiderveen" }))).ok).toBe(true);
  });

  it("records only the changed fields when an organisation is edited", async () => {
    const scope = await createWorkspace();
    const id = await created(scope, { name: "Omroep Midden", sector: "media", tags: "retainer" });
    const result = await updateOrganisation(scope, id, organisationInput({ name: "Omroep Midden NL", sector: "media", tags: "retainer, b2c" }));
    expect(result).toEqual({ ok: true, value: { id } });
    const [latest] = await listAuditEvents(scope, "organisation", id);
    expect(latest!.action).toBe("organisation.updated");
    expect(latest!.before).toEqual({ name: "Omroep Midden", tags: ["retainer"] });
    expect(latest!.after).toEqual({ name: "Omroep Midden NL", tags: ["b2c", "retainer"] });
    expect((await getOrganisation(scope, id))!.tags).toEqual(["b2c", "retainer"]);
  });

  it("refuses renaming to another organisation's name and keeps the old values", async () => {
    const scope = await createWorkspace();
    await created(scope, { name: "Spaarbank Oost" });
    const id = await created(scope, { name: "Spaarbank West", tags: "finance" });
    const result = await updateOrganisation(scope, id, organisationInput({ name: "spaarbank oost" }));
    expect(result).toEqual({ ok: false, fieldErrors: { name: "duplicateName" } });
    expect(await getOrganisation(scope, id)).toMatchObject({ name: "Spaarbank West", tags: ["finance"] });
  });

  it("archives and restores, with an audit event for each", async () => {
    const scope = await createWorkspace();
    const id = await created(scope);
    expect(await setOrganisationArchived(scope, id, true)).toBe(true);
    expect((await getOrganisation(scope, id))!.archivedAt).toBeInstanceOf(Date);
    expect(await listOrganisations(scope, query())).toHaveLength(0);
    expect(await listOrganisations(scope, query({ status: "archived" }))).toHaveLength(1);
    expect(await setOrganisationArchived(scope, id, false)).toBe(true);
    expect((await getOrganisation(scope, id))!.archivedAt).toBeNull();
    const actions = (await listAuditEvents(scope, "organisation", id)).map((entry) => entry.action);
    expect(actions).toEqual(["organisation.restored", "organisation.archived", "organisation.created"]);
  });

  it("searches, filters and sorts", async () => {
    const scope = await createWorkspace();
    await created(scope, { name: "Zorggroep Rivierenland", sector: "healthcare", tags: "retainer" });
    await created(scope, { name: "Fysiotherapie In Beweging", sector: "healthcare", tags: "mkb" });
    await created(scope, { name: "Fietsenwinkel De Ketting", sector: "retail", tags: "mkb" });
    const names = async (overrides: Record<string, string>) => (await listOrganisations(scope, query(overrides))).map((organisation) => organisation.name);

    expect(await names({})).toEqual(["Fietsenwinkel De Ketting", "Fysiotherapie In Beweging", "Zorggroep Rivierenland"]);
    expect(await names({ dir: "desc" })).toEqual(["Zorggroep Rivierenland", "Fysiotherapie In Beweging", "Fietsenwinkel De Ketting"]);
    expect(await names({ q: "RIVIEREN" })).toEqual(["Zorggroep Rivierenland"]);
    expect(await names({ sector: "healthcare" })).toEqual(["Fysiotherapie In Beweging", "Zorggroep Rivierenland"]);
    expect(await names({ tag: "mkb", sector: "retail" })).toEqual(["Fietsenwinkel De Ketting"]);
    expect(await listOrganisationTags(scope)).toEqual(["mkb", "retainer"]);
  });

  it("never reads or changes another workspace's organisation", async () => {
    const owner = await createWorkspace();
    const intruder = await createWorkspace();
    const id = await created(owner, { name: "Metaalwerk Twente", tags: "b2b" });

    expect(await getOrganisation(intruder, id)).toBeNull();
    expect(await listOrganisations(intruder, query({ status: "all" }))).toEqual([]);
    expect(await listOrganisationTags(intruder)).toEqual([]);
    expect(await updateOrganisation(intruder, id, organisationInput({ name: "Hacked" }))).toBeNull();
    expect(await setOrganisationArchived(intruder, id, true)).toBe(false);
    expect(await listAuditEvents(intruder, "organisation", id)).toEqual([]);

    expect(await getOrganisation(owner, id)).toMatchObject({ name: "Metaalwerk Twente", archivedAt: null });
    expect(await db.auditEvent.count({ where: { workspaceId: intruder.workspaceId, subjectType: "organisation" } })).toBe(0);
  });
});
