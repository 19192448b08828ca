import { describe, expect, it } from "vitest";
import { completeAssessment, saveAnswer, startAssessment } from "@/lib/server/assessments";
import { listAuditEvents } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { createOrganisation } from "@/lib/server/organisations";
import { listActionItems } from "@/lib/server/plans";
import { loadReportData } from "@/lib/server/report";
import {
  addObjective,
  countSharedStrategies,
  createActionFromObjective,
  createStrategy,
  deleteStrategy,
  getStrategy,
  getStrategyVersionContents,
  listSharedStrategies,
  listStrategies,
  removeObjective,
  saveStrategyField,
  saveStrategyVersion,
  setStrategyVersionShared,
} from "@/lib/server/strategies";
import { calendarDayOf, isoDay, strategyChanges, strategyExample, strategyFromExample, STRATEGY_FIELD_HARD_MAX } from "@/lib/curve";
import { model, optionAt } from "@/lib/curve/test-support";
import { createWorkspace, organisationInput } from "./helpers";

type Scope = Awaited<ReturnType<typeof createWorkspace>>;

const today = calendarDayOf(new Date());
const rules = { today, dimensionIds: model.dimensions.map((dimension) => dimension.id) };
const itemIds = model.dimensions.flatMap((dimension) => dimension.items.map((item) => item.id));

async function organisationIn(scope: Scope) {
  const created = await createOrganisation(scope, organisationInput({ sizeBand: "1-9" }));
  if (!created.ok) throw new Error("organisation");
  return created.value.id;
}

async function completedAssessment(scope: Scope, organisationId: string) {
  const started = await startAssessment(scope, organisationId, {
    title: "Nulmeting",
    assessedOn: today,
    scope: "channel",
    channel: "instagram",
    baseline: false,
  });
  if (!started.ok) throw new Error(started.reason);
  let revision = 1;
  for (const itemId of itemIds) {
    const saved = await saveAnswer(scope, {
      assessmentId: started.id,
      baseRevision: revision,
      itemId,
      choice: { optionId: optionAt(itemId, 1) },
      notes: "",
      evidenceLinks: [],
    });
    if (!saved.ok) throw new Error(saved.reason);
    revision = saved.revision;
  }
  const completed = await completeAssessment(scope, { assessmentId: started.id, baseRevision: revision });
  if (!completed.ok) throw new Error("complete");
  return started.id;
}

async function bakeryStrategy(scope: Scope, organisationId: string) {
  const content = strategyFromExample(strategyExample("bakery-instagram")!, "nl", today);
  const created = await createStrategy(scope, organisationId, { channel: "instagram", exampleId: "bakery-instagram", ...content });
  if (!created.ok) throw new Error(created.reason);
  return created.id;
}

