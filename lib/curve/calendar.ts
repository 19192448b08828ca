// Calendar days. Every date that means a day (an assessment's date, a due date, a target
// date) is kept as midnight UTC of that day, whatever the time zone it was entered in.

const DAY_MS = 86_400_000;
/** The mean length of a month in days, for rates such as "position per month". */
export const DAYS_PER_MONTH = 365.2425 / 12;

/** "2026-12-02" as midnight UTC; null when the text is not a real calendar day. */
export function parseCalendarDay(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const day = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(day.getTime()) || isoDay(day) !== text ? null : day;
}

/** The calendar day of a stored day as "YYYY-MM-DD". */
export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

// One formatter per time zone: making one costs more than a hundred uses of it.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (as midnight UTC) that an instant falls on in a time zone. */
export function calendarDayOf(instant: Date, timeZone = "UTC"): Date {
  let dayFormat = dayFormats.get(timeZone);
  if (!dayFormat) {
    // en-CA formats as YYYY-MM-DD. An unknown time zone throws here, as before, and is not kept.
    dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, dayFormat);
  }
  const text = dayFormat.format(instant);
  return parseCalendarDay(text) ?? new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** Whole or partial days from one instant to another (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

/** Months of mean length from one instant to another. */
export function monthsBetween(from: Date, to: Date): number {
  return daysBetween(from, to) / DAYS_PER_MONTH;
}

/** An instant `months` months of mean length later: for forecasts, not for calendars. */
export function addMeanMonths(instant: Date, months: number): Date {
  return new Date(instant.getTime() + months * DAYS_PER_MONTH * DAY_MS);
}

/** The same day of the month `months` later, or the month's last day when it has fewer days. */
export function addCalendarMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes()));
}

/** The ISO week a calendar day belongs to, as "2026-W49": the period of a weekly job. */
export function isoWeekOf(day: Date): string {
  // The ISO year is the year of the week's Thursday.
  const thursday = addDays(day, 3 - ((day.getUTCDay() + 6) % 7));
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round((daysBetween(firstThursday, thursday) - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/** The hour of the day (0–23) an instant falls on in a time zone. */
export function hourOf(instant: Date, timeZone = "UTC"): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(instant));
}

/** Whether a name is an IANA time zone this runtime knows ("Europe/Amsterdam"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name.includes("/") || name === "UTC";
  } catch {
    return false;
  }
}
