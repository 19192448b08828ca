import "server-only";

/** Dutch Excel opens `;`-separated files; English Excel `,`. */
export const separatorFor = (locale: string) => (locale === "nl" ? ";" : ",");

// A cell starting with one of these is a formula to a spreadsheet: written with a leading
// apostrophe, it is shown as the text it is (OWASP's advice on CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null, separator: string): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value).replace(".", separator === ";" ? "," : ".") : FORMULA_START.test(value) ? `'${value}` : value;
  return /["\n\r]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, so that Excel reads the accents right; CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[], separator: string): string {
  return `\uFEFF${rows.map((row) => row.map((value) => cell(value, separator)).join(separator)).join("\r\n")}\r\n`;
}
