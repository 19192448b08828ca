import { Link } from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";
import { signOutAction } from "@/components/auth/actions";
import { homeFor, type SessionMember } from "@/lib/auth";

type NavItem = { href: string; label: string };

/** A consultancy's own look, in the portal its clients sign in to. */
export type HeaderBrand = { name: string; logoSrc: string | null; accent: string };

/** `offerSignIn`: false where nobody signs in (a respondent's link). */
export async function SiteHeader({
  member,
  nav = [],
  offerSignIn = true,
  brand,
}: {
  member?: SessionMember | null;
  nav?: NavItem[];
  offerSignIn?: boolean;
  brand?: HeaderBrand;
}) {
  const t = await getTranslations("common");
  return (
    <header className="no-print border-b border-slate-200 bg-white" style={brand ? { borderTop: `4px solid ${brand.accent}` } : undefined}>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        {brand ? (
          <Link href="/portal" className="flex items-center gap-3 text-lg font-semibold tracking-tight" style={{ color: brand.accent }}>
            {/* eslint-disable-next-line @next/next/no-img-element -- the logo comes from the database, not from the build */}
            {brand.logoSrc && <img src={brand.logoSrc} alt="" className="h-8 w-auto" />}
            {brand.name}
          </Link>
        ) : (
          <Link href="/" className="text-lg font-semibold tracking-tight text-brand-900">
            Curvewise
          </Link>
        )}
        {nav.length > 0 && <MainNav label={t("mainNavigation")} menuLabel={t("menu")} items={nav} />}
        <div className="ml-auto flex items-center gap-3">
          <LanguageSwitcher />
          {member ? (
            <>
              <Link href={`${homeFor(member)}/account`} className="text-sm text-slate-700 underline underline-offset-2 hover:text-slate-900">
                {member.name}
                <span className="hidden sm:inline"> · {member.workspaceName}</span>
                <span className="sr-only"> ({t("yourAccount")})</span>
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100">
                  {t("signOut")}
                </button>
              </form>
            </>
          ) : offerSignIn ? (
            <Link href="/sign-in" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
              {t("signIn")}
            </Link>
          ) : null}
        </div>
      </div>
    </header>
  );
}
