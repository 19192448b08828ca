import "server-only";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locale";

/** The client's address as the proxy in front reports it, for rate limits. */
export function clientAddressOf(headerList: Headers): string {
  return headerList.get("x-forwarded-for")?.split(",")[0]?.trim() || headerList.get("x-real-ip") || "unknown";
}

/** The address of the client of the current request (in a server action or page). */
export async function requestClientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Keeps the visitor's language in their cookie. */
export async function rememberLocale(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax" });
}
