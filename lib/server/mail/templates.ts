import "server-only";
// use-intl/core: the same translator as next-intl, without React, so that jobs run outside Next.js too.
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import type { Locale } from "@/lib/i18n/locale";

// Plain templates rather than react-email: every message is a heading, a few paragraphs, at
// most one button and a list, in one shared layout. A function per message gives the HTML and
// the plain text from the same catalog strings, with no extra renderer in the build.

const CATALOGS = { nl, en } as const;

export type MailBrand = { name: string; accentColour: string | null; hasLogo: boolean; timeZone: string };

type DueOrganisation = { name: string; dueOn: Date; overdue: boolean; link: string };
type OverdueAction = { title: string; organisationName: string; dueOn: Date; link: string };

/** Every message Curvewise sends, with what it says. */
export type MailMessage =
  | { kind: "consultant_invitation"; inviterName: string; link: string; expiresAt: Date }
  | { kind: "client_invitation"; inviterName: string; organisationName: string; link: string; expiresAt: Date }
  | { kind: "respondent_link"; organisationName: string; link: string; expiresAt: Date }
  | { kind: "respondent_reminder"; organisationName: string; link: string; expiresAt: Date }
  | { kind: "digest"; recipientName: string; organisations: DueOrganisation[]; actions: OverdueAction[]; settingsLink: string }
  | { kind: "results_ready"; organisationName: string; link: string }
  | { kind: "password_reset"; link: string }
  | { kind: "email_change"; newEmail: string; link: string };

export type MailKind = MailMessage["kind"];
export type MailContent = { subject: string; text: string; html: string };

