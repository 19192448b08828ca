import type { getFormatter } from "next-intl/server";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** How scores, changes and calendar days read everywhere, in the user's locale. */
export function scoreFormatters(format: Formatter) {
  const score = (value: number | null | undefined) => (value == null ? "—" : format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const change = (value: number | null) => (value === null ? "—" : `${value > 0 ? "+" : value < 0 ? "−" : "±"}${score(Math.abs(value))}`);
  // Assessment dates are calendar days stored as midnight UTC.
  const day = (value: Date | null | undefined) => (value ? format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" }) : "—");
  return { score, change, day };
}
