import { Link } from "@/components/ui/link";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { countryName } from "@/components/organisations/country-options";
import { DataTable } from "@/components/ui/table";
import { requireRole } from "@/lib/auth";
import { listOrganisations, listOrganisationTags } from "@/lib/server/organisations";
import { ORGANISATION_SORTS, organisationListQuerySchema } from "@/components/organisations/schemas";
import { SECTORS } from "@/lib/curve";

export async function generateMetadata() {
  return { title: (await getTranslations("organisations"))("title") };
}

const control = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2";

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireRole("OWNER", "CONSULTANT");
  const raw = await searchParams;
  const first = (key: string) => (Array.isArray(raw[key]) ? raw[key][0] : raw[key]) || undefined;
  const query = organisationListQuerySchema.parse({
    q: first("q"),
    sector: first("sector"),
    tag: first("tag"),
    status: first("status"),
    sort: first("sort"),
    dir: first("dir"),
  });
  const [organisations, tags] = await Promise.all([listOrganisations(member, query), listOrganisationTags(member)]);
  const t = await getTranslations("organisations");
  const format = await getFormatter();
  const locale = await getLocale();
  const filtered = Boolean(query.q || query.sector || query.tag || query.status !== "active");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/workspace/organisations/new" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("new")}
        </Link>
      </div>
      {raw.deleted === "1" && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 font-medium text-green-900">
          {t("deleted")}
        </p>
      )}

      <form role="search" aria-label={t("filters.label")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-6">
        <div className="sm:col-span-2">
          <label htmlFor="q" className="text-sm font-medium">
            {t("filters.search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q} className={control} />
        </div>
        <div>
          <label htmlFor="sector" className="text-sm font-medium">
            {t("fields.sector")}
          </label>
          <select id="sector" name="sector" defaultValue={query.sector ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            {SECTORS.map((sector) => (
              <option key={sector} value={sector}>
                {t(`sectors.${sector}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tag" className="text-sm font-medium">
            {t("fields.tag")}
          </label>
          <select id="tag" name="tag" defaultValue={query.tag ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="text-sm font-medium">
            {t("filters.status")}
          </label>
          <select id="status" name="status" defaultValue={query.status} className={control}>
            {(["active", "archived", "all"] as const).map((status) => (
              <option key={status} value={status}>
                {t(`filters.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="text-sm font-medium">
            {t("filters.sort")}
          </label>
          <select id="sort" name="sort" defaultValue={`${query.sort}`} className={control}>
            {ORGANISATION_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`filters.sorts.${sort}`)}
              </option>
            ))}
          </select>
          <label htmlFor="dir" className="sr-only">
            {t("filters.direction")}
          </label>
          <select id="dir" name="dir" defaultValue={query.dir} className={control}>
            <option value="asc">{t("filters.asc")}</option>
            <option value="desc">{t("filters.desc")}</option>
          </select>
        </div>
        <div className="flex items-end gap-3 sm:col-span-6">
          <button type="submit" className="rounded-md bg-slate-800 px-4 py-2 font-medium text-white hover:bg-slate-900">
            {t("filters.apply")}
          </button>
          {filtered && (
            <Link href="/workspace/organisations" className="text-sm text-brand-700 underline">
              {t("filters.reset")}
            </Link>
          )}
        </div>
      </form>

      <p role="status" className="text-sm text-slate-600">
        {t("count", { count: organisations.length })}
      </p>

      {organisations.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{filtered ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <DataTable
          caption={t("title")}
          tone="boxed"
          rows={organisations}
          rowKey={(organisation) => organisation.id}
          columns={[
            {
              header: t("fields.name"),
              className: "font-medium",
              cell: (organisation) => (
                <>
                  <Link href={`/workspace/organisations/${organisation.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {organisation.name}
                  </Link>
                  {organisation.archivedAt && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-700">{t("archived")}</span>}
                </>
              ),
            },
            { header: t("fields.sector"), cell: (organisation) => t(`sectors.${organisation.sector}`) },
            { header: t("fields.sizeBand"), cell: (organisation) => t(`sizeBands.${organisation.sizeBand}`) },
            { header: t("fields.country"), cell: (organisation) => countryName(organisation.country, locale) },
            { header: t("fields.tags"), cell: (organisation) => organisation.tags.join(", ") },
            { header: t("fields.updatedAt"), cell: (organisation) => format.dateTime(organisation.updatedAt, { dateStyle: "medium" }) },
          ]}
        />
      )}
    </div>
  );
}
