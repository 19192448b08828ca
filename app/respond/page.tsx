import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { dimensionViews, stageNames } from "@/components/model/model-view";
import { RespondentWizard } from "@/components/respondents/respondent-wizard";
import { shippedModels } from "@/lib/curve";
import { linkTokenFrom, RESPONDENT_COOKIE } from "@/lib/http/link-cookie";
import { isLocale } from "@/lib/i18n/locale";
import { openRespondentLink } from "@/lib/server/respondents";

export async function generateMetadata() {
  return { title: (await getTranslations("respond"))("pageTitle") };
}

// Anonymous by design: the respondent link (moved into a cookie by /respond/[token]) is the key.
export default async function RespondPage() {
  const t = await getTranslations("respond");
  const token = await linkTokenFrom(RESPONDENT_COOKIE);
  const opened = token ? await openRespondentLink(token) : ({ ok: false, reason: "unknown" } as const);
  if (!opened.ok) {
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <h1 className="mb-2 text-2xl font-semibold">{t("pageTitle")}</h1>
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
          {t(`linkStatus.${opened.reason}`)}
        </p>
      </div>
    );
  }
  const { session } = opened;
  const locale = await getLocale();
  const language = isLocale(locale) ? locale : "nl";
  const model = shippedModels.get(session.modelId, session.modelVersion);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm tracking-wide text-slate-600 uppercase">{session.organisationName}</p>
        <h1 className="text-2xl font-semibold">{session.assessmentTitle}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          {session.name
            ? t("welcomeNamed", { name: session.name, group: t(`raterGroups.${session.raterGroup}`) })
            : t("welcomeAnonymous", { group: t(`raterGroups.${session.raterGroup}`) })}
        </p>
      </div>
      <RespondentWizard dimensions={dimensionViews(model, language)} stageNames={stageNames(model, language)} initialAnswers={session.answers} />
    </div>
  );
}
