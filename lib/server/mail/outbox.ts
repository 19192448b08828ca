import "server-only";
import { db, type Tx } from "../db";
import type { WorkspaceScope } from "../scope";
import { openBody, sealBody } from "./seal";
import { renderMail, type MailKind, type MailMessage } from "./templates";
import { mailSender, mailServerConfigured, mailTransport } from "./transport";
import { isLocale, type Locale } from "@/lib/i18n/locale";

// Every e-mail goes through the outbox: written in the transaction of what caused it, so that
// a message exists exactly when its cause does, and sent afterwards by deliverOutbox, which
// any app server (or `npm run jobs:once`) may run: each message is claimed by a conditional
// update first, so that two workers never send the same one.

type OutboxStatus = "PENDING" | "SENDING" | "SENT" | "FAILED" | "NOT_SENT";

/** What lastError says of a message that was never meant to be sent. */
export const NO_MAIL_SERVER = "no mail server configured";

const MAX_ATTEMPTS = 10;
const CLAIM_MS = 2 * 60_000;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** 30 s, 1 min, 2 min, … at most an hour: ten attempts span about three hours. */
function retryDelayMs(attemptsSoFar: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attemptsSoFar - 1), LONGEST_RETRY_MS);
}

export type OutgoingMail = { workspaceId: string | null; recipient: string; locale: Locale; message: MailMessage };

/** Writes the message to the outbox inside the caller's transaction. */
export async function enqueueMail(tx: Tx, mail: OutgoingMail, now: Date = new Date()): Promise<void> {
  const workspace = mail.workspaceId
    ? await tx.workspace.findUnique({
        where: { id: mail.workspaceId },
        select: { name: true, brandName: true, accentColour: true, logoType: true, timeZone: true },
      })
    : null;
  const content = renderMail(mail.message, mail.locale, {
    name: workspace ? workspace.brandName || workspace.name : "Curvewise",
    accentColour: workspace?.accentColour ?? null,
    hasLogo: Boolean(workspace?.logoType),
    timeZone: workspace?.timeZone ?? "Europe/Amsterdam",
  });
  const configured = mailServerConfigured();
  await tx.outboxMessage.create({
    data: {
      workspaceId: mail.workspaceId,
      recipient: mail.recipient,
      kind: mail.message.kind,
      locale: mail.locale,
      subject: content.subject,
      body: configured ? sealBody(JSON.stringify({ text: content.text, html: content.html })) : null,
      status: configured ? "PENDING" : "NOT_SENT",
      lastError: configured ? null : NO_MAIL_SERVER,
      nextAttemptAt: now,
    },
  });
  deliverSoon();
}

// On globalThis, not in a module variable: the runner (instrumentation) and the server actions
// that queue mail are bundled apart in Next.js, each with its own copy of this module.
const prompt = globalThis as unknown as { curvewiseSendPromptly?: boolean; curvewiseDeliveryScheduled?: boolean };

/** In the app server the job runner turns this on: a new message is sent at once, not at the next poll. */
export function sendQueuedMailPromptly(): void {
  prompt.curvewiseSendPromptly = true;
}

function deliverSoon(): void {
  if (!prompt.curvewiseSendPromptly || prompt.curvewiseDeliveryScheduled) return;
  prompt.curvewiseDeliveryScheduled = true;
  const deliver = () => deliverOutbox().catch((error: unknown) => console.error("[mail] delivery failed:", error instanceof Error ? error.message : error));
  // Once the caller's transaction has most likely committed, and once more in case it had not.
  setTimeout(() => {
    prompt.curvewiseDeliveryScheduled = false;
    void deliver().then(() => setTimeout(deliver, 2_000));
  }, 300);
}

export type DeliveryReport = { sent: number; retrying: number; failed: number };

/** Sends what is due: new messages, retries whose time has come, and claims a crashed worker left. */
export async function deliverOutbox(options: { now?: Date; limit?: number } = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  const transport = mailTransport();
  if (!transport) return report;
  const now = options.now ?? new Date();
  const candidates = await db.outboxMessage.findMany({
    where: {
      OR: [
        { status: "PENDING", nextAttemptAt: { lte: now } },
        { status: "SENDING", claimedUntil: { lt: now } },
      ],
    },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 50,
    select: { id: true, status: true, attempts: true },
  });
  for (const candidate of candidates) {
    const claimed = await db.outboxMessage.updateMany({
      where: { id: candidate.id, status: candidate.status, attempts: candidate.attempts },
      data: { status: "SENDING", attempts: { increment: 1 }, claimedUntil: new Date(now.getTime() + CLAIM_MS) },
    });
    if (claimed.count !== 1) continue; // another worker has it
    const message = await db.outboxMessage.findUniqueOrThrow({
      where: { id: candidate.id },
      select: { recipient: true, subject: true, body: true, workspaceId: true, attempts: true },
    });
    const opened = message.body ? openBody(message.body) : null;
    if (!opened) {
      await db.outboxMessage.update({
        where: { id: candidate.id },
        data: { status: "FAILED", body: null, claimedUntil: null, lastError: "the message could not be read (AUTH_SECRET changed?)" },
      });
      report.failed += 1;
      continue;
    }
    const { text, html } = JSON.parse(opened) as { text: string; html: string };
    try {
      await transport.sendMail({
        from: mailSender(),
        to: message.recipient,
        subject: message.subject,
        text,
        html,
        attachments: html.includes("cid:logo") && message.workspaceId ? await logoAttachment(message.workspaceId) : [],
      });
      await db.outboxMessage.update({
        where: { id: candidate.id },
        data: { status: "SENT", sentAt: new Date(), body: null, claimedUntil: null, lastError: null },
      });
      report.sent += 1;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const givingUp = message.attempts >= MAX_ATTEMPTS;
      await db.outboxMessage.update({
        where: { id: candidate.id },
        data: givingUp
          ? { status: "FAILED", body: null, claimedUntil: null, lastError }
          : { status: "PENDING", claimedUntil: null, lastError, nextAttemptAt: new Date(Date.now() + retryDelayMs(message.attempts)) },
      });
      if (givingUp) report.failed += 1;
      else report.retrying += 1;
    }
  }
  return report;
}

async function logoAttachment(workspaceId: string) {
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { logo: true, logoType: true } });
  if (!workspace?.logo || !workspace.logoType) return [];
  return [
    {
      filename: workspace.logoType === "image/png" ? "logo.png" : "logo.jpg",
      content: Buffer.from(workspace.logo),
      contentType: workspace.logoType,
      cid: "logo",
    },
  ];
}

export type OutboxEntry = {
  id: string;
  recipient: string;
  kind: MailKind;
  locale: Locale;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

/** The workspace's last 200 messages, newest first; never their bodies. */
export async function listOutbox(scope: Pick<WorkspaceScope, "workspaceId">): Promise<OutboxEntry[]> {
  const rows = await db.outboxMessage.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      recipient: true,
      kind: true,
      locale: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
    },
  });
  return rows.map((row) => ({ ...row, kind: row.kind as MailKind, locale: isLocale(row.locale) ? row.locale : "nl", status: row.status as OutboxStatus }));
}