describe("strategies", () => {
  it("start from the bakery example, one per channel, only in their own workspace", async () => {
    const scope = await createWorkspace();
    const intruder = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const id = await bakeryStrategy(scope, organisationId);
    expect(await createStrategy(scope, organisationId, { channel: "instagram", exampleId: null, sections: {}, objectives: [] })).toEqual({
      ok: false,
      reason: "exists",
    });
    expect((await createStrategy(scope, organisationId, { channel: "", exampleId: null, sections: {}, objectives: [] })).ok).toBe(true);
    expect(await createStrategy(intruder, organisationId, { channel: "facebook", exampleId: null, sections: {}, objectives: [] })).toEqual({
      ok: false,
      reason: "not_found",
    });

    const strategy = (await getStrategy(scope, organisationId, id))!;
    expect(strategy.sections["brand-promise"]).toContain("vers");
    expect(strategy.objectives).toHaveLength(2);
    expect(strategy.objectives[0]).toMatchObject({ kpi: "Volgers", baseline: "420", target: "900", dimensionId: "presence" });
    expect(strategy.objectives[0]!.dueOn > isoDay(today)).toBe(true);
    expect((await listStrategies(scope, organisationId)).map((entry) => entry.channel)).toEqual(["", "instagram"]);
    expect(await getStrategy(intruder, organisationId, id)).toBeNull();
    expect(await listStrategies(intruder, organisationId)).toEqual([]);
    expect(await saveStrategyField(intruder, id, { kind: "section", elementId: "goal" }, "overgenomen")).toEqual({ ok: false, reason: "not_found" });
    expect(await addObjective(intruder, id)).toBeNull();
    expect(await deleteStrategy(intruder, id)).toBe(false);
  });

  it("keep what is typed, also when it is not valid yet, and refuse only a version with problems", async () => {
    const scope = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const id = await bakeryStrategy(scope, organisationId);
    const objectiveId = (await getStrategy(scope, organisationId, id))!.objectives[0]!.id;
    const objective = (name: "target" | "dueOn" | "dimensionId", value: string) =>
      saveStrategyField(scope, id, { kind: "objective", objectiveId, name }, value);
    expect(await objective("target", "heel veel")).toEqual({ ok: true });
    expect(await objective("dueOn", "2020-01-01")).toEqual({ ok: true });
    expect(await objective("dimensionId", "other-model.reach")).toEqual({ ok: true });
    expect(await saveStrategyField(scope, id, { kind: "section", elementId: "goal" }, "x".repeat(5000))).toEqual({ ok: true });
    expect(await saveStrategyField(scope, id, { kind: "section", elementId: "goal" }, "x".repeat(STRATEGY_FIELD_HARD_MAX + 1))).toEqual({
      ok: false,
      reason: "too_long",
    });
    const kept = (await getStrategy(scope, organisationId, id))!;
    expect(kept.objectives[0]).toMatchObject({ target: "heel veel", dueOn: "2020-01-01", dimensionId: "other-model.reach" });
    expect(kept.sections.goal).toHaveLength(5000);

    const refused = await saveStrategyVersion(scope, id, rules);
    expect(refused).toEqual({
      ok: false,
      reason: "invalid",
      problems: {
        "section:goal": "tooLong",
        [`objective:${objectiveId}:target`]: "notANumber",
        [`objective:${objectiveId}:dueOn`]: "dateInPast",
        [`objective:${objectiveId}:dimensionId`]: "unknownDimension",
      },
    });
    expect(await createActionFromObjective(scope, id, objectiveId, rules)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.strategyVersion.count({ where: { strategyId: id } })).toBe(0);
  });

  it("save dated versions tied to the assessment, show what changed, and share one with the client", async () => {
    const scope = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const assessmentId = await completedAssessment(scope, organisationId);
    const id = await bakeryStrategy(scope, organisationId);
    await saveStrategyField(scope, id, { kind: "notes" }, "Intern: budget is krap.");
    expect(await saveStrategyVersion(scope, id, rules)).toEqual({ ok: true, number: 1 });
    expect(await saveStrategyVersion(scope, id, rules)).toEqual({ ok: false, reason: "unchanged" });
    await saveStrategyField(scope, id, { kind: "section", elementId: "frequency" }, "Vier berichten per week.");
    const added = (await addObjective(scope, id))!;
    await saveStrategyField(scope, id, { kind: "objective", objectiveId: added, name: "what" }, "Elke week een reel.");
    expect(await saveStrategyVersion(scope, id, rules)).toEqual({ ok: true, number: 2 });

    const strategy = (await getStrategy(scope, organisationId, id))!;
    expect(strategy.versions.map((version) => [version.number, version.assessment?.id, version.savedByName])).toEqual([
      [2, assessmentId, "Owner"],
      [1, assessmentId, "Owner"],
    ]);
    const [before, after] = (await getStrategyVersionContents(scope, id, [1, 2]))!;
    expect(strategyChanges(before, after).map((change) => change.kind + ("elementId" in change ? `:${change.elementId}` : ""))).toEqual([
      "section:frequency",
      "objectiveAdded",
    ]);
    expect(JSON.stringify([before, after])).not.toContain("budget is krap");

    expect(await listSharedStrategies(scope, organisationId)).toEqual([]);
    const [second, first] = strategy.versions;
    expect(await setStrategyVersionShared(scope, id, first!.id, true)).toBe(true);
    expect(await setStrategyVersionShared(scope, id, second!.id, true)).toBe(true);
    const shared = await listSharedStrategies(scope, organisationId);
    expect(await countSharedStrategies(scope, organisationId)).toBe(1);
    expect(shared.map((entry) => [entry.channel, entry.number])).toEqual([["instagram", 2]]);
    expect(shared[0]!.content.sections.frequency).toBe("Vier berichten per week.");
    expect(JSON.stringify(shared)).not.toContain("budget is krap");
    expect((await loadReportData(scope, organisationId))!.strategies.map((entry) => entry.number)).toEqual([2]);
    const intruder = await createWorkspace();
    expect(await setStrategyVersionShared(intruder, id, first!.id, true)).toBe(false);
    expect(await listSharedStrategies(intruder, organisationId)).toEqual([]);
    expect(await countSharedStrategies(intruder, organisationId)).toBe(0);

    expect(await setStrategyVersionShared(scope, id, second!.id, false)).toBe(true);
    expect(await listSharedStrategies(scope, organisationId)).toEqual([]);
    const actions = (await listAuditEvents(scope, "organisation", organisationId)).map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "organisation.strategy_started",
        "organisation.strategy_version_saved",
        "organisation.strategy_shared",
        "organisation.strategy_unshared",
      ]),
    );
  });

  it("turn an objective into an action in the plan, which outlives the objective", async () => {
    const scope = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const id = await bakeryStrategy(scope, organisationId);
    const objective = (await getStrategy(scope, organisationId, id))!.objectives[0]!;
    const created = await createActionFromObjective(scope, id, objective.id, rules);
    expect(created).toMatchObject({ ok: true, existing: false });
    expect(await createActionFromObjective(scope, id, objective.id, rules)).toEqual({ ...created, existing: true });
    const [action] = await listActionItems(scope, organisationId);
    expect(action).toMatchObject({ title: objective.what, dimensionId: "presence", dueDate: new Date(`${objective.dueOn}T00:00:00Z`) });
    expect((await getStrategy(scope, organisationId, id))!.objectives[0]!.actions.map((entry) => entry.title)).toEqual([objective.what]);
    expect(await removeObjective(scope, id, objective.id)).toBe(true);
    expect(await listActionItems(scope, organisationId)).toHaveLength(1);
    expect(await deleteStrategy(scope, id)).toBe(true);
    expect(await listActionItems(scope, organisationId)).toHaveLength(1);
    expect(await listStrategies(scope, organisationId)).toEqual([]);
  });
});
