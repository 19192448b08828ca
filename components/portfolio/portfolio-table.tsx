import { Link } from "@/components/ui/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { scoreFormatters } from "@/components/ui/format";
import type { Portfolio } from "@/lib/server/portfolio";
import { changeText } from "./portfolio-highlights";
import { PortfolioRows } from "./portfolio-rows";

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
  return (
    <>
      <p role="status" className="text-sm text-slate-600">
        {t("count", { count: portfolio.total })}
      </p>
      <PortfolioRows
        rows={portfolio.rows.map((row) => ({
          id: row.id,
          name: row.name,
          stage: row.latest ? { number: row.latest.stage, name: stages[row.latest.stage]! } : null,
          position: number(row.latest?.position),
          change: signed(row.changeSincePrevious),
          trend: (row.changeSincePrevious ?? 0) > 0 ? "up" : (row.changeSincePrevious ?? 0) < 0 ? "down" : "level",
          lastAssessed: date(row.latest?.assessedOn),
          nextDue: date(row.nextDue),
          overdue: row.dueStatus === "overdue",
          consultant: row.consultant?.name ?? "—",
        }))}
        labels={{
          caption: t("title"),
          name: to("fields.name"),
          stage: t("stage"),
          position: t("position"),
          change: t("change"),
          last: t("last"),
          nextDue: t("nextDue"),
          consultant: t("consultant"),
          overdueShort: t("overdueShort"),
        }}
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
