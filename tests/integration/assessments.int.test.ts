import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/server/audit";
import {
  completeAssessment,
  confirmCarriedOver,
  getAssessment,
  listOrganisationAssessments,
  reopenAssessment,
  saveAnswer,
  startAssessment,
} from "@/lib/server/assessments";
import { db } from "@/lib/server/db";
import { createOrganisation, setOrganisationArchived } from "@/lib/server/organisations";
import { getReassessment, listReassessments, setReassessmentCadence } from "@/lib/server/plans";
import { answersAt, model, optionAt } from "@/lib/curve/test-support";
import type { SaveAnswerInput } from "@/lib/server/assessments";
import { createWorkspace, organisationInput } from "./helpers";

type Scope = Awaited<ReturnType<typeof createWorkspace>>;

async function organisationIn(scope: Scope) {
  const created = await createOrganisation(scope, organisationInput());
  if (!created.ok) throw new Error("organisation");
  return created.value.id;
}

async function draft(scope: Scope, organisationId: string, overrides: Partial<{ baseline: boolean; assessedOn: Date }> = {}) {
  const started = await startAssessment(scope, organisationId, {
    title: "Nulmeting",
    assessedOn: overrides.assessedOn ?? new Date("2026-01-15T00:00:00Z"),
    scope: "organisation",
    channel: null,
    baseline: overrides.baseline ?? false,
  });
  if (!started.ok) throw new Error(started.reason);
  return started.id;
}

const save = (scope: Scope, input: Partial<SaveAnswerInput> & Pick<SaveAnswerInput, "assessmentId" | "baseRevision" | "itemId">) =>
  saveAnswer(scope, { choice: null, notes: "", evidenceLinks: [], ...input });

/** Answers every item at the stage, one save at a time, and returns the last revision. */
async function answerAll(scope: Scope, assessmentId: string, stage: 1 | 2 | 3 | 4, revision = 1) {
  for (const answer of answersAt({}, stage)) {
    const saved = await save(scope, {
      assessmentId,
      baseRevision: revision,
      itemId: answer.itemId,
      choice: { optionId: (answer as { optionId: string }).optionId },
    });
    if (!saved.ok) throw new Error(saved.reason);
    revision = saved.revision;
  }
  return revision;
}

