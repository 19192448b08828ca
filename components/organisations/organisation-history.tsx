import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { CHANNEL_NAMES, localize, strategyExample, type Channel } from "@/lib/curve";
import { isLocale } from "@/lib/i18n/locale";
import type { AuditEntry } from "@/lib/server/audit";
import { countryName } from "./country-options";

const WITHOUT_DETAILS = /\.(created|started)$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TARGET = /^(\d)(?: @ (\d{4}-\d{2}-\d{2}))?$/;

/**
 * The audit trail in words: labels instead of field names, and every value as a person reads it
 * in their language (stages by name, positions and dates in the local format, yes or no).
 */
export async function OrganisationHistory({
  entries,
  fieldLabels = {},
  stageNames = {},
}: {
  entries: AuditEntry[];
  /** Names for fields that are not fixed, such as a target's dimension. */
  fieldLabels?: Record<string, string>;
  stageNames?: Record<number, string>;
}) {
  const t = await getTranslations("history");
  const to = await getTranslations("organisations");
  const tp = await getTranslations("plans");
  const tr = await getTranslations("respond");
  const format = await getFormatter();
  const locale = await getLocale();
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;

  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const display = (action: string, field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value === "boolean") return t(value ? "values.yes" : "values.no");
    if (Array.isArray(value))
      return value.length ? value.map((entry) => (field === "channels" ? (CHANNEL_NAMES[entry as Channel] ?? String(entry)) : String(entry))).join(", ") : "—";
    if (action === "organisation.action_status") return tp.has(`statuses.${value}`) ? tp(`statuses.${value}`) : String(value);
    if (action === "organisation.targets_updated") {
      const target = TARGET.exec(String(value));
      if (target)
        return target[2]
          ? t("values.targetBy", { stage: stageNames[Number(target[1])] ?? target[1]!, date: day(target[2]) })
          : (stageNames[Number(target[1])] ?? target[1]!);
    }
    switch (field) {
      case "stage":
        return stageNames[Number(value)] ?? String(value);
      case "position":
        return format.number(Number(value), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      case "sector":
        return to.has(`sectors.${value}`) ? to(`sectors.${value}`) : String(value);
      case "sizeBand":
        return to.has(`sizeBands.${value}`) ? to(`sizeBands.${value}`) : String(value);
      case "country":
        return countryName(String(value), locale);
      case "raterGroup":
        return tr.has(`raterGroups.${value}`) ? tr(`raterGroups.${value}`) : String(value);
      case "reassessmentMonths":
        return t("values.everyMonths", { months: Number(value) });
      case "dimension":
        return fieldLabels[String(value)] ?? String(value);
      case "channel":
        return CHANNEL_NAMES[value as Channel] ?? String(value);
      case "example": {
        const example = strategyExample(String(value));
        return example ? localize(example.name, isLocale(locale) ? locale : "nl") : String(value);
      }
    }
    if (typeof value === "string" && DAY.test(value)) return day(value);
    if (typeof value === "number") return format.number(value);
    return String(value);
  };
  const label = (field: string) => fieldLabels[field] ?? (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);

  return (
    <ol className="space-y-3">
      {entries.map((entry) => {
        const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
        return (
          <li key={entry.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
            <p>
              <strong>{t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}`) : entry.action}</strong>{" "}
              <span className="text-slate-600">
                {t("byAt", {
                  actor: entry.actorName ?? t("unknownActor"),
                  when: format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                })}
              </span>
            </p>
            {fields.length > 0 && !WITHOUT_DETAILS.test(entry.action) && (
              <ul className="mt-1 list-disc pl-5 text-slate-700">
                {fields.map((field) => (
                  <li key={field}>
                    {label(field)}: {display(entry.action, field, entry.before?.[field])} → {display(entry.action, field, entry.after?.[field])}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
