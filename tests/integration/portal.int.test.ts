import { describe, expect, it } from "vitest";
import { startAssessment, saveAnswer, completeAssessment } from "@/lib/server/assessments";
import { setActionItemDoneAsClient, createClientInvitation, getClientAccess, removeClientViewer, setClientSwitch } from "@/lib/server/client-access";
import { db } from "@/lib/server/db";
import { acceptInvitation, findInvitation } from "@/lib/server/invitations";
import { createOrganisation, getOrganisation } from "@/lib/server/organisations";
import { createActionItem, listActionItems } from "@/lib/server/plans";
import { listPulses, recordPulse } from "@/lib/server/pulses";
import {
  closeRespondentRound,
  createRespondent,
  getRespondentAnalysis,
  getRespondentRound,
  openRespondentLink,
  revokeRespondent,
  RESPONDENT_LINK_LIFETIME_MS,
  saveRespondentAnswer,
  submitRespondentAnswers,
} from "@/lib/server/respondents";
import { getSessionMember } from "@/lib/server/accounts";
import { model, optionAt } from "@/lib/curve/test-support";
import { pulseModel } from "@/lib/curve";
import { createWorkspace, organisationInput, unique } from "./helpers";

type Scope = Awaited<ReturnType<typeof createWorkspace>>;

async function organisationIn(scope: Scope, overrides: Record<string, string> = {}) {
  const created = await createOrganisation(scope, organisationInput(overrides));
  if (!created.ok) throw new Error("organisation");
  return created.value.id;
}

async function clientViewer(scope: Scope, organisationId: string) {
  const email = `client-${unique()}@example.test`;
  const invitation = await createClientInvitation(scope, organisationId, email);
  if (!invitation?.ok) throw new Error("invitation");
  const accepted = await acceptInvitation(invitation.value.token, { name: "Klant", password: "a long enough password" });
  if (!accepted.ok) throw new Error("accept");
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const member = (await getSessionMember(user.id))!;
  return { ...member, organisationId: member.organisationId! };
}

async function draft(scope: Scope, organisationId: string) {
  const started = await startAssessment(scope, organisationId, {
    title: "Ronde",
    assessedOn: new Date("2026-03-01T00:00:00Z"),
    scope: "organisation",
    channel: null,
    baseline: false,
  });
  if (!started.ok) throw new Error(started.reason);
  return started.id;
}

const allAt = (stage: 1 | 2 | 3 | 4) => (itemId: string) => ({ optionId: optionAt(itemId, stage) });
const itemIds = model.dimensions.flatMap((dimension) => dimension.items.map((item) => item.id));