describe("assessments", () => {
  it("saves answers with notes and evidence, each save moving the revision on", async () => {
    const scope = await createWorkspace();
    const id = await draft(scope, await organisationIn(scope));
    const saved = await save(scope, {
      assessmentId: id,
      baseRevision: 1,
      itemId: "strategy.plan",
      choice: { optionId: optionAt("strategy.plan", 2) },
      notes: "Plan per campagne",
      evidenceLinks: ["https://intranet.example.nl/plan"],
    });
    expect(saved).toEqual({ ok: true, revision: 2 });
    const stored = await getAssessment(scope, id);
    expect(stored!.answers).toEqual([
      {
        itemId: "strategy.plan",
        optionId: optionAt("strategy.plan", 2),
        skip: null,
        notes: "Plan per campagne",
        evidenceLinks: ["https://intranet.example.nl/plan"],
        carriedOver: false,
      },
    ]);
  });

  it("refuses a save based on a stale revision and keeps the other person's answer", async () => {
    const scope = await createWorkspace();
    const id = await draft(scope, await organisationIn(scope));
    await save(scope, { assessmentId: id, baseRevision: 1, itemId: "strategy.plan", choice: { optionId: optionAt("strategy.plan", 3) } });
    const stale = await save(scope, { assessmentId: id, baseRevision: 1, itemId: "strategy.plan", choice: { optionId: optionAt("strategy.plan", 1) } });
    expect(stale).toEqual({ ok: false, reason: "stale", revision: 2 });
    expect((await getAssessment(scope, id))!.answers[0]!.optionId).toBe(optionAt("strategy.plan", 3));
  });

  it("refuses answers of another model and writes nothing", async () => {
    const scope = await createWorkspace();
    const id = await draft(scope, await organisationIn(scope));
    expect(await save(scope, { assessmentId: id, baseRevision: 1, itemId: "strategy.plan", choice: { optionId: optionAt("culture.openness", 2) } })).toEqual({
      ok: false,
      reason: "invalid_answer",
    });
    expect(await save(scope, { assessmentId: id, baseRevision: 1, itemId: "v9.unknown", choice: null })).toEqual({ ok: false, reason: "invalid_answer" });
    const stored = await getAssessment(scope, id);
    expect(stored!.answers).toEqual([]);
    expect(stored!.revision).toBe(1);
  });

  it("will not complete with too little data, and names the dimensions", async () => {
    const scope = await createWorkspace();
    const id = await draft(scope, await organisationIn(scope));
    const saved = await save(scope, { assessmentId: id, baseRevision: 1, itemId: "strategy.plan", choice: { optionId: optionAt("strategy.plan", 3) } });
    const outcome = await completeAssessment(scope, { assessmentId: id, baseRevision: (saved as { revision: number }).revision });
    expect(outcome).toMatchObject({ ok: false, reason: "incomplete" });
    const missing = (outcome as { missing: { dimensionId: string; needed: number; dontKnowItemIds: string[] }[] }).missing;
    expect(missing.map((entry) => entry.dimensionId)).toEqual(model.dimensions.map((dimension) => dimension.id));
    expect(missing.find((entry) => entry.dimensionId === "strategy")).toEqual({ dimensionId: "strategy", needed: 1, dontKnowItemIds: [] });
  });

  it("names the don't-know questions that keep a dimension from counting", async () => {
    const scope = await createWorkspace();
    const id = await draft(scope, await organisationIn(scope));
    let revision = await answerAll(scope, id, 2);
    for (const itemId of ["measurement.kpis", "measurement.reporting"]) {
      const saved = await save(scope, { assessmentId: id, baseRevision: revision, itemId, choice: { skip: "dont_know" } });
      revision = (saved as { revision: number }).revision;
    }
    const outcome = await completeAssessment(scope, { assessmentId: id, baseRevision: revision });
    expect(outcome).toEqual({
      ok: false,
      reason: "incomplete",
      missing: [{ dimensionId: "measurement", needed: 1, dontKnowItemIds: ["measurement.kpis", "measurement.reporting"] }],
    });
  });

  it("completes with a dimension that does not apply at all, but not with too many of them", async () => {
    const scope = await createWorkspace();
    const id = await draft(scope, await organisationIn(scope));
    let revision = await answerAll(scope, id, 2);
    const markNotApplicable = async (prefix: string) => {
      for (const item of model.dimensions.find((dimension) => dimension.id === prefix)!.items) {
        const saved = await save(scope, { assessmentId: id, baseRevision: revision, itemId: item.id, choice: { skip: "not_applicable" } });
        revision = (saved as { revision: number }).revision;
      }
    };
    for (const dimension of ["integration", "measurement", "culture", "presence"]) await markNotApplicable(dimension);
    expect(await completeAssessment(scope, { assessmentId: id, baseRevision: revision })).toEqual({
      ok: false,
      reason: "no_position",
      notApplicableDimensionIds: ["presence", "integration", "culture", "measurement"],
      scoredDimensions: 3,
      dimensions: 7,
    });
    // Answering the presence questions again brings four of seven dimensions back: enough.
    for (const item of model.dimensions.find((dimension) => dimension.id === "presence")!.items) {
      const saved = await save(scope, { assessmentId: id, baseRevision: revision, itemId: item.id, choice: { optionId: optionAt(item.id, 2) } });
      revision = (saved as { revision: number }).revision;
    }
    expect(await completeAssessment(scope, { assessmentId: id, baseRevision: revision })).toEqual({ ok: true });
    expect(await getAssessment(scope, id)).toMatchObject({ status: "COMPLETED", position: 2 });
  });

  it("locks a completed assessment, keeps its result, and refuses further saves", async () => {
    const scope = await createWorkspace();
    const id = await draft(scope, await organisationIn(scope));
    const revision = await answerAll(scope, id, 2);
    expect(await completeAssessment(scope, { assessmentId: id, baseRevision: revision })).toEqual({ ok: true });
    const completed = await getAssessment(scope, id);
    expect(completed).toMatchObject({ status: "COMPLETED", position: 2, stage: 2 });
    expect(completed!.dimensionScores.ownership).toBe(2);
    expect(await save(scope, { assessmentId: id, baseRevision: completed!.revision, itemId: "strategy.plan", choice: null })).toEqual({
      ok: false,
      reason: "locked",
    });
    expect((await getAssessment(scope, id))!.answers).toHaveLength(24);
    expect((await listAuditEvents(scope, "assessment", id)).map((event) => event.action)).toEqual(["assessment.completed", "assessment.started"]);
  });

  it("keeps what a reopening took back, and shows it when the assessment is completed again", async () => {
    const scope = await createWorkspace();
    const id = await draft(scope, await organisationIn(scope));
    await completeAssessment(scope, { assessmentId: id, baseRevision: await answerAll(scope, id, 2) });
    expect(await reopenAssessment({ ...scope, role: "OWNER" }, { assessmentId: id, reason: "Nieuwe cijfers" })).toEqual({ ok: true });
    const revision = await answerAll(scope, id, 3, (await getAssessment(scope, id))!.revision);
    expect(await completeAssessment(scope, { assessmentId: id, baseRevision: revision })).toEqual({ ok: true });
    const [completed, reopened] = await listAuditEvents(scope, "assessment", id);
    expect(reopened).toMatchObject({ action: "assessment.reopened", before: { position: 2, stage: 2 }, after: { reason: "Nieuwe cijfers" } });
    expect(completed).toMatchObject({ action: "assessment.completed", before: { position: 2, stage: 2 }, after: { position: 3, stage: 3 } });
  });

  it("lets the owner or the author reopen with a reason, recorded in the audit trail", async () => {
    const owner = await createWorkspace();
    const id = await draft(owner, await organisationIn(owner));
    await completeAssessment(owner, { assessmentId: id, baseRevision: await answerAll(owner, id, 3) });

    const consultant = await db.user.create({
      data: { email: `c-${id}@example.test`, name: "C", passwordHash: "x", membership: { create: { workspaceId: owner.workspaceId, role: "CONSULTANT" } } },
      select: { id: true },
    });
    const other = { workspaceId: owner.workspaceId, userId: consultant.id, role: "CONSULTANT" as const };
    expect(await reopenAssessment(other, { assessmentId: id, reason: "Typfout in antwoord" })).toEqual({ ok: false, reason: "forbidden" });
    const intruder = await createWorkspace();
    expect(await reopenAssessment({ ...intruder, role: "OWNER" }, { assessmentId: id, reason: "Poging" })).toEqual({ ok: false, reason: "not_found" });

    expect(await reopenAssessment({ ...owner, role: "OWNER" }, { assessmentId: id, reason: "Typfout in antwoord" })).toEqual({ ok: true });
    expect(await getAssessment(owner, id)).toMatchObject({ status: "DRAFT", position: null });
    const [reopened] = await listAuditEvents(owner, "assessment", id);
    expect(reopened).toMatchObject({ action: "assessment.reopened", after: { reason: "Typfout in antwoord" } });
  });

  it("copies the previous completed answers as carried over, until confirmed", async () => {
    const scope = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const first = await draft(scope, organisationId);
    await completeAssessment(scope, { assessmentId: first, baseRevision: await answerAll(scope, first, 2) });
    const second = await draft(scope, organisationId, { baseline: true, assessedOn: new Date("2026-07-01T00:00:00Z") });
    const copied = await getAssessment(scope, second);
    expect(copied!.baselineAssessmentId).toBe(first);
    expect(copied!.answers).toHaveLength(24);
    expect(copied!.answers.every((answer) => answer.carriedOver)).toBe(true);

    const changed = await save(scope, { assessmentId: second, baseRevision: 1, itemId: "strategy.plan", choice: { optionId: optionAt("strategy.plan", 3) } });
    const confirmed = await confirmCarriedOver(scope, {
      assessmentId: second,
      baseRevision: (changed as { revision: number }).revision,
      itemIds: ["ownership.sponsor"],
    });
    expect(confirmed.ok).toBe(true);
    const after = await getAssessment(scope, second);
    expect(
      after!.answers
        .filter((answer) => !answer.carriedOver)
        .map((answer) => answer.itemId)
        .sort(),
    ).toEqual(["ownership.sponsor", "strategy.plan"]);
    expect((await listOrganisationAssessments(scope, organisationId)).map((assessment) => assessment.status)).toEqual(["DRAFT", "COMPLETED"]);

    // Completing with answers still carried over asks first, and then confirms them in the same step.
    const revision = (await getAssessment(scope, second))!.revision;
    expect(await completeAssessment(scope, { assessmentId: second, baseRevision: revision })).toEqual({ ok: false, reason: "unconfirmed", carriedOver: 22 });
    expect((await getAssessment(scope, second))!.status).toBe("DRAFT");
    expect(await completeAssessment(scope, { assessmentId: second, baseRevision: revision, confirmCarriedOver: true })).toEqual({ ok: true });
    const completed = (await getAssessment(scope, second))!;
    expect(completed.answers.some((answer) => answer.carriedOver)).toBe(false);
    expect(completed.unchangedFromBaseline).toBe(23);
  });

  it("starts a back-dated assessment from the one before its date, not from the latest", async () => {
    const scope = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const early = await draft(scope, organisationId, { assessedOn: new Date("2025-01-10T00:00:00Z") });
    await completeAssessment(scope, { assessmentId: early, baseRevision: await answerAll(scope, early, 1) });
    const late = await draft(scope, organisationId, { assessedOn: new Date("2026-01-10T00:00:00Z") });
    await completeAssessment(scope, { assessmentId: late, baseRevision: await answerAll(scope, late, 3) });
    const between = await draft(scope, organisationId, { baseline: true, assessedOn: new Date("2025-06-01T00:00:00Z") });
    const copied = (await getAssessment(scope, between))!;
    expect(copied.baselineAssessmentId).toBe(early);
    expect(copied.answers.every((answer) => answer.optionId?.endsWith(".1"))).toBe(true);
  });

  it("never starts, reads or saves across workspaces, and not for archived organisations", async () => {
    const owner = await createWorkspace();
    const intruder = await createWorkspace();
    const organisationId = await organisationIn(owner);
    const id = await draft(owner, organisationId);
    expect(await getAssessment(intruder, id)).toBeNull();
    expect(await listOrganisationAssessments(intruder, organisationId)).toEqual([]);
    expect(await save(intruder, { assessmentId: id, baseRevision: 1, itemId: "strategy.plan", choice: null })).toEqual({ ok: false, reason: "not_found" });
    expect(await completeAssessment(intruder, { assessmentId: id, baseRevision: 1 })).toEqual({ ok: false, reason: "not_found" });
    const input = { title: "x", assessedOn: new Date(), scope: "organisation" as const, channel: null, baseline: false };
    expect(await startAssessment(intruder, organisationId, input)).toEqual({ ok: false, reason: "not_found" });
    await setOrganisationArchived(owner, organisationId, true);
    expect(await startAssessment(owner, organisationId, input)).toEqual({ ok: false, reason: "archived" });
  });
});

