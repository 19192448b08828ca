import { Link } from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { CHANNEL_NAMES, CHANNELS, PORTFOLIO_SORTS, SECTORS } from "@/lib/curve";
import type { Portfolio, PortfolioQuery } from "@/lib/server/portfolio";

const control = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** The portfolio's filters and sort, as a GET form: the choice lives in the URL. */
export async function PortfolioFilters({ query, portfolio, stages }: { query: PortfolioQuery; portfolio: Portfolio; stages: Record<number, string> }) {
  const t = await getTranslations("portfolio");
  const to = await getTranslations("organisations");
  const filtered = Boolean(query.q || query.sector || query.stage || query.tag || query.consultant || query.overdue || query.channel);
  return (
    <form role="search" aria-label={t("filters")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 lg:grid-cols-9">
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
        <label htmlFor="channel" className="text-sm font-medium">
          {t("channel")}
        </label>
        <select id="channel" name="channel" defaultValue={query.channel ?? ""} className={control}>
          <option value="">{t("all")}</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {CHANNEL_NAMES[channel]}
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
      <div className="flex flex-wrap items-end gap-4 sm:col-span-4 lg:col-span-9">
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
  );
}
