import Link from "next/link";
import { redirect } from "next/navigation";
import { scoreFormatters } from "@/components/ui/format";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/assessments/stage-badge";
import { DataTable } from "@/components/ui/table";
import { stageNames } from "@/components/assessments/model-view";
import { StageDistributionChart } from "@/components/charts/lazy";
import { requireUser } from "@/lib/auth";
import { PORTFOLIO_SORTS, SECTORS, shippedModels, SMICIKLAS_MODEL_ID } from "@/lib/curve";
import { isLocale } from "@/lib/i18n/locale";
import { loadPortfolio, type PortfolioRow } from "@/lib/server/portfolio";
import { portfolioQuerySchema } from "@/components/portfolio/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("portfolio"))("title") };
}

const control = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PortfolioPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireUser();
  if (member.role === "CLIENT") redirect("/portal");
  const raw = await searchParams;
  const first = (key: string) => (Array.isArray(raw[key]) ? raw[key][0] : raw[key]) || undefined;
  const query = portfolioQuerySchema.parse(
    Object.fromEntries(["q", "sector", "stage", "tag", "consultant", "overdue", "sort", "dir", "page"].map((key) => [key, first(key)])),
  );
  const portfolio = await loadPortfolio(member, query);
  const t = await getTranslations("portfolio");
  const to = await getTranslations("organisations");
  const format = await getFormatter();
  const locale = await getLocale();
  const stages = stageNames(shippedModels.latest(SMICIKLAS_MODEL_ID), isLocale(locale) ? locale : "nl");
  const { score: number, change, day: date } = scoreFormatters(format);
  const signed = (value: number | null) => (value === null ? "—" : `${value > 0 ? "▲" : value < 0 ? "▼" : "▬"} ${change(value)}`);
  const pageLink = (page: number) => {
    const params = new URLSearchParams(
      Object.entries({ ...query, page: String(page) }).flatMap(([key, value]) => (value === undefined || value === "" ? [] : [[key, String(value)]])),
    );
    return `/workspace?${params}`;
  };
  const orgLink = (row: PortfolioRow) => (
    <Link href={`/workspace/organisations/${row.id}`} className="text-brand-700 hover:underline">
      {row.name}
    </Link>
  );
  const filtered = Boolean(query.q || query.sector || query.stage || query.tag || query.consultant || query.overdue);

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="flex gap-2">
          <Link href="/workspace/compare" className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100">
            {t("compare")}
          </Link>
          <Link href="/workspace/organisations/new" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {to("new")}
          </Link>
        </div>
      </div>

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

      <form role="search" aria-label={t("filters")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 lg:grid-cols-8">
        <div className="sm:col-span-2">
          <label htmlFor="q" className="text-sm font-medium">
            {t("search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q} className={control} />
        </div>
        <div>
          <label htmlFor="sector" className="text-sm font-medium">
            {to("fields.sector")}
          </label>
          <select id="sector" name="sector" defaultValue={query.sector ?? ""} className={control}>
            <option value="">{t("all")}</option>
            {SECTORS.map((sector) => (
              <option key={sector} value={sector}>
                {to(`sectors.${sector}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="stage" className="text-sm font-medium">
            {t("stage")}
          </label>
          <select id="stage" name="stage" defaultValue={query.stage ? String(query.stage) : ""} className={control}>
            <option value="">{t("all")}</option>
            {([1, 2, 3, 4] as const).map((stage) => (
              <option key={stage} value={stage}>
                {stages[stage]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tag" className="text-sm font-medium">
            {to("fields.tag")}
          </label>
          <select id="tag" name="tag" defaultValue={query.tag ?? ""} className={control}>
            <option value="">{t("all")}</option>
            {portfolio.tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="consultant" className="text-sm font-medium">
            {t("consultant")}
          </label>
          <select id="consultant" name="consultant" defaultValue={query.consultant ?? ""} className={control}>
            <option value="">{t("all")}</option>
            {portfolio.consultants.map((consultant) => (
              <option key={consultant.id} value={consultant.id}>
                {consultant.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="text-sm font-medium">
            {t("sort")}
          </label>
          <select id="sort" name="sort" defaultValue={query.sort} className={control}>
            {PORTFOLIO_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="dir" className="text-sm font-medium">
            {t("direction")}
          </label>
          <select id="dir" name="dir" defaultValue={query.dir} className={control}>
            <option value="asc">{to("filters.asc")}</option>
            <option value="desc">{to("filters.desc")}</option>
          </select>
        </div>
        <div className="flex flex-wrap items-end gap-4 sm:col-span-4 lg:col-span-8">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue === "1"} />
            {t("onlyOverdue")}
          </label>
          <button type="submit" className="rounded-md bg-slate-800 px-4 py-2 text-sm font-medium text-white">
            {to("filters.apply")}
          </button>
          {filtered && (
            <Link href="/workspace" className="text-sm text-brand-700 underline">
              {to("filters.reset")}
            </Link>
          )}
        </div>
      </form>

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
    </div>
  );
}
