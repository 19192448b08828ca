// Data in and out, against the real database: an import writes all or nothing, a workbook in
// the export's layout comes back as the same positions, and a backup restored into a fresh
// workspace holds the same records. Runs on SQLite and, with its URL set, on PostgreSQL.
import { describe, expect, it } from "vitest";
import { planImport, shippedModels, SMICIKLAS_MODEL_ID, type SheetCell } from "@/lib/curve";
import { parseBackup } from "@/lib/exchange/backup-format";
import { readUpload } from "@/lib/exchange/read";
import { toXlsx } from "@/lib/exchange/xlsx";
import { loadWorkspaceBackup, restoreWorkspaceBackup, streamWorkspaceBackup } from "@/lib/server/backup";
import { db } from "@/lib/server/db";
import { createStrategy, listSharedStrategies, saveStrategyField, saveStrategyVersion, setStrategyVersionShared } from "@/lib/server/strategies";
import { deleteOrganisation } from "@/lib/server/erasure";
import { applyImport, listCompletedAssessmentsForExport, loadImportContext } from "@/lib/server/exchange";
import { setOrganisationArchived } from "@/lib/server/organisations";
import { createActionItem, setTargets } from "@/lib/server/plans";
import { createWorkspace } from "./helpers";

const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
const itemIds = model.dimensions.flatMap((dimension) => dimension.items.map((item) => item.id));
const titles = { items: "Geïmporteerd", dimensions: "Geïmporteerd (dimensieniveau)" };
const today = new Date("2026-12-02T00:00:00Z");
const earliest = new Date("2000-01-01T00:00:00Z");
type Scope = Awaited<ReturnType<typeof createWorkspace>>;

async function importTable(scope: Scope, table: SheetCell[][], file = "scans.xlsx") {
  const plan = planImport(model, table, { ...(await loadImportContext(scope)), earliest, today });
  expect(plan.problems).toEqual([]);
  return applyImport(scope, plan, { name: file, titles });
}

const itemTable = (rows: [string, string, string][]): SheetCell[][] => [
  ["Organisatie", "Datum", ...itemIds],
  ...rows.map(([name, date, level]) => [name, date, ...itemIds.map(() => level)]),
];

async function positionsOf(scope: Pick<Scope, "workspaceId">) {
  const organisations = await db.organisation.findMany({ where: { workspaceId: scope.workspaceId }, select: { id: true } });
  return (
    await listCompletedAssessmentsForExport(
      scope,
      organisations.map((organisation) => organisation.id),
    )
  ).map((entry) => [entry.organisationName, entry.assessedOn.toISOString().slice(0, 10), entry.stage, Number(entry.position!.toFixed(4))]);
}

describe("importing earlier assessments", () => {
  it("creates the organisations and completed, scored assessments, with a line in each one's history", async () => {
    const scope = await createWorkspace();
    const outcome = await importTable(
      scope,
      itemTable([
        ["Koffiebar Het Anker", "2024-01-10", "1"],
        ["Koffiebar Het Anker", "2025-01-10", "3"],
        ["Drukkerij Van Os", "2025-06-01", "2"],
      ]),
    );
    expect(outcome).toEqual({ ok: true, organisationsCreated: 2, assessments: 3 });
    expect(await positionsOf(scope)).toEqual([
      ["Drukkerij Van Os", "2025-06-01", 2, 2],
      ["Koffiebar Het Anker", "2024-01-10", 1, 1],
      ["Koffiebar Het Anker", "2025-01-10", 3, 3],
    ]);
    const anker = await db.organisation.findFirstOrThrow({
      where: { workspaceId: scope.workspaceId, name: "Koffiebar Het Anker" },
      select: { id: true, progressHistory: true },
    });
    expect(JSON.parse(anker.progressHistory)).toHaveLength(2);
    const events = await db.auditEvent.findMany({ where: { workspaceId: scope.workspaceId, subjectId: anker.id }, select: { action: true, after: true } });
    expect(events.map((event) => event.action).sort()).toEqual(["assessment.imported", "assessment.imported", "organisation.imported"]);
    expect(events.every((event) => event.after?.includes("scans.xlsx"))).toBe(true);
  });

  it("writes nothing when the workspace changed between the preview and the confirmation", async () => {
    const scope = await createWorkspace();
    const table = itemTable([
      ["Nieuw", "2024-01-10", "2"],
      ["Bestaand", "2024-02-10", "2"],
    ]);
    const plan = planImport(model, table, { ...(await loadImportContext(scope)), earliest, today });
    // Meanwhile someone else imports the same organisation on the same day.
    await importTable(scope, itemTable([["Bestaand", "2024-02-10", "3"]]));
    expect(await applyImport(scope, plan, { name: "late.xlsx", titles })).toEqual({ ok: false, reason: "changed" });
    expect(await db.organisation.count({ where: { workspaceId: scope.workspaceId, name: "Nieuw" } })).toBe(0);
  });

  it("reads back a workbook in the export's layout at dimension level, to the same positions", async () => {
    const source = await createWorkspace();
    await importTable(
      source,
      itemTable([
        ["Bakkerij A", "2024-03-01", "2"],
        ["Bakkerij A", "2025-03-01", "4"],
      ]),
    );
    const exported = await listCompletedAssessmentsForExport(
      source,
      (await db.organisation.findMany({ where: { workspaceId: source.workspaceId }, select: { id: true } })).map((entry) => entry.id),
    );
    const workbook = await toXlsx([
      {
        name: "Assessments",
        columns: [
          { header: "Organisatie" },
          { header: "Datum", kind: "date" },
          { header: "Positie", kind: "score" },
          ...model.dimensions.map((dimension) => ({ header: `${dimension.name.nl} [${dimension.id}]`, kind: "score" as const })),
        ],
        rows: exported.map((entry) => [
          entry.organisationName,
          entry.assessedOn,
          entry.position,
          ...model.dimensions.map((dimension) => entry.dimensionScores[dimension.id] ?? null),
        ]),
      },
    ]);
    const read = await readUpload(new Uint8Array(workbook));
    expect(read.ok).toBe(true);
    const target = await createWorkspace();
    const plan = planImport(model, read.ok ? read.table : [], { ...(await loadImportContext(target)), earliest, today });
    expect(plan.level).toBe("dimensions");
    expect((await applyImport(target, plan, { name: "export.xlsx", titles })).ok).toBe(true);
    expect(await positionsOf(target)).toEqual(await positionsOf(source));
  });
});

