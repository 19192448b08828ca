import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentMember } from "@/lib/auth";
import { isLocale, LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";

// A locale asked for by name (a report in the other language) wins over the user's own.
// Server components translate through lib/i18n/server.ts, which passes on the locale, messages
// and time zone from here: formats, onError or now added here must be passed on there too.
export default getRequestConfig(async ({ locale: asked }) => {
  const locale = isLocale(asked) ? asked : resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    // Dates and times as the workspace lives them (a setting); Amsterdam for visitors.
    timeZone: (await currentMember())?.timeZone ?? "Europe/Amsterdam",
  };
});
