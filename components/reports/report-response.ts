import "server-only";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { isLocale } from "@/lib/i18n/locale";
import { renderReportDocx } from "@/lib/reports/docx";
import { renderReportHtml } from "@/lib/reports/html";
import { NoChromium, renderPdf } from "@/lib/reports/pdf";
import type { ReportData } from "@/lib/server/report";
import { buildReport, type NotesChoice } from "./report-document";
import { reportQuerySchema } from "./schemas";

const TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html; charset=utf-8",
} as const;

function page(status: number, text: string, link?: { href: string; label: string }) {
  const escape = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return new Response(
    `<!doctype html><meta charset="utf-8"><title>Curvewise</title><main style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto"><p>${escape(text)}</p>${link ? `<p><a href="${escape(link.href)}">${escape(link.label)}</a></p>` : ""}</main>`,
    {
      status,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
    },
  );
}

/**
 * Answers a report request: the print page, the PDF or the Word file, in the language asked for
 * (the user's own when none is). `notesFor` decides which notes this reader may choose.
 */
export async function reportResponse(request: Request, data: ReportData | null, notesFor: (asked: NotesChoice) => NotesChoice): Promise<Response> {
  const url = new URL(request.url);
  const query = reportQuerySchema.parse(Object.fromEntries(url.searchParams));
  const current = await getLocale();
  const locale = query.lang ?? (isLocale(current) ? current : "nl");
  const t = await getTranslations({ locale, namespace: "report" });
  if (!data) return page(409, t("notAvailable"));
  const document = await buildReport(data, locale, notesFor(query.notes));
  const headers = (extension: string) => ({
    "Content-Type": TYPES[query.format],
    "Cache-Control": "private, no-store",
    "Content-Disposition": `${query.format === "html" ? "inline" : "attachment"}; filename="${document.fileName}.${extension}"`,
  });
  if (query.format === "docx") return new Response(new Uint8Array(await renderReportDocx(document)), { headers: headers("docx") });
  // The print page is also what Chromium prints.
  const html = renderReportHtml(document);
  if (query.format === "html") return new Response(html, { headers: headers("html") });
  try {
    const pdf = await renderPdf(html, {
      left: [document.clientName, document.branding.footer].filter(Boolean).join(" · "),
      page: document.pageLabel.page,
      of: document.pageLabel.of,
    });
    return new Response(new Uint8Array(pdf), { headers: headers("pdf") });
  } catch (error) {
    if (!(error instanceof NoChromium)) throw error;
    const printPage = new URL(url);
    printPage.searchParams.set("format", "html");
    return page(503, t("buttons.noChromium"), { href: `${printPage.pathname}${printPage.search}`, label: t("buttons.html") });
  }
}
