import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { setLocaleAction } from "./actions";
import { LOCALES } from "@/lib/i18n/locale";

/** Works without JavaScript: each language is a small form. */
export async function LanguageSwitcher() {
  const locale = await getLocale();
  const t = await getTranslations("language");
  return (
    <div role="group" aria-label={t("label")} className="flex items-center gap-1 text-sm">
      {LOCALES.map((option) => (
        <form key={option} action={setLocaleAction}>
          <input type="hidden" name="locale" value={option} />
          <button
            type="submit"
            lang={option}
            aria-pressed={option === locale}
            title={t(`switchTo.${option}`)}
            className={`rounded px-2 py-1 font-medium ${option === locale ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-200"}`}
          >
            <span aria-hidden="true">{option.toUpperCase()}</span>
            <span className="sr-only">{t(`name.${option}`)}</span>
          </button>
        </form>
      ))}
    </div>
  );
}
