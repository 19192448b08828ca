import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { listReassessments } from "@/lib/server/plans";

export async function generateMetadata() {
  return { title: (await getTranslations("reassessments"))("title") };
}

const STATUS_STYLES = { overdue: "bg-red-100 text-red-900", due_soon: "bg-amber-100 text-amber-900", scheduled: "bg-slate-100 text-slate-800" } as const;

export default async function ReassessmentsPage() {
  const member = await requireRole("OWNER", "CONSULTANT");
  const all = await listReassessments(member);
  const t = await getTranslations("reassessments");
  const tp = await getTranslations("plans");
  const format = await getFormatter();
  const due = all.filter((entry) => entry.status !== "scheduled");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <p role="status" className="text-sm text-slate-600">
        {t("counts", { overdue: due.filter((entry) => entry.status === "overdue").length, soon: due.filter((entry) => entry.status === "due_soon").length })}
      </p>
      {due.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2">{t("organisation")}</th>
                <th scope="col" className="px-4 py-2">{t("status")}</th>
                <th scope="col" className="px-4 py-2">{t("due")}</th>
                <th scope="col" className="px-4 py-2">{t("last")}</th>
                <th scope="col" className="px-4 py-2">{t("cadence")}</th>
              </tr>
            </thead>
            <tbody>
              {due.map((entry) => (
                <tr key={entry.organisationId} className="border-t border-slate-100">
                  <td className="px-4 py-2 font-medium">
                    <Link href={`/workspace/organisations/${entry.organisationId}`} className="text-brand-700 hover:underline">{entry.organisationName}</Link>
                  </td>
                  <td className="px-4 py-2"><span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[entry.status]}`}>{t(`statuses.${entry.status}`)}</span></td>
                  <td className="px-4 py-2">{format.dateTime(entry.due, { dateStyle: "medium", timeZone: "UTC" })}</td>
                  <td className="px-4 py-2">{entry.lastAssessedOn ? format.dateTime(entry.lastAssessedOn, { dateStyle: "medium", timeZone: "UTC" }) : t("never")}</td>
                  <td className="px-4 py-2">{tp("everyMonths", { months: entry.cadenceMonths })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
