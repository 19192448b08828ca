// The mail the app sent during the run, as e2e/start-server.ts's SMTP server received it.
import fs from "node:fs";
import { expect } from "@playwright/test";
import type { ReceivedMail } from "../tests/smtp-sink";

const MAIL_DIR = `data/e2e-mail-${process.env.E2E_PORT || "3100"}`;

function receivedMail(): ReceivedMail[] {
  if (!fs.existsSync(MAIL_DIR)) return [];
  return fs
    .readdirSync(MAIL_DIR)
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(`${MAIL_DIR}/${file}`, "utf8")) as ReceivedMail);
}

export function mailTo(recipient: string): ReceivedMail[] {
  return receivedMail().filter((mail) => mail.to.includes(recipient));
}

/** Waits for the newest mail to the address that matches. */
export async function waitForMail(recipient: string, matches: (mail: ReceivedMail) => boolean = () => true): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      () => {
        found = mailTo(recipient).filter(matches).pop();
        return Boolean(found);
      },
      { timeout: 45_000, message: `a mail to ${recipient}` },
    )
    .toBe(true);
  return found!;
}

/** The path of the first link in the mail that goes to `path` ("/invite/"), on the server under test. */
export function linkPath(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s/]+(${path.replace(/\//g, "\\/")}[A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return match[1]!;
}
