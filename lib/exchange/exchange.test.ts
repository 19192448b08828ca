import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { toCsv } from "./csv";
import { readUpload } from "./read";
import { toXlsx } from "./xlsx";

const bytes = (value: string) => new TextEncoder().encode(value);

describe("reading an upload", () => {
  it("reads a workbook's first sheet, dates as days and formulas as formulas, never their results", async () => {
    const workbook = await toXlsx([
      {
        name: "Assessments",
        columns: [{ header: "Organisatie" }, { header: "Datum", kind: "date" }, { header: "strategy.plan" }],
        rows: [["Café", new Date(Date.UTC(2025, 2, 1)), 3]],
      },
    ]);
    const read = await readUpload(new Uint8Array(workbook));
    expect(read).toMatchObject({
      ok: true,
      kind: "xlsx",
      table: [
        ["Organisatie", "Datum", "strategy.plan"],
        ["Café", "2025-03-01", "3"],
      ],
    });
  });

  it("reads CSV with ; or , and a byte-order mark, and marks a cell starting with = as a formula", async () => {
    expect(await readUpload(bytes("\uFEFFOrganisatie;Datum\nCafé;1-3-2025\n"))).toMatchObject({
      ok: true,
      kind: "csv",
      table: [
        ["Organisatie", "Datum"],
        ["Café", "1-3-2025"],
      ],
    });
    expect(await readUpload(bytes("Organisation,Date,x\nA,2025-03-01,=1+1\n"))).toMatchObject({
      table: [
        ["Organisation", "Date", "x"],
        ["A", "2025-03-01", { formula: "1+1" }],
      ],
    });
  });

  it("refuses a CSV that is not UTF-8, a binary file under any name, an empty or too large one", async () => {
    expect(await readUpload(new Uint8Array([0x4f, 0x72, 0x67, 0x3b, 0xe9, 0x0a]))).toEqual({ ok: false, error: "encoding" });
    expect(await readUpload(new Uint8Array([0x4d, 0x5a, 0x00, 0x01, 0x02]))).toEqual({ ok: false, error: "notASpreadsheet" });
    expect(await readUpload(new Uint8Array())).toEqual({ ok: false, error: "notASpreadsheet" });
    expect(await readUpload(new Uint8Array(10 * 1024 * 1024 + 1))).toEqual({ ok: false, error: "tooLarge" });
  });

  it("does not unpack a zip bomb, and takes no other zip for a workbook", async () => {
    const bomb = new JSZip();
    bomb.file("xl/worksheets/sheet1.xml", "0".repeat(60 * 1024 * 1024));
    const packed = await bomb.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
    expect(await readUpload(packed)).toEqual({ ok: false, error: "zipBomb" });
    const other = new JSZip();
    other.file("readme.txt", "hello");
    expect(await readUpload(await other.generateAsync({ type: "uint8array" }))).toEqual({ ok: false, error: "notASpreadsheet" });
  });
});

describe("writing CSV", () => {
  it("escapes what a spreadsheet would run, quotes what needs it, and writes Dutch decimals for Dutch Excel", () => {
    const csv = toCsv(
      [
        ['=HYPERLINK("x")', "+31 6", "-2", "@sum", "a;b", 'say "hi"'],
        [2.5, null, "plain", "", "", ""],
      ],
      ";",
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([`"'=HYPERLINK(""x"")";'+31 6;'-2;'@sum;"a;b";"say ""hi"""`, "2,5;;plain;;;", ""]);
    expect(toCsv([[2.5]], ",")).toBe("\uFEFF2.5\r\n");
  });
});
