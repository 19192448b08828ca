import { Link } from "@/components/ui/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { openOrganisation, tabMetadata } from "@/components/organisations/open-organisation";
import { startStrategyAction } from "@/components/strategy/actions";
import { StartStrategyForm } from "@/components/strategy/start-strategy-form";
import { channelName, localize, STRATEGY_EXAMPLES } from "@/lib/curve";
import { listStrategies } from "@/lib/server/strategies";

export const generateMetadata = tabMetadata("strategy");

const card = "rounded-lg border border-slate-200 bg-white p-6";

export default async function OrganisationStrategiesPage({ params }: { params: Promise<{ id: string }> }) {
  const { member, organisation, locale } = await openOrganisation(params);
  const strategies = await listStrategies(member, organisation.id);
  const t = await getTranslations("strategy");
  const format = await getFormatter();
  const base = `/workspace/organisations/${organisation.id}/strategy`;
  const taken = new Set(strategies.map((strategy) => strategy.channel));
  const scopes = [
    { value: "", label: t("wholeOrganisation") },
    ...organisation.channels.map((channel) => ({ value: channel, label: t("channelStrategy", { channel: channelName(channel) }) })),
  ];
  const free = scopes.filter((scope) => !taken.has(scope.value));
  const suggested = { channel: free[0]?.value ?? "", start: "template" };
  return (
    <div className="space-y-6">
      <section aria-labelledby="strategies-heading" className={card}>
        <h2 id="strategies-heading" className="mb-2 text-lg font-semibold">
          {t("listTitle")}
        </h2>
        <p className="mb-4 text-sm text-slate-700">{t("listIntro")}</p>
        {strategies.length === 0 ? (
          <p className="text-slate-700">{t("noStrategies")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {strategies.map((strategy) => (
              <li key={strategy.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
                <Link href={`${base}/${strategy.id}`} className="font-medium text-brand-700 underline">
                  {strategy.channel ? t("channelStrategy", { channel: channelName(strategy.channel) }) : t("wholeOrganisation")}
                </Link>
                <span className="text-sm text-slate-700">
                  {t("versionCount", { count: strategy.versions })} ·{" "}
                  {strategy.sharedVersion ? t("sharedVersion", { number: strategy.sharedVersion }) : t("notShared")} ·{" "}
                  {t("changedOn", { date: format.dateTime(strategy.updatedAt, { dateStyle: "medium" }) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {organisation.archivedAt === null && free.length > 0 && (
        <section aria-labelledby="start-strategy-heading" className={card}>
          <h2 id="start-strategy-heading" className="mb-4 text-lg font-semibold">
            {t("start.title")}
          </h2>
          <StartStrategyForm
            action={startStrategyAction.bind(null, organisation.id)}
            channels={free}
            suggested={suggested}
            starts={[
              { value: "template", label: t("start.template") },
              ...STRATEGY_EXAMPLES.map((example) => ({ value: example.id, label: t("start.example", { name: localize(example.name, locale) }) })),
              { value: "blank", label: t("start.blank") },
            ]}
          />
        </section>
      )}
    </div>
  );
}
