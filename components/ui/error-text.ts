"use client";

import { useTranslations } from "next-intl";

/**
 * The text of an error key from a server action, with the values that travel with it
 * ("tooLong|max=120", "dateOutOfRange|from=2000-01-01|to=2027-01-02"): days become dates.
 */
export function useErrorText() {
  const te = useTranslations("errors");
  return (encoded: string | undefined, extra: Record<string, string | number> = {}) => {
    if (!encoded) return undefined;
    const [key = "", ...parts] = encoded.split("|");
    const values: Record<string, string | number | Date> = { ...extra };
    for (const part of parts) {
      const [name = "", value = ""] = part.split("=");
      values[name] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    }
    return te.has(key) ? te(key, values) : te("invalidChoice");
  };
}
