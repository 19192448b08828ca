import { Link } from "@/components/ui/link";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { StrategyReadView } from "@/components/strategy/strategy-read-view";
import { requireClientViewer, requireOrganisationAccess } from "@/lib/auth";
import { channelName, shippedModels, SMICIKLAS_MODEL_ID } from "@/lib/curve";
import { isLocale } from "@/lib/i18n/locale";
import { listSharedStrategies } from "@/lib/server/strategies";

export async function generateMetadata() {
  return { title: (await getTranslations("strategy"))("portalTitle") };
}

/** The client's strategy as the consultant shared it: read only, without internal notes. */
export default async function PortalStrategyPage() {
  const member = await requireClientViewer();
  const { organisation } = await requireOrganisationAccess(member.organisationId);
  const strategies = await listSharedStrategies(member, organisation.id);
  const t = await getTranslations("strategy");
  const format = await getFormatter();
  const localeText = await getLocale();
  const locale = isLocale(localeText) ? localeText : "nl";
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  return (
    <div className="space-y-6">
      <Link href="/portal" className="text-sm text-brand-700 underline">
        ← {t("backToPortal")}
      </Link>
      <h1 className="text-3xl font-semibold">{t("portalHeading", { organisation: organisation.name })}</h1>
      {strategies.length === 0 ? (
        <p className="text-slate-700">{t("portalNone")}</p>
      ) : (
        strategies.map((strategy) => (
          <section
            key={strategy.channel}
            aria-labelledby={`strategy-${strategy.channel || "organisation"}`}
            className="rounded-lg border border-slate-200 bg-white p-6"
          >
            <h2 id={`strategy-${strategy.channel || "organisation"}`} className="text-xl font-semibold">
              {strategy.channel ? t("channelStrategy", { channel: channelName(strategy.channel) }) : t("wholeOrganisation")}
            </h2>
            <p className="mb-4 text-sm text-slate-600">
              {t("portalVersion", { number: strategy.number, date: format.dateTime(strategy.savedOn, { dateStyle: "long" }) })}
            </p>
            <StrategyReadView content={strategy.content} model={model} locale={locale} />
          </section>
        ))
      )}
    </div>
  );
}
