import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

// The mail server comes from SMTP_URL (smtp://user:pass@host:587, smtps://host:465). Without
// it nothing is sent: every message is recorded as not sent, and links are shown to copy.

export function mailServerConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

const transports = new Map<string, Transporter>();

export function mailTransport(): Transporter | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  let transport = transports.get(url);
  if (!transport) {
    // Short timeouts: a server that does not answer is retried later, not waited on.
    transport = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    transports.set(url, transport);
  }
  return transport;
}

export function mailSender(): string {
  return process.env.MAIL_FROM || "Curvewise <noreply@localhost>";
}
