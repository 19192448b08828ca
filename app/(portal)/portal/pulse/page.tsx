import { Link } from "@/components/ui/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { recordPulseAction } from "@/components/portal/actions";
import { dimensionViews, stageNames } from "@/components/model/model-view";
import { PulseForm } from "@/components/portal/pulse-form";
import { requireClientViewer, requireOrganisationAccess } from "@/lib/auth";
import { pulseModel, shippedModels, SMICIKLAS_MODEL_ID } from "@/lib/curve";
import { isLocale } from "@/lib/i18n/locale";

export async function generateMetadata() {
  return { title: (await getTranslations("pulse"))("title") };
}

export default async function PulsePage() {
  const member = await requireClientViewer();
  const { organisation } = await requireOrganisationAccess(member.organisationId);
  const t = await getTranslations("pulse");
  const locale = await getLocale();
  const language = isLocale(locale) ? locale : "nl";
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  return (
    <div className="space-y-6">
      <Link href="/portal" className="text-sm text-brand-700 underline">
        ← {t("back")}
      </Link>
      <h1 className="text-3xl font-semibold">
        {t("title")}: {organisation.name}
      </h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <PulseForm action={recordPulseAction} dimensions={dimensionViews(pulseModel(model), language)} stageNames={stageNames(model, language)} />
    </div>
  );
}
