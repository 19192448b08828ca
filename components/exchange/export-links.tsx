import { getTranslations } from "@/lib/i18n/server";

const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";

/** Download links for a spreadsheet export; `query` keeps what the screen is filtered by. */
export async function ExportLinks({ href, query = "", hint }: { href: string; query?: string; hint: string }) {
  const t = await getTranslations("exchange.buttons");
  const address = (format: "xlsx" | "csv") => `${href}?${new URLSearchParams([...new URLSearchParams(query), ["format", format]])}`;
  return (
    <section aria-labelledby={`${href}-export`} data-testid="export-links" className="space-y-2">
      <h3 id={`${href}-export`} className="font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{hint}</p>
      <div className="flex flex-wrap gap-2">
        <a href={address("xlsx")} download className={link}>
          {t("portfolioXlsx")}
        </a>
        <a href={address("csv")} download className={link}>
          {t("portfolioCsv")}
        </a>
      </div>
    </section>
  );
}
