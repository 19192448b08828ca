// A report as a list of sections of plain blocks, already in one language. The print page, the
// PDF and the Word document are drawn from the same document; a feature adds a section by
// adding blocks, never by touching a renderer.

export type ReportBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; tone?: "muted" | "note" }
  | { kind: "facts"; rows: { label: string; value: string }[] }
  | { kind: "list"; items: string[] }
  | { kind: "table"; caption: string; headers: string[]; rows: string[][]; firstColumnHeads?: boolean }
  /** A chart and the table with its numbers, which always goes with it. */
  | { kind: "chart"; title: string; svg: string; width: number; height: number; table: { caption: string; headers: string[]; rows: string[][] } }
  | { kind: "question"; text: string; answer: string; notes: string | null; links: string[] };

export type ReportSection = { id: string; title: string; blocks: ReportBlock[]; breakBefore?: boolean };

export type ReportDocument = {
  lang: "nl" | "en";
  title: string;
  /** Without extension: Bakkerij-Van-Dam-voortgangsrapport-2026-10-02 */
  fileName: string;
  clientName: string;
  branding: { name: string; logo: { type: string; base64: string } | null; accent: string; footer: string };
  cover: { kicker: string; title: string; lines: string[] };
  sections: ReportSection[];
  /** "Page 3 of 12" pieces for the PDF footer. */
  pageLabel: { page: string; of: string };
};

/** A file name from words: no spaces, nothing a file system or a header would trip over. */
export function reportFileName(parts: string[]): string {
  return parts
    .map((part) =>
      part
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[^A-Za-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter(Boolean)
    .join("-");
}
