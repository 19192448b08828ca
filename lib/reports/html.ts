// The report as one self-contained HTML page: styles, charts (SVG) and the logo (a data URI) are
// inside it, so it loads nothing from anywhere. The same page is the print page and what
// Chromium turns into the PDF; its print stylesheet sets A4, margins and page breaks.
import type { ReportBlock, ReportDocument } from "./document";
import { escapeXml as escape } from "./svg-charts";

function table(caption: string, headers: string[], rows: string[][], firstColumnHeads = false, captionShown = true): string {
  return `<table><caption${captionShown ? "" : ' class="sr-only"'}>${escape(caption)}</caption><thead><tr>${headers.map((header) => `<th scope="col">${escape(header)}</th>`).join("")}</tr></thead><tbody>${rows
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => (index === 0 && firstColumnHeads ? `<th scope="row">${escape(cell)}</th>` : `<td>${escape(cell)}</td>`)).join("")}</tr>`,
    )
    .join("")}</tbody></table>`;
}

// A table right under a heading of the same words keeps its caption for screen readers only.
const repeatsHeading = (entry: ReportBlock, previous: ReportBlock | undefined) =>
  entry.kind === "table" && previous?.kind === "heading" && previous.text === entry.caption;

function block(entry: ReportBlock, index: number, blocks: readonly ReportBlock[]): string {
  switch (entry.kind) {
    case "heading":
      return `<h3>${escape(entry.text)}</h3>`;
    case "paragraph":
      return `<p${entry.tone ? ` class="${entry.tone}"` : ""}>${escape(entry.text)}</p>`;
    case "facts":
      return `<dl class="facts">${entry.rows.map((row) => `<div><dt>${escape(row.label)}</dt><dd>${escape(row.value)}</dd></div>`).join("")}</dl>`;
    case "list":
      return `<ul>${entry.items.map((item) => `<li>${escape(item)}</li>`).join("")}</ul>`;
    case "table":
      return table(entry.caption, entry.headers, entry.rows, entry.firstColumnHeads, !repeatsHeading(entry, blocks[index - 1]));
    case "chart":
      return `<figure class="chart"><figcaption>${escape(entry.title)}</figcaption>${entry.svg}${table(entry.table.caption, entry.table.headers, entry.table.rows)}</figure>`;
    case "question":
      return `<div class="question"><p class="question-text">${escape(entry.text)}</p><p>${escape(entry.answer)}</p>${entry.notes ? `<p class="note">${escape(entry.notes)}</p>` : ""}${
        entry.links.length ? `<ul class="links">${entry.links.map((link) => `<li><a href="${escape(link)}">${escape(link)}</a></li>`).join("")}</ul>` : ""
      }</div>`;
  }
}

export function renderReportHtml(document: ReportDocument): string {
  const { branding } = document;
  const logo = branding.logo ? `<img class="logo" src="data:${branding.logo.type};base64,${branding.logo.base64}" alt="${escape(branding.name)}">` : "";
  return `<!doctype html>
<html lang="${document.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.title)}</title>
<style>
  :root { --accent: ${branding.accent}; }
  * { box-sizing: border-box; }
  body { font-family: Helvetica, Arial, sans-serif; color: #0f172a; line-height: 1.45; margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem; font-size: 11pt; }
  h1 { font-size: 26pt; margin: 0.4rem 0; color: var(--accent); }
  h2 { font-size: 16pt; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 0.2rem; margin-top: 2rem; }
  h3 { font-size: 12.5pt; margin: 1.2rem 0 0.4rem; }
  .cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; }
  .cover .kicker { text-transform: uppercase; letter-spacing: 0.08em; color: #475569; font-size: 10pt; }
  .cover p { margin: 0.2rem 0; }
  .logo { max-height: 64px; max-width: 240px; margin-bottom: 1.5rem; }
  .muted { color: #475569; }
  .note { background: #f1f5f9; border-left: 3px solid #94a3b8; padding: 0.3rem 0.6rem; }
  .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.6rem 1.2rem; margin: 0.8rem 0; }
  .facts dt { color: #475569; font-size: 9.5pt; }
  .facts dd { margin: 0; font-weight: bold; font-size: 12pt; }
  table { width: 100%; border-collapse: collapse; margin: 0.6rem 0 1rem; font-size: 9.5pt; }
  caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #cbd5e1; padding: 0.25rem 0.4rem 0.25rem 0; }
  thead th { color: #334155; border-bottom: 1.5px solid #64748b; }
  figure { margin: 1rem 0; }
  figure svg { width: 100%; height: auto; display: block; }
  figcaption { font-weight: bold; margin-bottom: 0.3rem; }
  .question { border-bottom: 1px solid #e2e8f0; padding: 0.4rem 0; }
  .question-text { font-weight: bold; margin: 0; }
  .question p { margin: 0.15rem 0; }
  .links { margin: 0.1rem 0; padding-left: 1.2rem; font-size: 9.5pt; word-break: break-all; }
  a { color: var(--accent); }
  footer.report-footer { margin-top: 2rem; color: #475569; font-size: 9pt; border-top: 1px solid #cbd5e1; padding-top: 0.5rem; }
  @page { size: A4; margin: 18mm 16mm 20mm; }
  @media print {
    body { max-width: none; padding: 0; }
    .cover { min-height: 240mm; break-after: page; }
    section.break { break-before: page; }
    figure, .question, tr, dl.facts > div { break-inside: avoid; }
    h2, h3 { break-after: avoid; }
    a { color: inherit; text-decoration: none; }
  }
</style>
</head>
<body>
<main>
<section class="cover">
${logo}
<p class="kicker">${escape(document.cover.kicker)}</p>
<h1>${escape(document.cover.title)}</h1>
${document.cover.lines.map((line) => `<p>${escape(line)}</p>`).join("\n")}
</section>
${document.sections
  .map(
    (section) =>
      `<section id="${escape(section.id)}"${section.breakBefore ? ' class="break"' : ""}><h2>${escape(section.title)}</h2>${section.blocks.map(block).join("\n")}</section>`,
  )
  .join("\n")}
${branding.footer ? `<footer class="report-footer">${escape(branding.footer)}</footer>` : ""}
</main>
</body>
</html>`;
}
