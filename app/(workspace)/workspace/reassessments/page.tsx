import { Link } from "@/components/ui/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { DataTable } from "@/components/ui/table";
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
        <DataTable
          caption={t("title")}
          tone="boxed"
          rows={due}
          rowKey={(entry) => entry.organisationId}
          columns={[
            {
              header: t("organisation"),
              className: "font-medium",
              cell: (entry) => (
                <Link href={`/workspace/organisations/${entry.organisationId}`} className="text-brand-700 hover:underline">
                  {entry.organisationName}
                </Link>
              ),
            },
            {
              header: t("status"),
              cell: (entry) => (
                <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[entry.status]}`}>{t(`statuses.${entry.status}`)}</span>
              ),
            },
            { header: t("due"), cell: (entry) => format.dateTime(entry.due, { dateStyle: "medium", timeZone: "UTC" }) },
            {
              header: t("last"),
              cell: (entry) => (entry.lastAssessedOn ? format.dateTime(entry.lastAssessedOn, { dateStyle: "medium", timeZone: "UTC" }) : t("never")),
            },
            { header: t("cadence"), cell: (entry) => tp("everyMonths", { months: entry.cadenceMonths }) },
          ]}
        />
      )}
    </div>
  );
}
