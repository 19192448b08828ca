import "server-only";
import type { Tx } from "../db";
import { isLocale, type Locale } from "@/lib/i18n/locale";

/** A member's own language, else their workspace's default, else Dutch. */
export function preferredLocale(own: string | null | undefined, workspaceDefault: string | null | undefined): Locale {
  return isLocale(own) ? own : isLocale(workspaceDefault) ? workspaceDefault : "nl";
}

export async function localeOfUser(tx: Tx, userId: string): Promise<Locale> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { locale: true, membership: { select: { workspace: { select: { defaultLocale: true } } } } },
  });
  return preferredLocale(user?.locale, user?.membership?.workspace.defaultLocale);
}

/** Where links in mail point: APP_URL when set; a request's own origin otherwise (passed in). */
export function linkOrigin(requestOrigin?: string): string {
  const configured = process.env.APP_URL?.replace(/\/$/, "");
  return configured || requestOrigin || `http://localhost:${process.env.PORT ?? 3000}`;
}
