import { Link } from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { SiteHeader } from "@/components/site/site-header";
import { currentMember, homeFor } from "@/lib/auth";

const STAGES = ["emerging", "tactical", "integrated", "social"] as const;
const STAGE_COLOURS = ["bg-sky-100 border-sky-300", "bg-teal-100 border-teal-300", "bg-indigo-100 border-indigo-300", "bg-violet-100 border-violet-300"];

// Public by design; it asks lib/auth only to offer a signed-in visitor their way back in.
export default async function LandingPage() {
  const member = await currentMember();
  const t = await getTranslations("landing");
  return (
    <>
      <SiteHeader member={member} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-12">
        <section className="max-w-3xl">
          <h1 className="text-4xl font-semibold tracking-tight text-brand-900">{t("title")}</h1>
          <p className="mt-4 text-lg text-slate-700">{t("intro")}</p>
          <div className="mt-6 flex flex-wrap gap-3">
            {member ? (
              <Link href={homeFor(member)} className="rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
                {t("goToWorkspace")}
              </Link>
            ) : (
              <>
                <Link href="/sign-up" className="rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
                  {t("start")}
                </Link>
                <Link href="/sign-in" className="rounded-md border border-slate-300 bg-white px-5 py-2.5 font-medium hover:bg-slate-100">
                  {t("signIn")}
                </Link>
              </>
            )}
          </div>
        </section>
        <section aria-labelledby="curve-heading" className="mt-12">
          <h2 id="curve-heading" className="text-2xl font-semibold">
            {t("curveTitle")}
          </h2>
          <p className="mt-2 max-w-3xl text-slate-700">{t("curveIntro")}</p>
          <ol className="mt-6 grid gap-4 md:grid-cols-4">
            {STAGES.map((stage, index) => (
              <li key={stage} className={`rounded-lg border p-4 ${STAGE_COLOURS[index]}`}>
                <p className="text-sm font-medium text-slate-700">{t("stageNumber", { number: index + 1 })}</p>
                <h3 className="text-lg font-semibold">{t(`stages.${stage}.name`)}</h3>
                <p className="mt-2 text-sm text-slate-800">{t(`stages.${stage}.summary`)}</p>
              </li>
            ))}
          </ol>
          <p className="mt-6 text-sm text-slate-600">{t("source")}</p>
        </section>
      </main>
    </>
  );
}
