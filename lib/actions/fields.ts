import { z } from "zod";
import { parseCalendarDay } from "@/lib/curve";

// Field parsers that several features' schemas share. Whatever arrives may be of any type.

const text = (value: unknown) => (typeof value === "string" ? value : "");
export const trimmed = (value: unknown) => text(value).trim();

/** A calendar day as YYYY-MM-DD, read as midnight UTC. */
export const calendarDate = z.preprocess(
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

export const optionalCalendarDate = z.preprocess((value) => (trimmed(value) === "" ? undefined : value), calendarDate.optional());

/** A record id as a form or a call sends it. */
export const recordId = z.string().min(1).max(64);
