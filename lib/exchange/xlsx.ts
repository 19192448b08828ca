import "server-only";
import ExcelJS from "exceljs";

export type SheetColumn = { header: string; width?: number; kind?: "text" | "number" | "date" | "score"; allowed?: readonly string[] };
export type SheetSpec = { name: string; columns: SheetColumn[]; rows: (string | number | Date | null)[][] };

const FORMULA_START = /^[=+\-@]/;

/** A workbook: per sheet a frozen header row, column widths, dates as dates, numbers as numbers, and the allowed values as data validation. */
export async function toXlsx(sheets: readonly SheetSpec[], allowedRows = 0): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Curvewise";
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = spec.columns.map((column) => ({
      header: column.header,
      width: column.width ?? Math.min(60, Math.max(10, column.header.length + 2)),
      style: column.kind === "date" ? { numFmt: "yyyy-mm-dd" } : column.kind === "score" ? { numFmt: "0.00" } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) {
      // Text that looks like a formula stays text: cells are written as values, never as formulas.
      sheet.addRow(row.map((value) => (typeof value === "string" && FORMULA_START.test(value) ? { richText: [{ text: value }] } : value)));
    }
    const lastRow = Math.max(spec.rows.length + 1, allowedRows + 1);
    spec.columns.forEach((column, index) => {
      if (!column.allowed) return;
      const letter = sheet.getColumn(index + 1).letter;
      for (let row = 2; row <= lastRow; row++) {
        sheet.getCell(`${letter}${row}`).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [`"${column.allowed.join(",")}"`],
          showErrorMessage: true,
        };
      }
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
