import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { scoreFormatters } from "@/components/ui/format";
import type { Portfolio, PortfolioRow } from "@/lib/server/portfolio";
import { StageBadge } from "@/components/model/stage-badge";
import { DataTable } from "@/components/ui/table";
import { changeText, OrganisationLink } from "./portfolio-highlights";

/** One page of the (filtered, sorted) clients, with a pager. */
export async function PortfolioTable({
  portfolio,
  stages,
  pageLink,
}: {
  portfolio: Portfolio;
  stages: Record<number, string>;
  pageLink: (page: number) => string;
}) {
  const t = await getTranslations("portfolio");
  const to = await getTranslations("organisations");
  const { score: number, day: date } = scoreFormatters(await getLocale());
  const signed = await changeText();
  const orgLink = (row: PortfolioRow) => <OrganisationLink row={row} />;
  return (
    <>
      <p role="status" className="text-sm text-slate-600">
        {t("count", { count: portfolio.total })}
      </p>
      <DataTable
        caption={t("title")}
        tone="boxed"
        testId="portfolio-table"
        rows={portfolio.rows}
        rowKey={(row) => row.id}
        rowAttributes={(row) => ({ "data-organisation": row.name })}
        columns={[
          { header: to("fields.name"), className: "font-medium", cell: orgLink },
          { header: t("stage"), cell: (row) => (row.latest ? <StageBadge stage={row.latest.stage} label={stages[row.latest.stage]!} /> : "—") },
          { header: t("position"), name: "position", cell: (row) => number(row.latest?.position) },
          {
            header: t("change"),
            cell: (row) => (
              <span className={(row.changeSincePrevious ?? 0) > 0 ? "text-green-800" : (row.changeSincePrevious ?? 0) < 0 ? "text-red-700" : ""}>
                {signed(row.changeSincePrevious)}
              </span>
            ),
          },
          { header: t("last"), cell: (row) => date(row.latest?.assessedOn) },
          {
            header: t("nextDue"),
            cell: (row) => (
              <span className={row.dueStatus === "overdue" ? "font-semibold text-red-700" : ""}>
                {date(row.nextDue)}
                {row.dueStatus === "overdue" && <span className="sr-only"> ({t("overdueShort")})</span>}
              </span>
            ),
          },
          { header: t("consultant"), cell: (row) => row.consultant?.name ?? "—" },
        ]}
      />
      {portfolio.pages > 1 && (
        <nav aria-label={t("pagination")} className="flex items-center gap-3 text-sm">
          {portfolio.page > 1 && (
            <Link href={pageLink(portfolio.page - 1)} className="text-brand-700 underline">
              {t("previousPage")}
            </Link>
          )}
          <span>{t("pageOf", { page: portfolio.page, pages: portfolio.pages })}</span>
          {portfolio.page < portfolio.pages && (
            <Link href={pageLink(portfolio.page + 1)} className="text-brand-700 underline">
              {t("nextPage")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
