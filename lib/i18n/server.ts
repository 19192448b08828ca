import "server-only";
import { cache } from "react";
import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";

/*
 * next-intl's getTranslations, with the parsed messages and Intl formatters kept for the life
 * of the process instead of one request: next-intl makes them anew for every request, so every
 * click parsed again each ICU message it showed. What is kept holds only the catalogs' texts
 * and formatters, keyed by locale, time zone and options (use-intl's own cache keys): nothing
 * of anyone's data, and the same in every process.
 */
const shared = new Map<string, { cache: ReturnType<typeof _createCache>; formatters: ReturnType<typeof _createIntlFormatters> }>();

function sharedFor(locale: string) {
  let entry = shared.get(locale);
  if (!entry) {
    const intlCache = _createCache();
    entry = { cache: intlCache, formatters: _createIntlFormatters(intlCache) };
    shared.set(locale, entry);
  }
  return entry;
}

const translator = cache(async (locale: string | undefined, namespace: string | undefined) => {
  const resolved = locale ?? (await getLocale());
  const [messages, timeZone] = await Promise.all([getMessages({ locale: resolved }), getTimeZone({ locale: resolved })]);
  const { cache: intlCache, formatters } = sharedFor(resolved);
  return createTranslator({ locale: resolved, messages, namespace, timeZone, _cache: intlCache, _formatters: formatters });
});

/** A namespace's translator in the request's language, or in the language asked for (a report, a mail). */
export async function getTranslations(namespaceOrOptions?: string | { locale?: string; namespace?: string }) {
  const options = typeof namespaceOrOptions === "string" ? { namespace: namespaceOrOptions } : (namespaceOrOptions ?? {});
  return translator(options.locale, options.namespace);
}

/** What getTranslations gives: t("key", values), t.rich, t.has… */
export type Translate = Awaited<ReturnType<typeof getTranslations>>;
