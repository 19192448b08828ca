import "server-only";
import { Resvg } from "@resvg/resvg-js";
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import type { ReportBlock, ReportDocument } from "./document";

// The report as an editable Word document. Headings use Word's own Heading styles and body text
// the Normal style, so that a consultant restyles the whole report in Word at once; the charts
// are pictures (drawn from the same SVG at twice the size, for sharp print), each with its table.

const PAGE_WIDTH_PX = 620;
const hex = (colour: string) => colour.replace("#", "").toUpperCase();

function png(svg: string, width: number): Uint8Array {
  return new Uint8Array(
    new Resvg(svg, { fitTo: { mode: "width", value: width * 2 }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng(),
  );
}

function table(caption: string, headers: string[], rows: string[][]): FileChild[] {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] });
  return [
    new Paragraph({ children: [new TextRun({ text: caption, bold: true })], spacing: { before: 120, after: 60 } }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: headers.map((header) => cell(header, true)) }),
        ...rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
      ],
    }),
    new Paragraph({ text: "" }),
  ];
}

/** `previousHeading`: a table right under a heading of the same words gets no caption line of its own. */
function block(entry: ReportBlock, previousHeading: string | null): FileChild[] {
  switch (entry.kind) {
    case "heading":
      return [new Paragraph({ text: entry.text, heading: HeadingLevel.HEADING_2 })];
    case "paragraph":
      return [
        new Paragraph({ children: [new TextRun({ text: entry.text, italics: entry.tone === "note", color: entry.tone === "muted" ? "475569" : undefined })] }),
      ];
    case "facts":
      return entry.rows.map(
        (row) => new Paragraph({ children: [new TextRun({ text: `${row.label}: `, color: "475569" }), new TextRun({ text: row.value, bold: true })] }),
      );
    case "list":
      return entry.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case "table":
      return previousHeading === entry.caption ? table(entry.caption, entry.headers, entry.rows).slice(1) : table(entry.caption, entry.headers, entry.rows);
    case "chart": {
      const height = Math.round((PAGE_WIDTH_PX * entry.height) / entry.width);
      return [
        new Paragraph({ children: [new TextRun({ text: entry.title, bold: true })], keepNext: true }),
        new Paragraph({
          children: [
            new ImageRun({
              type: "png",
              data: png(entry.svg, entry.width),
              transformation: { width: PAGE_WIDTH_PX, height },
              altText: { name: entry.title, description: entry.title, title: entry.title },
            }),
          ],
        }),
        ...table(entry.table.caption, entry.table.headers, entry.table.rows),
      ];
    }
    case "question":
      return [
        new Paragraph({ children: [new TextRun({ text: entry.text, bold: true })], keepNext: true, spacing: { before: 120 } }),
        new Paragraph({ text: entry.answer }),
        ...(entry.notes ? [new Paragraph({ children: [new TextRun({ text: entry.notes, italics: true })] })] : []),
        ...entry.links.map(
          (link) => new Paragraph({ children: [new ExternalHyperlink({ link, children: [new TextRun({ text: link, style: "Hyperlink" })] })] }),
        ),
      ];
  }
}

export async function renderReportDocx(document: ReportDocument): Promise<Buffer> {
  const { branding } = document;
  const logo = branding.logo && (branding.logo.type === "image/png" || branding.logo.type === "image/jpeg") ? branding.logo : null;
  const cover: FileChild[] = [
    ...(logo
      ? [
          new Paragraph({
            children: [
              new ImageRun({
                type: logo.type === "image/png" ? "png" : "jpg",
                data: Buffer.from(logo.base64, "base64"),
                transformation: { width: 200, height: 60 },
                altText: { name: branding.name, description: branding.name, title: branding.name },
              }),
            ],
          }),
        ]
      : []),
    new Paragraph({ children: [new TextRun({ text: document.cover.kicker.toUpperCase(), color: "475569" })], spacing: { before: 2400 } }),
    new Paragraph({ text: document.cover.title, heading: HeadingLevel.TITLE }),
    ...document.cover.lines.map((line) => new Paragraph({ text: line })),
  ];
  const body: FileChild[] = document.sections.flatMap((section, index) => [
    new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1, pageBreakBefore: index === 0 || section.breakBefore }),
    ...section.blocks.flatMap((entry, index) => {
      const previous = section.blocks[index - 1];
      return block(entry, previous?.kind === "heading" ? previous.text : null);
    }),
  ]);
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: "CBD5E1", space: 4 } },
        children: [
          new TextRun({
            text: `${document.clientName}${branding.footer ? ` · ${branding.footer}` : ""} · ${document.pageLabel.page} `,
            size: 16,
            color: "475569",
          }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16, color: "475569" }),
          new TextRun({ text: ` ${document.pageLabel.of} `, size: 16, color: "475569" }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: "475569" }),
        ],
      }),
    ],
  });
  const doc = new Document({
    title: document.title,
    creator: branding.name,
    description: document.title,
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 21 } },
        heading1: { run: { color: hex(branding.accent), size: 32, bold: true } },
        heading2: { run: { size: 25, bold: true } },
        title: { run: { color: hex(branding.accent), size: 52, bold: true } },
      },
    },
    sections: [{ footers: { default: footer }, children: [...cover, ...body] }],
  });
  return Packer.toBuffer(doc);
}
