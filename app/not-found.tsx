import { Link } from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { SiteHeader } from "@/components/site/site-header";
import { currentMember } from "@/lib/auth";

export default async function NotFound() {
  const member = await currentMember();
  const t = await getTranslations("notFound");
  return (
    <>
      <SiteHeader member={member} />
      <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-3 text-slate-700">{t("body")}</p>
        <Link href="/" className="mt-6 inline-block text-brand-700 underline">
          {t("home")}
        </Link>
      </main>
    </>
  );
}