describe("a workspace backup", () => {
  it("restores into an empty workspace with the same records, and never into one with organisations", { timeout: 60_000 }, async () => {
    const source = await createWorkspace();
    await importTable(
      source,
      itemTable([
        ["Hotel Zee", "2024-03-01", "2"],
        ["Hotel Zee", "2025-03-01", "3"],
        ["Fietsen Oost", "2025-05-01", "1"],
      ]),
    );
    const hotel = await db.organisation.findFirstOrThrow({ where: { workspaceId: source.workspaceId, name: "Hotel Zee" }, select: { id: true } });
    await setTargets(source, hotel.id, [{ dimensionId: "strategy", targetStage: 4, targetDate: new Date("2027-06-01T00:00:00Z") }]);
    await createActionItem(source, hotel.id, { title: "Social-mediaplan schrijven", dimensionId: "strategy", ownerName: "Kim", recommendationId: null });
    const strategy = await createStrategy(source, hotel.id, {
      channel: "instagram",
      exampleId: null,
      sections: { goal: "Meer boekingen via Instagram." },
      objectives: [{ what: "Meer volgers", kpi: "Volgers", baseline: "100", target: "300", dueOn: "2099-01-01", dimensionId: "presence" }],
    });
    if (!strategy.ok) throw new Error(strategy.reason);
    await saveStrategyField(source, strategy.id, { kind: "notes" }, "Intern");
    expect(await saveStrategyVersion(source, strategy.id, { today: new Date(), dimensionIds: ["presence"] })).toEqual({ ok: true, number: 1 });
    const version = await db.strategyVersion.findFirstOrThrow({ where: { strategyId: strategy.id }, select: { id: true } });
    await setStrategyVersionShared(source, strategy.id, version.id, true);
    const document = await loadWorkspaceBackup(source);
    const json = JSON.stringify(document);
    expect(json).not.toMatch(/passwordHash|tokenHash|\$2[aby]\$/);
    expect(json).not.toContain(source.email);

    const parsed = parseBackup(json);
    if (!parsed.ok) throw new Error(parsed.error);
    const target = await createWorkspace();
    const restored = await restoreWorkspaceBackup(target, parsed.backup);
    expect(restored).toEqual({ ok: true, organisations: 2, assessments: 3 });
    expect(await positionsOf(target)).toEqual(await positionsOf(source));
    const restoredHotel = await db.organisation.findFirstOrThrow({
      where: { workspaceId: target.workspaceId, name: "Hotel Zee" },
      select: {
        targets: { select: { targetStage: true } },
        actionItems: { select: { title: true } },
        assessments: { select: { authorLabel: true, authorId: true, _count: { select: { answers: true } } } },
      },
    });
    expect(restoredHotel.targets).toEqual([{ targetStage: 4 }]);
    expect(restoredHotel.actionItems).toEqual([{ title: "Social-mediaplan schrijven" }]);
    const [restoredStrategy] = await db.strategy.findMany({
      where: { workspaceId: target.workspaceId },
      select: {
        channel: true,
        internalNotes: true,
        sections: { select: { text: true } },
        objectives: { select: { target: true } },
        versions: { select: { number: true, savedByLabel: true, assessment: { select: { assessedOn: true } } } },
      },
    });
    expect(restoredStrategy).toEqual({
      channel: "instagram",
      internalNotes: "Intern",
      sections: [{ text: "Meer boekingen via Instagram." }],
      objectives: [{ target: "300" }],
      versions: [{ number: 1, savedByLabel: "Owner", assessment: { assessedOn: new Date("2025-03-01T00:00:00Z") } }],
    });
    const restoredHotelId = (await db.organisation.findFirstOrThrow({ where: { workspaceId: target.workspaceId, name: "Hotel Zee" }, select: { id: true } }))
      .id;
    expect((await listSharedStrategies(target, restoredHotelId)).map((entry) => entry.content.objectives[0]?.what)).toEqual(["Meer volgers"]);
    expect(
      restoredHotel.assessments.every((entry) => entry.authorId === null && entry.authorLabel === "Owner" && entry._count.answers === itemIds.length),
    ).toBe(true);
    // A second backup of the restored workspace says the same.
    const again = await loadWorkspaceBackup(target);
    expect(again.organisations.map((entry) => entry.assessments.map((assessment) => [assessment.assessedOn, assessment.position]))).toEqual(
      document.organisations.map((entry) => entry.assessments.map((assessment) => [assessment.assessedOn, assessment.position])),
    );

    expect(await restoreWorkspaceBackup(target, parsed.backup)).toEqual({ ok: false, reason: "notEmpty" });
    expect(await db.organisation.count({ where: { workspaceId: target.workspaceId } })).toBe(2);
  });

  it("is sent as it is read, a few organisations at a time, and reads back as the same document", { timeout: 60_000 }, async () => {
    const scope = await createWorkspace();
    await importTable(scope, itemTable(Array.from({ length: 31 }, (_, index) => [`Klant ${String(index).padStart(2, "0")}`, "2025-03-01", "2"])));
    const now = new Date("2026-12-02T10:00:00Z");
    const streamed = await new Response(await streamWorkspaceBackup(scope, now)).text();
    const parsed = parseBackup(streamed);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.organisations).toHaveLength(31);
    expect(JSON.parse(streamed)).toEqual(JSON.parse(JSON.stringify(await loadWorkspaceBackup(scope, now))));
  });

  it("refuses what is not a backup, a newer version and a damaged one, saying where", () => {
    expect(parseBackup("not json")).toEqual({ ok: false, error: "notABackup" });
    expect(parseBackup(JSON.stringify({ format: "something-else" }))).toEqual({ ok: false, error: "notABackup" });
    expect(parseBackup(JSON.stringify({ format: "curvewise-workspace-backup", version: 99 }))).toEqual({ ok: false, error: "newerVersion" });
    const damaged = parseBackup(
      JSON.stringify({ format: "curvewise-workspace-backup", version: 1, exportedAt: "2026-12-02T00:00:00.000Z", workspace: {}, organisations: [] }),
    );
    expect(damaged).toMatchObject({ ok: false, error: "invalid", path: "workspace.name" });
  });
});

describe("erasure", () => {
  it("deletes an archived organisation with everything of it, keeping one line without its data", async () => {
    const scope = await createWorkspace();
    await importTable(scope, itemTable([["Weg B.V.", "2024-03-01", "2"]]));
    const organisation = await db.organisation.findFirstOrThrow({ where: { workspaceId: scope.workspaceId, name: "Weg B.V." }, select: { id: true } });
    expect(await deleteOrganisation(scope, organisation.id)).toBe("notArchived");
    const other = await createWorkspace();
    await setOrganisationArchived(scope, organisation.id, true);
    expect(await deleteOrganisation(other, organisation.id)).toBe("notFound");
    expect(await deleteOrganisation(scope, organisation.id)).toBe("deleted");
    expect(await db.assessment.count({ where: { organisationId: organisation.id } })).toBe(0);
    const events = await db.auditEvent.findMany({
      where: { workspaceId: scope.workspaceId, subjectId: organisation.id },
      select: { action: true, before: true, after: true, actorId: true },
    });
    expect(events).toEqual([{ action: "organisation.deleted", before: null, after: null, actorId: scope.userId }]);
  });
});
