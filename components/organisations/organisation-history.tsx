import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditEntry } from "@/lib/server/audit";

function display(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  return String(value);
}

const WITHOUT_DETAILS = /\.(created|started)$/;

export async function OrganisationHistory({ entries, fieldLabels = {} }: { entries: AuditEntry[]; fieldLabels?: Record<string, string> }) {
  const t = await getTranslations("history");
  const format = await getFormatter();
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
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
          {entry.after && !WITHOUT_DETAILS.test(entry.action) && (
            <ul className="mt-1 list-disc pl-5 text-slate-700">
              {Object.keys(entry.after).map((field) => (
                <li key={field}>
                  {fieldLabels[field] ?? (t.has(`fields.${field}`) ? t(`fields.${field}`) : field)}: {display(entry.before?.[field])} →{" "}
                  {display(entry.after?.[field])}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
