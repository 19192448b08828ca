import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { stageNames } from "@/components/model/model-view";
import { ExportLinks } from "@/components/exchange/export-links";
import { PortfolioCurve } from "@/components/portfolio/portfolio-curve";
import { PortfolioFilters } from "@/components/portfolio/portfolio-filters";
import { PortfolioHighlights } from "@/components/portfolio/portfolio-highlights";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import { portfolioQueryFrom } from "@/components/portfolio/schemas";
import { requireUser } from "@/lib/auth";
import { shippedModels, SMICIKLAS_MODEL_ID } from "@/lib/curve";
import { isLocale } from "@/lib/i18n/locale";
import { loadPortfolio } from "@/lib/server/portfolio";

export async function generateMetadata() {
  return { title: (await getTranslations("portfolio"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PortfolioPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireUser();
  if (member.role === "CLIENT") redirect("/portal");
  const raw = await searchParams;
  const query = portfolioQueryFrom((key) => (Array.isArray(raw[key]) ? raw[key][0] : raw[key]));
  const portfolio = await loadPortfolio(member, query);
  const t = await getTranslations("portfolio");
  const to = await getTranslations("organisations");
  const locale = await getLocale();
  const language = isLocale(locale) ? locale : "nl";
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  const stages = stageNames(model, language);
  const te = await getTranslations("exchange");
  // The export takes the filters and sort on screen, not the page: it holds every page.
  const filterQuery = new URLSearchParams(
    Object.entries({ ...query, page: undefined }).flatMap(([key, value]) => (value === undefined || value === "" ? [] : [[key, String(value)]])),
  ).toString();
  const pageLink = (page: number) => {
    const params = new URLSearchParams(
      Object.entries({ ...query, page: String(page) }).flatMap(([key, value]) => (value === undefined || value === "" ? [] : [[key, String(value)]])),
    );
    return `/workspace?${params}`;
  };

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/workspace/compare" className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100">
            {t("compare")}
          </Link>
          <Link href="/workspace/import" className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100">
            {te("buttons.import")}
          </Link>
          <Link href="/workspace/organisations/new" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {to("new")}
          </Link>
        </div>
      </div>
      {portfolio.organisations === 0 ? (
        <section aria-labelledby="first-step-heading" className="rounded-lg border border-brand-200 bg-white p-8">
          <h2 id="first-step-heading" className="text-xl font-semibold">
            {t("firstStep.title")}
          </h2>
          <p className="mt-2 max-w-2xl text-slate-700">{t("firstStep.intro")}</p>
          <ol className="mt-4 list-decimal space-y-1 pl-5 text-slate-700">
            <li>{t("firstStep.add")}</li>
            <li>{t("firstStep.assess")}</li>
            <li>{t("firstStep.share")}</li>
          </ol>
          <Link href="/workspace/organisations/new" className="mt-5 inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("firstStep.button")}
          </Link>
        </section>
      ) : (
        <>
          <PortfolioCurve query={query} model={model} locale={language} stages={stages} />
          <PortfolioHighlights portfolio={portfolio} stages={stages} />
          <PortfolioFilters query={query} portfolio={portfolio} stages={stages} />
          <PortfolioTable portfolio={portfolio} stages={stages} pageLink={pageLink} />
          <ExportLinks href="/workspace/export" query={filterQuery} hint={te("buttons.portfolioHint")} />
        </>
      )}
    </div>
  );
}
