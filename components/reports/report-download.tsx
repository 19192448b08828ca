import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { isLocale, LOCALES } from "@/lib/i18n/locale";
import { findChromium } from "@/lib/reports/pdf";

const control = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600";
const secondary = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50";

/**
 * The report's download buttons: a plain GET form, so the browser downloads the file itself and
 * the choices show in the address. Consultants choose which notes go in; a client's report never
 * has internal notes, so the portal offers no choice.
 */
export async function ReportDownload({ href, withNotesChoice, available }: { href: string; withNotesChoice: boolean; available: boolean }) {
  const t = await getTranslations("report.buttons");
  const tl = await getTranslations("language");
  const current = await getLocale();
  const chromium = (await findChromium()) !== null;
  return (
    <section aria-labelledby="report-heading" data-testid="report-download" className="space-y-3">
      <h3 id="report-heading" className="font-semibold">
        {withNotesChoice ? t("title") : t("titleClient")}
      </h3>
      {!available ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <form method="get" action={href} className="space-y-3">
          <p className="text-sm text-slate-700">{t("intro")}</p>
          <div>
            <label htmlFor="report-lang" className="block text-sm font-medium text-slate-800">
              {t("language")}
            </label>
            <select id="report-lang" name="lang" defaultValue={isLocale(current) ? current : "nl"} className={control}>
              {LOCALES.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {tl(`name.${locale}`)}
                </option>
              ))}
            </select>
          </div>
          {withNotesChoice && (
            <div>
              <label htmlFor="report-notes" className="block text-sm font-medium text-slate-800">
                {t("notes")}
              </label>
              <select id="report-notes" name="notes" defaultValue="shared" className={control}>
                <option value="shared">{t("notesShared")}</option>
                <option value="all">{t("notesAll")}</option>
                <option value="none">{t("notesNone")}</option>
              </select>
            </div>
          )}
          <div className="flex flex-wrap gap-2">
            {chromium && (
              <button type="submit" name="format" value="pdf" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">
                {t("pdf")}
              </button>
            )}
            <button type="submit" name="format" value="docx" className={secondary}>
              {t("docx")}
            </button>
            <button type="submit" name="format" value="html" formTarget="_blank" className={secondary}>
              {t("html")}
              <span className="sr-only"> {t("newTab")}</span>
            </button>
          </div>
          {!chromium && (
            <p className="text-sm text-slate-700" data-testid="no-chromium">
              {t("noChromium")}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
