import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { authenticate, getSessionMember } from "@/lib/server/accounts";
import { checkPasswordResetLink, requestPasswordReset, resetPassword, RESET_MAX_PER_ADDRESS } from "@/lib/server/account";
import { db } from "@/lib/server/db";
import { acceptInvitation, createConsultantInvitation, findInvitation } from "@/lib/server/invitations";
import { deliverOutbox, listOutbox, NO_MAIL_SERVER } from "@/lib/server/mail/outbox";
import { createOrganisation } from "@/lib/server/organisations";
import { completeAssessment, saveAnswer, startAssessment } from "@/lib/server/assessments";
import { createClientInvitation, setClientSwitch } from "@/lib/server/client-access";
import { createRespondent, openRespondentLink } from "@/lib/server/respondents";
import { model, optionAt } from "@/lib/curve/test-support";
import { linkIn, startSmtpSink, type SmtpSink } from "../smtp-sink";
import { createWorkspace, organisationInput, unique } from "./helpers";

const tokenOf = (link: string) => link.split("/").pop()!;
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("without a mail server", () => {
  it("records every message as not sent, without its contents, and the link still works", async () => {
    delete process.env.SMTP_URL;
    const scope = await createWorkspace();
    const email = `sam-${unique()}@example.test`;
    const invitation = await createConsultantInvitation(scope, email, { locale: "en", origin: "https://app.example.test" });
    expect(invitation.ok).toBe(true);
    const rows = await db.outboxMessage.findMany({ where: { workspaceId: scope.workspaceId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ recipient: email, kind: "consultant_invitation", locale: "en", status: "NOT_SENT", lastError: NO_MAIL_SERVER, body: null });
    expect(rows[0]!.subject).toMatch(/Invitation to Bureau/);
    expect(await deliverOutbox()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const [listed] = await listOutbox(scope);
    expect(listed).not.toHaveProperty("body");
    if (invitation.ok) expect((await findInvitation(invitation.value.token)).status).toBe("valid");
  });
});

describe("with a mail server", () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
    process.env.SMTP_URL = sink.url;
    process.env.MAIL_FROM = "Groeipad Advies <noreply@groeipad.test>";
  });
  afterEach(() => {
    sink.refusing = false;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    delete process.env.MAIL_FROM;
    await sink.close();
  });

  it("sends an invitation in the language the inviter chose, with a link that works once", async () => {
    const scope = await createWorkspace("Groeipad Advies");
    const email = `collega-${unique()}@example.test`;
    await createConsultantInvitation(scope, email, { locale: "en", origin: "https://app.example.test" });
    // Only the sealed message is stored while it waits: never the link itself.
    const waiting = await db.outboxMessage.findFirstOrThrow({ where: { recipient: email } });
    expect(waiting.status).toBe("PENDING");
    expect(waiting.body).not.toContain("/invite/");

    expect((await deliverOutbox()).sent).toBeGreaterThanOrEqual(1);
    const mail = await sink.waitFor((received) => received.to.includes(email));
    expect(mail.subject).toBe("Invitation to Groeipad Advies in Curvewise");
    expect(mail.language).toBe("en");
    expect(mail.from).toContain("noreply@groeipad.test");
    expect(mail.text).toContain("Accept the invitation");
    expect(mail.html).toContain("Groeipad Advies");
    const link = linkIn(mail, "/invite/");
    expect(link.startsWith("https://app.example.test/invite/")).toBe(true);

    expect(await findInvitation(tokenOf(link))).toMatchObject({ status: "valid", email });
    expect((await acceptInvitation(tokenOf(link), { name: "Sam", password: "another long password" })).ok).toBe(true);
    expect((await findInvitation(tokenOf(link))).status).toBe("used");
    const sent = await db.outboxMessage.findFirstOrThrow({ where: { recipient: email } });
    expect(sent).toMatchObject({ status: "SENT", body: null, attempts: 1 });
    expect(sent.sentAt).not.toBeNull();
  });

  it("writes to a client viewer in Dutch when the consultant chose Dutch", async () => {
    const scope = await createWorkspace("Groeipad Advies");
    const organisation = await createOrganisation(scope, organisationInput({ name: `Bakkerij ${unique()}` }));
    if (!organisation.ok) throw new Error("organisation");
    const email = `klant-${unique()}@example.test`;
    await createClientInvitation(scope, organisation.value.id, email, { locale: "nl" });
    await deliverOutbox();
    const mail = await sink.waitFor((received) => received.to.includes(email));
    expect(mail.language).toBe("nl");
    expect(mail.subject).toMatch(/^Uw voortgangsdashboard voor Bakkerij/);
    expect(mail.text).toContain("Mijn dashboard openen");
  });

  it("records a refusal, retries later, and sends once the server takes mail again", async () => {
    const scope = await createWorkspace();
    const email = `later-${unique()}@example.test`;
    sink.refusing = true;
    await createConsultantInvitation(scope, email);
    expect(await deliverOutbox()).toMatchObject({ sent: 0, retrying: 1 });
    const refused = await db.outboxMessage.findFirstOrThrow({ where: { recipient: email } });
    expect(refused).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(refused.lastError).toMatch(/451|unavailable/);
    expect(refused.body).not.toBeNull();
    // Not before its time has come…
    expect((await deliverOutbox()).sent).toBe(0);
    sink.refusing = false;
    // …and then it goes.
    expect((await deliverOutbox({ now: later(2) })).sent).toBe(1);
    await sink.waitFor((received) => received.to.includes(email));
    expect(await db.outboxMessage.findFirstOrThrow({ where: { recipient: email } })).toMatchObject({
      status: "SENT",
      attempts: 2,
      lastError: null,
      body: null,
    });
    expect(sink.messages.filter((received) => received.to.includes(email))).toHaveLength(1);
  });

  it("resets a password through a single-use link; the old password and every session end", async () => {
    const scope = await createWorkspace();
    const before = await db.user.findUniqueOrThrow({ where: { id: scope.userId }, select: { sessionVersion: true } });
    expect(await getSessionMember(scope.userId, before.sessionVersion)).not.toBeNull();

    expect(await requestPasswordReset(scope.email, `10.0.0.${Math.floor(Math.random() * 200)}`, { origin: "https://app.example.test" })).toBe("requested");
    await deliverOutbox();
    const mail = await sink.waitFor((received) => received.to.includes(scope.email));
    expect(mail.language).toBe("nl");
    const token = tokenOf(linkIn(mail, "/reset-password/"));
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(await db.accountToken.count({ where: { tokenHash: { contains: token } } })).toBe(0);
    expect(await checkPasswordResetLink(token)).toBe("valid");

    expect(await resetPassword(token, "a brand new password")).toEqual({ ok: true, email: scope.email });
    expect(await resetPassword(token, "yet another password")).toEqual({ ok: false, status: "used" });
    expect(await checkPasswordResetLink(token)).toBe("used");
    expect((await authenticate({ email: scope.email, password: "correct horse battery" }, "10.1.1.1")).status).toBe("invalid");
    expect((await authenticate({ email: scope.email, password: "a brand new password" }, "10.1.1.1")).status).toBe("ok");
    // The session from before the reset no longer counts.
    expect(await getSessionMember(scope.userId, before.sessionVersion)).toBeNull();
    expect(await getSessionMember(scope.userId, before.sessionVersion + 1)).not.toBeNull();
  });

  it("answers an unknown address the same and sends it nothing", async () => {
    const email = `nobody-${unique()}@example.test`;
    expect(await requestPasswordReset(email, "10.2.2.2")).toBe("requested");
    expect(await deliverOutbox()).toMatchObject({ sent: 0 });
    expect(await db.outboxMessage.count({ where: { recipient: email } })).toBe(0);
    expect(sink.messages.some((received) => received.to.includes(email))).toBe(false);
  });

  it("refuses a link that has expired, and limits requests per address", async () => {
    const scope = await createWorkspace();
    const longAgo = new Date(Date.now() - 2 * 60 * 60_000);
    await requestPasswordReset(scope.email, "10.3.3.3", { now: longAgo });
    await deliverOutbox();
    const token = tokenOf(linkIn(await sink.waitFor((received) => received.to.includes(scope.email)), "/reset-password/"));
    expect(await checkPasswordResetLink(token)).toBe("expired");
    expect(await resetPassword(token, "a brand new password")).toEqual({ ok: false, status: "expired" });

    for (let attempt = 0; attempt < RESET_MAX_PER_ADDRESS; attempt += 1) expect(await requestPasswordReset(scope.email, `10.4.4.${attempt}`)).toBe("requested");
    expect(await requestPasswordReset(scope.email, "10.4.4.99")).toBe("rate_limited");
    // Only the newest link works.
    const links = await db.accountToken.findMany({ where: { userId: scope.userId, purpose: "PASSWORD_RESET", usedAt: null } });
    expect(links).toHaveLength(1);
  });

  it("sends a respondent their link, and client viewers their new results when the organisation asks for that", async () => {
    const scope = await createWorkspace("Groeipad Advies");
    const organisation = await createOrganisation(scope, organisationInput({ name: `Zorggroep ${unique()}` }));
    if (!organisation.ok) throw new Error("organisation");
    const organisationId = organisation.value.id;
    const viewerEmail = `klant-${unique()}@example.test`;
    const invitation = await createClientInvitation(scope, organisationId, viewerEmail, { locale: "en" });
    if (!invitation?.ok) throw new Error("invitation");
    await acceptInvitation(invitation.value.token, { name: "Klant", password: "a long enough password" });
    await db.user.update({ where: { email: viewerEmail }, data: { locale: "en" } });
    await setClientSwitch(scope, organisationId, "notifyClientsOfResults", true);

    const started = await startAssessment(scope, organisationId, {
      title: "Ronde",
      assessedOn: new Date(),
      scope: "organisation",
      channel: null,
      baseline: false,
    });
    if (!started.ok) throw new Error(started.reason);
    const respondentEmail = `medewerker-${unique()}@example.test`;
    await createRespondent(scope, started.id, { name: "", raterGroup: "staff", email: respondentEmail, locale: "nl", origin: "https://app.example.test" });
    await deliverOutbox();
    const linkMail = await sink.waitFor((received) => received.to.includes(respondentEmail));
    expect(linkMail.subject).toMatch(/^Uw mening over social media bij Zorggroep/);
    expect((await openRespondentLink(tokenOf(linkIn(linkMail, "/respond/")))).ok).toBe(true);

    let revision = 1;
    for (const item of model.dimensions.flatMap((dimension) => dimension.items)) {
      const saved = await saveAnswer(scope, {
        assessmentId: started.id,
        baseRevision: revision,
        itemId: item.id,
        choice: { optionId: optionAt(item.id, 3) },
        notes: "",
        evidenceLinks: [],
      });
      if (!saved.ok) throw new Error(saved.reason);
      revision = saved.revision;
    }
    expect((await completeAssessment(scope, { assessmentId: started.id, baseRevision: revision, origin: "https://app.example.test" })).ok).toBe(true);
    await deliverOutbox();
    const results = await sink.waitFor((received) => received.to.includes(viewerEmail) && received.subject.startsWith("New results"));
    expect(results.language).toBe("en");
    expect(results.text).toContain("https://app.example.test/portal");
  });
});
