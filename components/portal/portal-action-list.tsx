import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { calendarDayOf, isActionOverdue } from "@/lib/curve";
import type { ActionItemRecord } from "@/lib/server/plans";
import { setOwnActionItemDoneAction } from "./actions";

/** The client's action plan: who does what by when, what is overdue, and (when allowed) a way to tick it off. */
export async function PortalActionList({ items, mayComplete }: { items: ActionItemRecord[]; mayComplete: boolean }) {
  const t = await getTranslations("portal");
  const tp = await getTranslations("plans");
  const format = await getFormatter();
  const today = calendarDayOf(new Date());
  if (items.length === 0) return <p className="text-slate-700">{t("noActions")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => {
        const overdue = isActionOverdue(item, today);
        const done = item.status === "DONE";
        return (
          <li key={item.id} className={`flex flex-wrap items-start justify-between gap-2 py-2 ${overdue ? "rounded-md bg-red-50 px-2" : ""}`}>
            <div>
              <p className={done ? "text-slate-500 line-through" : "font-medium"}>{item.title}</p>
              <p className="text-sm text-slate-600">
                {[
                  tp(`statuses.${item.status}`),
                  item.ownerName ? t("owner", { name: item.ownerName }) : null,
                  item.dueDate ? tp("due", { date: format.dateTime(item.dueDate, { dateStyle: "medium", timeZone: "UTC" }) }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
                {overdue && <strong className="ml-2 text-red-700">{tp("overdue")}</strong>}
              </p>
            </div>
            {mayComplete && (
              <form action={setOwnActionItemDoneAction}>
                <input type="hidden" name="actionItemId" value={item.id} />
                <input type="hidden" name="done" value={done ? "false" : "true"} />
                <button
                  type="submit"
                  aria-label={done ? t("markNotDone", { title: item.title }) : t("markDone", { title: item.title })}
                  className="rounded border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100"
                >
                  {done ? t("markNotDoneShort") : t("markDoneShort")}
                </button>
              </form>
            )}
          </li>
        );
      })}
    </ul>
  );
}
