import { Link } from "@/components/ui/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { scoreFormatters } from "@/components/ui/format";
import type { Portfolio, PortfolioRow } from "@/lib/server/portfolio";
import { StageDistributionChart } from "@/components/charts/lazy";
import { DataTable } from "@/components/ui/table";

function OrganisationLink({ row }: { row: Pick<PortfolioRow, "id" | "name"> }) {
  return (
    <Link href={`/workspace/organisations/${row.id}`} className="text-brand-700 hover:underline">
      {row.name}
    </Link>
  );
}

/** Arrows and signs for a change in position, in the user's number format. */
export async function changeText() {
  const { change } = scoreFormatters(await getLocale());
  return (value: number | null) => (value === null ? "—" : `${value > 0 ? "▲" : value < 0 ? "▼" : "▬"} ${change(value)}`);
}

/** The portfolio at a glance: stages now and a year ago, who moved, who stands still or fell back, who is overdue. */
export async function PortfolioHighlights({ portfolio, stages }: { portfolio: Portfolio; stages: Record<number, string> }) {
  const t = await getTranslations("portfolio");
  const { day: date } = scoreFormatters(await getLocale());
  const signed = await changeText();
  const orgLink = (row: PortfolioRow) => <OrganisationLink row={row} />;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <section aria-labelledby="distribution-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="distribution-heading" className="font-semibold">
          {t("distribution")}
        </h2>
        <StageDistributionChart
          rows={([1, 2, 3, 4] as const).map((stage) => ({
            stage: stages[stage]!,
            now: portfolio.distribution.now[stage],
            yearAgo: portfolio.distribution.yearAgo[stage],
          }))}
          labels={{ title: t("distribution"), now: t("now"), yearAgo: t("yearAgo") }}
        />
        <DataTable
          caption={t("distribution")}
          testId="distribution-table"
          rows={[1, 2, 3, 4] as const}
          rowKey={(stage) => String(stage)}
          columns={[
            { header: t("stage"), rowHeader: true, className: "font-normal", cell: (stage) => stages[stage] },
            { header: t("yearAgo"), cell: (stage) => portfolio.distribution.yearAgo[stage] },
            { header: t("now"), cell: (stage) => portfolio.distribution.now[stage] },
          ]}
        />
      </section>
      <section aria-labelledby="movers-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="movers-heading" className="font-semibold">
          {t("movers")}
        </h2>
        {portfolio.movers.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <ol className="mt-2 space-y-1 text-sm">
            {portfolio.movers.map((row) => (
              <li key={row.id} className="flex justify-between gap-2">
                {orgLink(row)}
                <span className="text-green-800">{signed(row.changeSincePrevious)}</span>
              </li>
            ))}
          </ol>
        )}
        <h2 className="mt-4 font-semibold">{t("stalled")}</h2>
        {portfolio.stalled.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {portfolio.stalled.slice(0, 10).map((row) => (
              <li key={row.id}>{orgLink(row)}</li>
            ))}
          </ul>
        )}
        {portfolio.stalled.length > 10 && <p className="mt-1 text-sm text-slate-600">{t("andMore", { count: portfolio.stalled.length - 10 })}</p>}
        <h2 className="mt-4 font-semibold">{t("fellBack")}</h2>
        {portfolio.fellBack.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm" data-testid="fell-back">
            {portfolio.fellBack.slice(0, 10).map((row) => (
              <li key={row.id} className="flex justify-between gap-2">
                {orgLink(row)}
                <span className="text-red-700">{signed(row.changeSincePrevious)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="overdue-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="overdue-heading" className="font-semibold">
          {t("overdue")}
        </h2>
        {portfolio.overdue.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {portfolio.overdue.slice(0, 10).map((row) => (
              <li key={row.id} className="flex justify-between gap-2">
                {orgLink(row)}
                <span className="text-red-700">{date(row.nextDue)}</span>
              </li>
            ))}
          </ul>
        )}
        {portfolio.overdue.length > 10 && (
          <Link href="/workspace?overdue=1" className="mt-2 inline-block text-sm text-brand-700 underline">
            {t("allOverdue", { count: portfolio.overdue.length })}
          </Link>
        )}
      </section>
    </div>
  );
}
