import "server-only";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, isoDay, type SheetCell } from "@/lib/curve";

export type ReadError = "tooLarge" | "notASpreadsheet" | "zipBomb" | "encoding" | "tooManyRows" | "unreadable";
export type ReadResult = { ok: true; kind: "xlsx" | "csv" | "json"; table: SheetCell[][]; text: string | null } | { ok: false; error: ReadError };

// Unpacked, a workbook may be at most this large, and at most this many times its packed size.
const UNPACKED_MAX_BYTES = 100 * 1024 * 1024;
const UNPACKED_MAX_RATIO = 100;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The sizes an XLSX (a zip) claims unpacked, read from its central directory without unpacking. */
function unpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 65_557); offset--) {
    if (view.getUint32(offset, true) !== 0x06054b50) continue;
    const entries = view.getUint16(offset + 10, true);
    let cursor = view.getUint32(offset + 16, true);
    let total = 0;
    for (let entry = 0; entry < entries; entry++) {
      if (cursor + 46 > bytes.length || view.getUint32(cursor, true) !== 0x02014b50) return null;
      total += view.getUint32(cursor + 24, true);
      cursor += 46 + view.getUint16(cursor + 28, true) + view.getUint16(cursor + 30, true) + view.getUint16(cursor + 32, true);
    }
    return total;
  }
  return null;
}

function cellOf(cell: ExcelJS.Cell): SheetCell {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDay(new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate())));
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) return { formula: String((value as { formula?: string }).formula ?? "") };
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
    return "";
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const unpacked = unpackedSize(bytes);
  if (unpacked === null) return { ok: false, error: "notASpreadsheet" };
  if (unpacked > UNPACKED_MAX_BYTES || unpacked > bytes.length * UNPACKED_MAX_RATIO) return { ok: false, error: "zipBomb" };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, error: "notASpreadsheet" };
  }
  // The workspace's own export keeps its assessments on a later sheet: take the first sheet whose header names a date.
  const sheets = workbook.worksheets;
  const sheet = sheets.find((candidate) => candidate.getRow(1).values && /\b(date|datum)\b/i.test(JSON.stringify(candidate.getRow(1).values))) ?? sheets[0];
  if (!sheet) return { ok: false, error: "notASpreadsheet" };
  if (sheet.rowCount > IMPORT_MAX_ROWS + 1) return { ok: false, error: "tooManyRows" };
  const width = sheet.columnCount;
  const table: SheetCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    table.push(Array.from({ length: width }, (_, index) => cellOf(row.getCell(index + 1))));
  });
  return { ok: true, kind: "xlsx", table, text: null };
}

function readText(bytes: Uint8Array): ReadResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return { ok: false, error: "encoding" };
  }
  // A zero byte or other control characters mean a binary file, whatever its name.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text.slice(0, 4096))) return { ok: false, error: "notASpreadsheet" };
  if (/^\s*\{/.test(text)) return { ok: true, kind: "json", table: [], text };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [";", ",", "\t"].map((candidate) => [candidate, firstLine.split(candidate).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  try {
    const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true, to: IMPORT_MAX_ROWS + 2 }) as string[][];
    if (rows.length > IMPORT_MAX_ROWS + 1) return { ok: false, error: "tooManyRows" };
    return {
      ok: true,
      kind: "csv",
      table: rows.map((row) => row.map((cell) => (/^=/.test(cell.trim()) ? { formula: cell.trim().slice(1) } : cell))),
      text: null,
    };
  } catch {
    return { ok: false, error: "unreadable" };
  }
}

/** Reads an upload by what it is, not by its name: an XLSX workbook, a CSV (UTF-8), or a backup's JSON. */
export async function readUpload(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > IMPORT_MAX_BYTES) return { ok: false, error: "tooLarge" };
  if (bytes.length === 0) return { ok: false, error: "notASpreadsheet" };
  if (ZIP.every((byte, index) => bytes[index] === byte)) return readXlsx(bytes);
  return readText(bytes);
}
