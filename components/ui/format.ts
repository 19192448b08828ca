// Intl formatters are costly to make and cheap to use: one per locale for the life of the
// process (they hold no data of anyone's), instead of one per call or per request.
const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function once<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = made.get(key) as T | undefined;
  if (!formatter) made.set(key, (formatter = make()));
  return formatter;
}

/** How scores, changes and calendar days read everywhere, in the user's locale. */
export function scoreFormatters(locale: string) {
  const twoDecimals = once(`score:${locale}`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  // Assessment dates are calendar days stored as midnight UTC.
  const mediumDay = once(`day:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }));
  const plain = once(`number:${locale}`, () => new Intl.NumberFormat(locale));
  const score = (value: number | null | undefined) => (value == null ? "—" : twoDecimals.format(value));
  const change = (value: number | null) => (value === null ? "—" : `${value > 0 ? "+" : value < 0 ? "−" : "±"}${score(Math.abs(value))}`);
  const day = (value: Date | null | undefined) => (value ? mediumDay.format(value) : "—");
  /** A number as it is, such as an axis's tick. */
  const number = (value: number) => plain.format(value);
  return { score, change, day, number };
}