describe("reassessment cadence", () => {
  it("is due a cadence after the latest completed assessment, listed soonest first", async () => {
    const scope = await createWorkspace();
    const early = await organisationIn(scope);
    const late = await organisationIn(scope);
    const never = await organisationIn(scope);
    await organisationIn(scope); // no cadence: not listed
    const first = await draft(scope, early, { assessedOn: new Date("2026-01-15T00:00:00Z") });
    await completeAssessment(scope, { assessmentId: first, baseRevision: await answerAll(scope, first, 2) });
    const second = await draft(scope, late, { assessedOn: new Date("2026-09-30T00:00:00Z") });
    await completeAssessment(scope, { assessmentId: second, baseRevision: await answerAll(scope, second, 2) });
    await setReassessmentCadence(scope, early, 6);
    await setReassessmentCadence(scope, late, 3);
    await setReassessmentCadence(scope, never, 12);

    const now = new Date("2026-11-28T00:00:00Z");
    const due = await listReassessments(scope, now);
    const byId = new Map(due.map((entry) => [entry.organisationId, entry]));
    expect(due).toHaveLength(3);
    expect(byId.get(early)).toMatchObject({ due: new Date("2026-07-15T00:00:00Z"), status: "overdue", cadenceMonths: 6 });
    expect(byId.get(late)).toMatchObject({ due: new Date("2026-12-30T00:00:00Z"), status: "scheduled" });
    expect(byId.get(never)!.lastAssessedOn).toBeNull();
    expect(await getReassessment(scope, early, now)).toMatchObject({ cadenceMonths: 6, status: "overdue" });
    expect((await listAuditEvents(scope, "organisation", early)).some((event) => event.after?.reassessmentMonths === 6)).toBe(true);
  });
});