type Block = { paragraph: string } | { button: { label: string; link: string } } | { list: { text: string; link?: string }[] } | { heading: string };

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const safeColour = (value: string | null) => (value && /^#[0-9a-f]{6}$/i.test(value) ? value : "#1f5fbf");

function layout(locale: Locale, brand: MailBrand, title: string, blocks: Block[], footer: string, fallback: string): Omit<MailContent, "subject"> {
  const accent = safeColour(brand.accentColour);
  const button = blocks.find((block): block is { button: { label: string; link: string } } => "button" in block);
  const htmlBlocks = blocks
    .map((block) => {
      if ("paragraph" in block) return `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(block.paragraph)}</p>`;
      if ("heading" in block) return `<h2 style="margin:24px 0 8px;font-size:16px">${escapeHtml(block.heading)}</h2>`;
      if ("list" in block)
        return `<ul style="margin:0 0 16px;padding-left:20px;line-height:1.5">${block.list
          .map(
            (item) =>
              `<li>${item.link ? `<a href="${escapeHtml(item.link)}" style="color:${accent}">${escapeHtml(item.text)}</a>` : escapeHtml(item.text)}</li>`,
          )
          .join("")}</ul>`;
      return `<p style="margin:24px 0"><a href="${escapeHtml(block.button.link)}" style="display:inline-block;background:${accent};color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600">${escapeHtml(block.button.label)}</a></p>`;
    })
    .join("\n");
  const logo = brand.hasLogo
    ? `<img src="cid:logo" alt="${escapeHtml(brand.name)}" style="max-height:48px;max-width:200px;display:block;margin-bottom:16px">`
    : "";
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;background:#f1f5f9;font-family:Helvetica,Arial,sans-serif;color:#0f172a">
<div style="max-width:560px;margin:0 auto;padding:24px">
<div style="background:#ffffff;border-radius:8px;padding:32px;border-top:4px solid ${accent}">
${logo}<p style="margin:0 0 8px;color:#475569;font-size:14px">${escapeHtml(brand.name)}</p>
<h1 style="margin:0 0 24px;font-size:22px">${escapeHtml(title)}</h1>
${htmlBlocks}
${button ? `<p style="margin:24px 0 0;font-size:13px;color:#475569">${escapeHtml(fallback)}<br><a href="${escapeHtml(button.button.link)}" style="color:${accent};word-break:break-all">${escapeHtml(button.button.link)}</a></p>` : ""}
</div>
<p style="margin:16px 0 0;font-size:12px;color:#64748b;text-align:center">${escapeHtml(footer)}</p>
</div></body></html>`;
  const text = [
    title,
    "",
    ...blocks.flatMap((block) => {
      if ("paragraph" in block) return [block.paragraph, ""];
      if ("heading" in block) return [block.heading, ""];
      if ("list" in block) return [...block.list.map((item) => `- ${item.text}${item.link ? `: ${item.link}` : ""}`), ""];
      return [`${block.button.label}: ${block.button.link}`, ""];
    }),
    "--",
    footer,
  ].join("\n");
  return { text, html };
}

/** The message in the recipient's language, with the workspace's name (and logo). */
export function renderMail(message: MailMessage, locale: Locale, brand: MailBrand): MailContent {
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "mail" });
  const day = (date: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: brand.timeZone }).format(date);
  const moment = (date: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: brand.timeZone }).format(date);
  const workspace = brand.name;
  const footer = t("footer", { workspace });
  const fallback = t("buttonFallback");
  const build = (subject: string, title: string, blocks: Block[]) => ({ subject, ...layout(locale, brand, title, blocks, footer, fallback) });

  switch (message.kind) {
    case "consultant_invitation":
      return build(t("consultantInvitation.subject", { workspace }), t("consultantInvitation.title", { workspace }), [
        { paragraph: t("consultantInvitation.intro", { inviter: message.inviterName, workspace }) },
        { button: { label: t("consultantInvitation.button"), link: message.link } },
        { paragraph: t("linkOnce", { expires: moment(message.expiresAt) }) },
      ]);
    case "client_invitation":
      return build(
        t("clientInvitation.subject", { organisation: message.organisationName }),
        t("clientInvitation.title", { organisation: message.organisationName }),
        [
          { paragraph: t("clientInvitation.intro", { inviter: message.inviterName, workspace, organisation: message.organisationName }) },
          { button: { label: t("clientInvitation.button"), link: message.link } },
          { paragraph: t("linkOnce", { expires: moment(message.expiresAt) }) },
        ],
      );
    case "respondent_link":
      return build(t("respondentLink.subject", { organisation: message.organisationName }), t("respondentLink.title"), [
        { paragraph: t("respondentLink.intro", { workspace, organisation: message.organisationName }) },
        { button: { label: t("respondentLink.button"), link: message.link } },
        { paragraph: t("respondentLink.until", { expires: day(message.expiresAt) }) },
      ]);
    case "respondent_reminder":
      return build(t("respondentReminder.subject", { organisation: message.organisationName }), t("respondentReminder.title"), [
        { paragraph: t("respondentReminder.intro", { organisation: message.organisationName }) },
        { button: { label: t("respondentLink.button"), link: message.link } },
        { paragraph: t("respondentLink.until", { expires: day(message.expiresAt) }) },
      ]);
    case "digest": {
      const overdue = message.organisations.filter((organisation) => organisation.overdue);
      const due = message.organisations.filter((organisation) => !organisation.overdue);
      const blocks: Block[] = [{ paragraph: t("digest.intro", { name: message.recipientName }) }];
      if (overdue.length > 0)
        blocks.push(
          { heading: t("digest.overdueHeading") },
          { list: overdue.map((row) => ({ text: t("digest.overdueItem", { name: row.name, date: day(row.dueOn) }), link: row.link })) },
        );
      if (due.length > 0)
        blocks.push(
          { heading: t("digest.dueHeading") },
          { list: due.map((row) => ({ text: t("digest.dueItem", { name: row.name, date: day(row.dueOn) }), link: row.link })) },
        );
      if (message.actions.length > 0)
        blocks.push(
          { heading: t("digest.actionsHeading") },
          {
            list: message.actions.map((row) => ({
              text: t("digest.actionItem", { title: row.title, organisation: row.organisationName, date: day(row.dueOn) }),
              link: row.link,
            })),
          },
        );
      blocks.push({ paragraph: t("digest.optOut", { link: message.settingsLink }) });
      return build(t("digest.subject", { count: message.organisations.length + message.actions.length }), t("digest.title"), blocks);
    }
    case "results_ready":
      return build(t("resultsReady.subject", { organisation: message.organisationName }), t("resultsReady.title"), [
        { paragraph: t("resultsReady.intro", { workspace, organisation: message.organisationName }) },
        { button: { label: t("resultsReady.button"), link: message.link } },
      ]);
    case "password_reset":
      return build(t("passwordReset.subject"), t("passwordReset.title"), [
        { paragraph: t("passwordReset.intro") },
        { button: { label: t("passwordReset.button"), link: message.link } },
        { paragraph: t("passwordReset.validity") },
        { paragraph: t("passwordReset.notYou") },
      ]);
    case "email_change":
      return build(t("emailChange.subject"), t("emailChange.title"), [
        { paragraph: t("emailChange.intro", { email: message.newEmail }) },
        { button: { label: t("emailChange.button"), link: message.link } },
        { paragraph: t("emailChange.validity") },
      ]);
  }
}
