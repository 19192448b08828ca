import { Link } from "@/components/ui/link";
import { scoreFormatters } from "@/components/ui/format";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { dimensionNames, stageBands } from "@/components/model/model-view";
import { CompareChart } from "@/components/charts/lazy";
import { DimensionRadar } from "@/components/charts/server-charts";
import { DataTable } from "@/components/ui/table";
import { requireRole } from "@/lib/auth";
import { alignSeries, BENCHMARK_MINIMUM_CONTRIBUTORS, compareCandidates, shippedModels, SMICIKLAS_MODEL_ID } from "@/lib/curve";
import { isLocale } from "@/lib/i18n/locale";
import { loadComparison } from "@/lib/server/portfolio";
import { COMPARE_MAX, compareAlignmentSchema, parseCompareIds } from "@/components/portfolio/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("compare"))("title") };
}

// Beyond this many, the picker asks for a search instead of listing every organisation.
const PICKER_LIMIT = 30;
const COLOURS = ["#1f5fbf", "#b91c1c", "#15803d", "#7e22ce", "#c2410c", "#0e7490", "#be185d", "#4d7c0f"];

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireRole("OWNER", "CONSULTANT");
  const raw = await searchParams;
  const ids = parseCompareIds(raw.ids);
  const alignment = compareAlignmentSchema.parse(Array.isArray(raw.align) ? raw.align[0] : raw.align);
  const comparison = await loadComparison(member, ids, COMPARE_MAX);
  const search = (Array.isArray(raw.q) ? raw.q[0] : raw.q)?.slice(0, 100) ?? "";
  const t = await getTranslations("compare");
  const format = await getFormatter();
  const locale = await getLocale();
  const language = isLocale(locale) ? locale : "nl";
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  const dimensions = dimensionNames(model, language);
  const { score: number, day: date } = scoreFormatters(locale);
  const chosen = comparison.organisations;
  const selectedIds = new Set(chosen.map((organisation) => organisation.id));
  const picker = compareCandidates(comparison.choices, selectedIds, search, PICKER_LIMIT);
  const bands = stageBands(model, language);
  const series = chosen.map((organisation) => ({
    id: organisation.id,
    name: organisation.name,
    points: alignSeries(organisation.history, alignment).map((point) => ({ x: point.x, position: point.position, label: date(point.assessedOn) })),
  }));
  const without = (id: string) =>
    `/workspace/compare?${new URLSearchParams({
      ids: chosen
        .filter((organisation) => organisation.id !== id)
        .map((organisation) => organisation.id)
        .join(","),
      align: alignment,
    })}`;
  const withAlignment = (value: string) =>
    `/workspace/compare?${new URLSearchParams({ ids: chosen.map((organisation) => organisation.id).join(","), align: value })}`;

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <form className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-[1fr_auto]">
        <fieldset>
          <legend className="text-sm font-medium">{t("choose", { max: COMPARE_MAX })}</legend>
          <p className="mt-1 text-xs text-slate-600">{t("chooseHint")}</p>
          <label htmlFor="compare-search" className="mt-2 block text-sm">
            {t("search")}
          </label>
          <input
            id="compare-search"
            name="q"
            type="search"
            defaultValue={search}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          <ul className="mt-2 grid max-h-64 gap-1 overflow-y-auto sm:grid-cols-2" data-testid="compare-choices">
            {picker.offered.map((organisation) => (
              <li key={organisation.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="ids" value={organisation.id} defaultChecked={selectedIds.has(organisation.id)} />
                  {organisation.name}
                </label>
              </li>
            ))}
          </ul>
          {picker.matching === 0 && search.trim() !== "" && <p className="mt-1 text-sm text-slate-600">{t("noMatches", { search })}</p>}
          {picker.moreMatches > 0 && <p className="mt-1 text-sm text-slate-600">{t("moreMatches", { count: picker.moreMatches })}</p>}
        </fieldset>
        <div className="flex flex-col justify-between gap-3">
          <fieldset>
            <legend className="text-sm font-medium">{t("alignment")}</legend>
            {(["calendar", "since_first"] as const).map((value) => (
              <label key={value} className="mt-1 flex items-center gap-2 text-sm">
                <input type="radio" name="align" value={value} defaultChecked={alignment === value} />
                {t(`alignments.${value}`)}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white">
            {t("show")}
          </button>
        </div>
      </form>

      {comparison.skipped.length > 0 && (
        <div role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="skipped">
          <p className="font-medium">{t("skippedTitle")}</p>
          <ul className="list-disc pl-5">
            {comparison.skipped.map((entry) => (
              <li key={`${entry.id}-${entry.reason}`}>{t(`skipped.${entry.reason}`, { name: entry.name ?? entry.id, max: COMPARE_MAX })}</li>
            ))}
          </ul>
        </div>
      )}

      {chosen.length < 2 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t("pickTwo")}</p>
      ) : (
        <>
          <section aria-labelledby="overlay-heading" className="rounded-lg border border-slate-200 bg-white p-6">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id="overlay-heading" className="text-lg font-semibold">
                {t("overlay")}
              </h2>
              <p className="text-sm">
                {(["calendar", "since_first"] as const).map((value) =>
                  value === alignment ? (
                    <strong key={value} className="mr-3">
                      {t(`alignments.${value}`)}
                    </strong>
                  ) : (
                    <Link key={value} href={withAlignment(value)} className="mr-3 text-brand-700 underline">
                      {t(`alignments.${value}`)}
                    </Link>
                  ),
                )}
              </p>
            </div>
            <ul className="mt-2 flex flex-wrap gap-2 text-sm">
              {chosen.map((organisation) => (
                <li key={organisation.id} className="rounded-full bg-slate-100 px-3 py-1">
                  {organisation.name}{" "}
                  <Link
                    href={without(organisation.id)}

                    className="ml-1 rounded px-1 font-semibold text-brand-700 underline hover:bg-slate-200"
                    aria-label={t("remove", { name: organisation.name })}
                  >
                    ×
                  </Link>
                </li>
              ))}
            </ul>
            <CompareChart series={series} bands={bands} alignment={alignment} labels={{ title: t("overlay"), monthsAxis: t("monthsSinceFirst") }} />
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">{t("showTable")}</summary>
              <DataTable
                caption={t("overlay")}
                testId="overlay-table"
                rows={chosen.flatMap((organisation) => alignSeries(organisation.history, "since_first").map((point) => ({ organisation, point })))}
                rowKey={({ organisation, point }) => `${organisation.id}-${point.assessedOn.getTime()}`}
                columns={[
                  { header: t("organisation"), cell: ({ organisation }) => organisation.name },
                  { header: t("date"), cell: ({ point }) => date(point.assessedOn) },
                  { header: t("monthsSinceFirst"), cell: ({ point }) => format.number(point.x, { maximumFractionDigits: 0 }) },
                  { header: t("position"), cell: ({ point }) => number(point.position) },
                ]}
              />
            </details>
          </section>

          <section aria-labelledby="dimensions-heading" className="rounded-lg border border-slate-200 bg-white p-6">
            <h2 id="dimensions-heading" className="mb-3 text-lg font-semibold">
              {t("dimensionsTitle")}
            </h2>
            <DataTable
              caption={t("dimensionsTitle")}
              testId="dimensions-table"
              rows={model.dimensions}
              rowKey={(dimension) => dimension.id}
              columns={[
                { header: t("dimension"), rowHeader: true, cell: (dimension) => dimensions[dimension.id] },
                ...chosen.map((organisation) => ({
                  header: organisation.name,
                  cell: (dimension: (typeof model.dimensions)[number]) => number(organisation.history.at(-1)?.dimensionScores[dimension.id]),
                })),
              ]}
            />
            <DimensionRadar
              title={t("dimensionsTitle")}
              locale={locale}
              dimensions={model.dimensions.map((dimension) => ({ id: dimension.id, label: dimensions[dimension.id]! }))}
              series={chosen.map((organisation, index) => ({
                key: organisation.id,
                label: organisation.name,
                colour: COLOURS[index % COLOURS.length]!,
                values: organisation.history.at(-1)?.dimensionScores ?? {},
              }))}
            />
          </section>
        </>
      )}

      {chosen.length > 0 && (
        <section aria-labelledby="benchmark-heading" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="benchmark-heading" className="text-lg font-semibold">
            {t("benchmarkTitle")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("benchmarkIntro", { minimum: BENCHMARK_MINIMUM_CONTRIBUTORS })}</p>
          <ul className="space-y-3" data-testid="benchmarks">
            {chosen.map((organisation) => {
              const benchmark = organisation.benchmark;
              return (
                <li key={organisation.id} data-benchmark={organisation.name}>
                  <p className="font-medium">{organisation.name}</p>
                  {!benchmark ? (
                    <p className="text-sm text-slate-600">{t("noPosition")}</p>
                  ) : benchmark.status === "too_few" ? (
                    <p className="text-sm text-slate-600">{t("tooFew", { count: benchmark.contributors, minimum: BENCHMARK_MINIMUM_CONTRIBUTORS })}</p>
                  ) : (
                    <div className="text-sm">
                      <div className="relative my-2 h-6 rounded bg-slate-100" aria-hidden="true">
                        <div
                          className="absolute top-1 h-4 rounded bg-slate-300"
                          style={{ left: `${((benchmark.q1 - 1) / 3) * 100}%`, width: `${((benchmark.q3 - benchmark.q1) / 3) * 100}%` }}
                        />
                        <div className="absolute top-0 h-6 w-0.5 bg-slate-700" style={{ left: `${((benchmark.median - 1) / 3) * 100}%` }} />
                        <div
                          className="absolute top-1.5 h-3 w-3 -translate-x-1/2 rounded-full bg-brand-600"
                          style={{ left: `${((benchmark.position - 1) / 3) * 100}%` }}
                        />
                      </div>
                      <p>
                        {t("benchmark", {
                          count: benchmark.contributors,
                          min: number(benchmark.min),
                          q1: number(benchmark.q1),
                          median: number(benchmark.median),
                          q3: number(benchmark.q3),
                          max: number(benchmark.max),
                          position: number(benchmark.position),
                          percentile: benchmark.percentile,
                        })}
                      </p>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
