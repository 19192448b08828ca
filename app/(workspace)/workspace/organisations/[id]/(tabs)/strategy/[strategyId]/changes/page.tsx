import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { openOrganisation } from "@/components/organisations/open-organisation";
import { localize, strategyChanges, strategyElement, type ObjectiveField } from "@/lib/curve";
import { getStrategy, getStrategyVersionContents } from "@/lib/server/strategies";

type Params = Promise<{ id: string; strategyId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }) {
  const { organisation } = await openOrganisation(params);
  const t = await getTranslations("strategy");
  return { title: `${t("compare.title")} · ${organisation.name}` };
}

const versionNumber = (value: string | string[] | undefined) => {
  const number = Number(typeof value === "string" ? value : NaN);
  return Number.isInteger(number) && number > 0 ? number : null;
};

/** What changed between two saved versions of a strategy, element by element. */
export default async function StrategyChangesPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { member, organisation, model, locale } = await openOrganisation(params);
  const { strategyId } = await params;
  const query = await searchParams;
  const strategy = await getStrategy(member, organisation.id, strategyId);
  if (!strategy) notFound();
  const t = await getTranslations("strategy");
  const back = `/workspace/organisations/${organisation.id}/strategy/${strategy.id}`;
  const [from, to] = [versionNumber(query.from), versionNumber(query.to)];
  const contents = from && to ? await getStrategyVersionContents(member, strategy.id, [from, to]) : null;
  const dimensionName = new Map(model.dimensions.map((dimension) => [dimension.id, localize(dimension.name, locale)]));
  const fieldText = (field: ObjectiveField, value: string) => (field === "dimensionId" ? (dimensionName.get(value) ?? value) : value) || "—";
  const changes = contents ? strategyChanges(contents[0], contents[1]) : [];
  const block = "rounded-md border p-3 whitespace-pre-wrap text-sm";
  return (
    <div className="space-y-4">
      <Link href={back} className="text-sm text-brand-700 underline">
        ← {t("backToStrategy")}
      </Link>
      <h2 className="text-2xl font-semibold">{t("compare.heading", { from: from ?? "?", to: to ?? "?" })}</h2>
      {!contents ? (
        <p className="text-slate-700">{t("compare.missing")}</p>
      ) : changes.length === 0 ? (
        <p className="text-slate-700">{t("compare.none")}</p>
      ) : (
        <ul className="space-y-4">
          {changes.map((change, index) => (
            <li key={index} className="rounded-lg border border-slate-200 bg-white p-4">
              {change.kind === "section" ? (
                <>
                  <h3 className="mb-2 font-semibold">{localize(strategyElement(change.elementId).title, locale)}</h3>
                  <div className="grid gap-3 md:grid-cols-2">
                    <div>
                      <p className="mb-1 text-sm font-medium text-slate-700">{t("compare.before", { number: from! })}</p>
                      <p className={`${block} border-red-200 bg-red-50`}>{change.before || t("compare.empty")}</p>
                    </div>
                    <div>
                      <p className="mb-1 text-sm font-medium text-slate-700">{t("compare.after", { number: to! })}</p>
                      <p className={`${block} border-green-200 bg-green-50`}>{change.after || t("compare.empty")}</p>
                    </div>
                  </div>
                </>
              ) : change.kind === "objectiveChanged" ? (
                <>
                  <h3 className="mb-2 font-semibold">{t("compare.objectiveChanged", { what: change.after.what || change.before.what })}</h3>
                  <ul className="list-disc pl-5 text-sm">
                    {change.fields.map((field) => (
                      <li key={field}>
                        {t("compare.fieldChange", {
                          field: t(`objectiveFields.${field}`),
                          before: fieldText(field, change.before[field]),
                          after: fieldText(field, change.after[field]),
                        })}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <h3 className="font-semibold">
                  {change.kind === "objectiveAdded"
                    ? t("compare.objectiveAdded", { what: change.after.what })
                    : t("compare.objectiveRemoved", { what: change.before.what })}
                </h3>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
