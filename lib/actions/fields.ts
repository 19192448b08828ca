import { z } from "zod";
import { isoDay, parseCalendarDay } from "@/lib/curve";
import { LOCALES } from "@/lib/i18n/locale";

// Field parsers that several features' schemas share. Whatever arrives may be of any type.

export const text = (value: unknown) => (typeof value === "string" ? value : "");
export const trimmed = (value: unknown) => text(value).trim();

/** A calendar day as YYYY-MM-DD, read as midnight UTC. */
const calendarDate = z.preprocess(
  trimmed,
  z
    .string()
    .min(1, "required")
    .regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate")
    .transform((value, ctx) => {
      const day = parseCalendarDay(value);
      if (!day) {
        ctx.addIssue({ code: "custom", message: "invalidDate" });
        return z.NEVER;
      }
      return day;
    }),
);

/**
 * A calendar day between two days (inclusive); the message names both: "dateOutOfRange|from=…|to=…".
 * The range is made when the form is sent, since it depends on today.
 */
export function calendarDateBetween(from: Date, to: Date) {
  return calendarDate.refine((day) => day.getTime() >= from.getTime() && day.getTime() <= to.getTime(), `dateOutOfRange|from=${isoDay(from)}|to=${isoDay(to)}`);
}

/** The earliest day Curvewise takes: social media strategy dates from before 2000 are mistakes. */
export const EARLIEST_DAY = new Date("2000-01-01T00:00:00Z");

/**
 * "example.nl/page" becomes "https://example.nl/page", as people type addresses; an empty value
 * is no address; anything that is not an http(s) address with a dotted host name is invalid.
 */
export function normaliseWebAddress(raw: string): { valid: true; website: string | null } | { valid: false } {
  const value = raw.trim();
  if (!value) return { valid: true, website: null };
  if (/\s/.test(value)) return { valid: false };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { valid: false };
  }
  const isWeb = url.protocol === "http:" || url.protocol === "https:";
  return isWeb && /\.[a-z]{2,}$/i.test(url.hostname) ? { valid: true, website: url.toString() } : { valid: false };
}

/** A record id as a form or a call sends it. */
export const recordId = z.string().min(1).max(64);

/** "nl" or "en": the language of someone's mail, or of the app. */
export const localeField = z.preprocess(trimmed, z.enum(LOCALES, { error: "invalidChoice" }));
