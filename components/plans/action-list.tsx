import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ACTION_STATUSES, calendarDayOf, isActionOverdue, isoDay } from "@/lib/curve";
import type { ActionItemRecord } from "@/lib/server/plans";
import { ActionItemForm } from "./action-item-form";
import { deleteActionItemAction, setActionStatusAction, updateActionItemAction } from "./actions";

/** The organisation's action plan: overdue items stand out; each status can be changed. */
export async function ActionList({
  organisationId,
  items,
  dimensionNames,
}: {
  organisationId: string;
  items: ActionItemRecord[];
  dimensionNames: Record<string, string>;
}) {
  const tp = await getTranslations("plans");
  const tc = await getTranslations("confirm");
  const dimensions = Object.entries(dimensionNames).map(([value, label]) => ({ value, label }));
  const format = await getFormatter();
  const today = calendarDayOf(new Date());
  if (items.length === 0) return <p className="mb-4 text-sm text-slate-600">{tp("actionsEmpty")}</p>;
  return (
    <ul className="mb-6 divide-y divide-slate-100">
      {items.map((item) => {
        const overdue = isActionOverdue(item, today);
        const details = [
          item.dimensionId ? dimensionNames[item.dimensionId] : null,
          item.ownerName || null,
          item.dueDate ? tp("due", { date: format.dateTime(item.dueDate, { dateStyle: "medium", timeZone: "UTC" }) }) : null,
        ].filter(Boolean);
        return (
          <li
            key={item.id}
            data-action-item={item.title}
            className={`flex flex-wrap items-center justify-between gap-3 py-3 ${overdue ? "rounded-md bg-red-50 px-2" : ""}`}
          >
            <div>
              <p className={`font-medium ${item.status === "DONE" ? "text-slate-500 line-through" : ""}`}>{item.title}</p>
              <p className="text-sm text-slate-600">
                {details.join(" · ")}
                {overdue && <strong className="ml-2 text-red-700">{tp("overdue")}</strong>}
              </p>
            </div>
            <form action={setActionStatusAction} className="flex items-center gap-2">
              <input type="hidden" name="organisationId" value={organisationId} />
              <input type="hidden" name="actionItemId" value={item.id} />
              <label className="sr-only" htmlFor={`status-${item.id}`}>
                {tp("statusFor", { title: item.title })}
              </label>
              <select
                id={`status-${item.id}`}
                name="status"
                defaultValue={item.status}
                className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
              >
                {ACTION_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {tp(`statuses.${status}`)}
                  </option>
                ))}
              </select>
              <button type="submit" className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100">
                {tp("update")}
              </button>
            </form>
            <form action={deleteActionItemAction}>
              <input type="hidden" name="organisationId" value={organisationId} />
              <input type="hidden" name="actionItemId" value={item.id} />
              <ConfirmButton
                className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100"
                ariaLabel={tp("deleteFor", { title: item.title })}
                title={tc("deleteActionTitle", { title: item.title })}
                message={tc("deleteActionMessage")}
                confirmLabel={tc("deleteActionConfirm")}
                cancelLabel={tc("cancel")}
              >
                {tp("delete")}
              </ConfirmButton>
            </form>
            <details className="w-full text-sm">
              <summary className="cursor-pointer font-medium text-brand-700" aria-label={tp("editFor", { title: item.title })}>
                {tp("edit")}
              </summary>
              <div className="mt-3">
                <ActionItemForm
                  action={updateActionItemAction.bind(null, organisationId, item.id)}
                  dimensions={dimensions}
                  idPrefix={`edit-${item.id}`}
                  submitLabel={tp("saveAction")}
                  initialValues={{
                    title: item.title,
                    dimensionId: item.dimensionId ?? "",
                    ownerName: item.ownerName,
                    dueDate: item.dueDate ? isoDay(item.dueDate) : "",
                  }}
                />
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