describe("client viewers", () => {
  it("join one organisation through a single-use link and see only it", async () => {
    const scope = await createWorkspace("Bureau Noord");
    const organisationId = await organisationIn(scope, { name: "Bakkerij Noord" });
    const otherId = await organisationIn(scope);
    const email = `client-${unique()}@example.test`;
    const invitation = await createClientInvitation(scope, organisationId, email);
    if (!invitation?.ok) throw new Error("invitation");
    expect(Buffer.from(invitation.value.token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    expect(await findInvitation(invitation.value.token)).toEqual({
      status: "valid",
      email,
      workspaceName: "Bureau Noord",
      role: "CLIENT",
      organisationName: "Bakkerij Noord",
    });
    expect((await getClientAccess(scope, organisationId))!.pending.map((pending) => pending.email)).toEqual([email]);

    const accepted = await acceptInvitation(invitation.value.token, { name: "Klant", password: "a long enough password" });
    expect(accepted).toEqual({ ok: true, value: { email, role: "CLIENT" } });
    expect(await acceptInvitation(invitation.value.token, { name: "Again", password: "a long enough password" })).toEqual({ ok: false, status: "used" });
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    expect(await getSessionMember(user.id)).toMatchObject({ role: "CLIENT", organisationId, workspaceId: scope.workspaceId });
    const access = (await getClientAccess(scope, organisationId))!;
    expect(access.viewers.map((viewer) => viewer.email)).toEqual([email]);
    expect(access.pending).toEqual([]);
    expect((await getClientAccess(scope, otherId))!.viewers).toEqual([]);
  });

  it("cannot be invited to another workspace's organisation", async () => {
    const owner = await createWorkspace();
    const intruder = await createWorkspace();
    const organisationId = await organisationIn(owner);
    expect(await createClientInvitation(intruder, organisationId, `x-${unique()}@example.test`)).toBeNull();
    expect(await getClientAccess(intruder, organisationId)).toBeNull();
    expect(await db.invitation.count({ where: { organisationId } })).toBe(0);
  });

  it("mark their own action items done only when the consultant allows it", async () => {
    const scope = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const otherId = await organisationIn(scope);
    const viewer = await clientViewer(scope, organisationId);
    const itemId = (await createActionItem(scope, organisationId, {
      title: "Contentkalender",
      dimensionId: null,
      ownerName: "",
      dueDate: undefined,
      recommendationId: null,
    }))!;
    const otherItemId = (await createActionItem(scope, otherId, {
      title: "Ander plan",
      dimensionId: null,
      ownerName: "",
      dueDate: undefined,
      recommendationId: null,
    }))!;

    expect(await setActionItemDoneAsClient(viewer, itemId, true)).toBe(false);
    expect((await listActionItems(scope, organisationId))[0]!.status).toBe("OPEN");

    await setClientSwitch(scope, organisationId, "clientsMayCompleteActions", true);
    await setClientSwitch(scope, otherId, "clientsMayCompleteActions", true);
    expect(await setActionItemDoneAsClient(viewer, itemId, true)).toBe(true);
    expect((await listActionItems(scope, organisationId))[0]!.status).toBe("DONE");
    // Another organisation's item stays out of reach, even when that one allows it.
    expect(await setActionItemDoneAsClient(viewer, otherItemId, true)).toBe(false);
    expect((await listActionItems(scope, otherId))[0]!.status).toBe("OPEN");
  });

  it("lose access when the consultant removes them", async () => {
    const scope = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const viewer = await clientViewer(scope, organisationId);
    const intruder = await createWorkspace();
    expect(await removeClientViewer(intruder, organisationId, viewer.userId)).toBe(false);
    expect(await removeClientViewer(scope, organisationId, viewer.userId)).toBe(true);
    expect(await getSessionMember(viewer.userId)).toBeNull();
  });

  it("keep notes internal unless the consultant shares them", async () => {
    const scope = await createWorkspace();
    const internalId = await organisationIn(scope, { notes: "Budget is krap" });
    const sharedId = await organisationIn(scope, { notes: "Welkom!", notesShared: "on" });
    expect((await getOrganisation(scope, internalId))!.notesInternal).toBe(true);
    expect((await getOrganisation(scope, sharedId))!.notesInternal).toBe(false);
  });
});

describe("pulse check-ins", () => {
  it("are stored for the viewer's organisation with their position, and never as assessments", async () => {
    const scope = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const viewer = await clientViewer(scope, organisationId);
    const answers = pulseModel(model).dimensions.map((dimension) => ({ itemId: dimension.items[0]!.id, ...allAt(3)(dimension.items[0]!.id) }));
    expect(await recordPulse(viewer, answers)).toEqual({ ok: true, position: 3 });
    const pulses = await listPulses(scope, organisationId);
    expect(pulses).toHaveLength(1);
    expect(pulses[0]).toMatchObject({ position: 3, stage: 3, authorName: "Klant" });
    expect(await db.assessment.count({ where: { organisationId } })).toBe(0);
    expect(await listPulses(await createWorkspace(), organisationId)).toEqual([]);
  });

  it("refuse answers to questions a pulse does not ask, writing nothing", async () => {
    const scope = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const viewer = await clientViewer(scope, organisationId);
    const notAsked = model.dimensions[0]!.items[1]!.id;
    expect(await recordPulse(viewer, [{ itemId: notAsked, optionId: optionAt(notAsked, 2) }])).toEqual({ ok: false, reason: "invalid_answer" });
    expect(await db.pulse.count({ where: { organisationId } })).toBe(0);
  });
});

describe("respondent rounds", () => {
  it("take answers through single-use links and show perception gaps between rater groups", async () => {
    const scope = await createWorkspace();
    const organisationId = await organisationIn(scope);
    const assessmentId = await draft(scope, organisationId);
    const leader = (await createRespondent(scope, assessmentId, { name: "Directeur", raterGroup: "leadership" }))!;
    const staff = (await createRespondent(scope, assessmentId, { name: "", raterGroup: "staff" }))!;
    const late = (await createRespondent(scope, assessmentId, { name: "Laat", raterGroup: "staff" }))!;
    expect(leader.expiresAt.getTime() - Date.now()).toBeGreaterThan(RESPONDENT_LINK_LIFETIME_MS - 60_000);
    const stored = await db.respondent.findMany({ where: { assessmentId }, select: { tokenHash: true } });
    for (const { token } of [leader, staff, late]) {
      expect(Buffer.from(token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
      expect(stored.some((row) => row.tokenHash.includes(token))).toBe(false);
    }

    const opened = await openRespondentLink(staff.token);
    expect(opened).toMatchObject({ ok: true, session: { name: "", raterGroup: "staff", assessmentTitle: "Ronde", answers: {} } });
    for (const itemId of itemIds) {
      expect(await saveRespondentAnswer(leader.token, { itemId, choice: allAt(3)(itemId) })).toEqual({ ok: true });
      expect(await saveRespondentAnswer(staff.token, { itemId, choice: allAt(2)(itemId) })).toEqual({ ok: true });
    }
    expect((await getRespondentRound(scope, assessmentId))!.responded).toBe(0);
    expect(await submitRespondentAnswers(leader.token)).toEqual({ ok: true });
    expect(await submitRespondentAnswers(staff.token)).toEqual({ ok: true });

    // Used links say so and take nothing more.
    expect(await openRespondentLink(leader.token)).toEqual({ ok: false, reason: "used" });
    expect(await saveRespondentAnswer(leader.token, { itemId: itemIds[0]!, choice: allAt(1)(itemIds[0]!) })).toEqual({ ok: false, reason: "used" });
    expect(await submitRespondentAnswers(late.token)).toEqual({ ok: false, reason: "no_answers" });

    const round = (await getRespondentRound(scope, assessmentId))!;
    expect(round).toMatchObject({ open: true, responded: 2 });
    expect(round.respondents.map((respondent) => respondent.status)).toEqual(["submitted", "submitted", "open"]);

    // One respondent per group: nobody's answers are shown as a group of their own.
    const few = (await getRespondentAnalysis(scope, assessmentId))!;
    expect(few.respondents).toBe(2);
    expect(few.groups).toEqual([]);
    expect(few.pooledGroups).toMatchObject({ raterGroups: ["leadership", "staff"], respondents: 2, result: null });

    for (const [raterGroup, stage] of [
      ["leadership", 3],
      ["leadership", 3],
      ["staff", 2],
      ["staff", 2],
    ] as const) {
      const link = (await createRespondent(scope, assessmentId, { name: "", raterGroup }))!;
      for (const itemId of itemIds) await saveRespondentAnswer(link.token, { itemId, choice: allAt(stage)(itemId) });
      expect(await submitRespondentAnswers(link.token)).toEqual({ ok: true });
    }
    const analysis = (await getRespondentAnalysis(scope, assessmentId))!;
    expect(analysis.respondents).toBe(6);
    expect(analysis.groups.map((group) => [group.raterGroup, group.respondents, group.result.position])).toEqual([
      ["leadership", 3, 3],
      ["staff", 3, 2],
    ]);
    expect(analysis.perceptionGaps.every((gap) => gap.flagged && gap.widest?.high === "leadership" && gap.widest.low === "staff")).toBe(true);
    // The consultant's own assessment is untouched by the respondents.
    expect(await db.assessmentAnswer.count({ where: { assessmentId } })).toBe(0);
    expect(await getRespondentAnalysis(await createWorkspace(), assessmentId)).toBeNull();
  });

  it("close: open links say the round is closed, and nothing more is saved", async () => {
    const scope = await createWorkspace();
    const assessmentId = await draft(scope, await organisationIn(scope));
    const link = (await createRespondent(scope, assessmentId, { name: "", raterGroup: "other" }))!;
    expect(await closeRespondentRound(await createWorkspace(), assessmentId)).toBe(false);
    expect(await closeRespondentRound(scope, assessmentId)).toBe(true);
    expect(await openRespondentLink(link.token)).toEqual({ ok: false, reason: "closed" });
    expect(await saveRespondentAnswer(link.token, { itemId: itemIds[0]!, choice: allAt(2)(itemIds[0]!) })).toEqual({ ok: false, reason: "closed" });
    expect(await createRespondent(scope, assessmentId, { name: "", raterGroup: "other" })).toBeNull();
    expect(await db.respondentAnswer.count({ where: { respondent: { assessmentId } } })).toBe(0);
  });

  it("expire, can be withdrawn, close when the assessment is completed, and refuse foreign answers", async () => {
    const scope = await createWorkspace();
    const assessmentId = await draft(scope, await organisationIn(scope));
    const old = (await createRespondent(scope, assessmentId, { name: "", raterGroup: "staff" }, new Date(Date.now() - RESPONDENT_LINK_LIFETIME_MS - 1000)))!;
    expect(await openRespondentLink(old.token)).toEqual({ ok: false, reason: "expired" });
    expect((await getRespondentRound(scope, assessmentId))!.respondents[0]!.status).toBe("expired");

    const withdrawn = (await createRespondent(scope, assessmentId, { name: "", raterGroup: "staff" }))!;
    const [, row] = (await getRespondentRound(scope, assessmentId))!.respondents;
    expect(await revokeRespondent(await createWorkspace(), row!.id)).toBe(false);
    expect(await revokeRespondent(scope, row!.id)).toBe(true);
    expect(await openRespondentLink(withdrawn.token)).toEqual({ ok: false, reason: "closed" });

    const link = (await createRespondent(scope, assessmentId, { name: "", raterGroup: "staff" }))!;
    expect(await saveRespondentAnswer(link.token, { itemId: "no.such.item", choice: null })).toEqual({ ok: false, reason: "invalid_answer" });
    expect(await saveRespondentAnswer(link.token, { itemId: itemIds[0]!, choice: { optionId: "nonsense" } })).toEqual({ ok: false, reason: "invalid_answer" });
    expect(await openRespondentLink("x".repeat(43))).toEqual({ ok: false, reason: "unknown" });

    let revision = 1;
    for (const itemId of itemIds) {
      const saved = await saveAnswer(scope, { assessmentId, baseRevision: revision, itemId, choice: allAt(2)(itemId), notes: "", evidenceLinks: [] });
      if (!saved.ok) throw new Error(saved.reason);
      revision = saved.revision;
    }
    expect((await completeAssessment(scope, { assessmentId, baseRevision: revision })).ok).toBe(true);
    expect(await openRespondentLink(link.token)).toEqual({ ok: false, reason: "closed" });
  });
});
