import "server-only";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { requireOrganisationAccess, requireRole } from "@/lib/auth";
import { shippedModels, SMICIKLAS_MODEL_ID } from "@/lib/curve";
import { isLocale } from "@/lib/i18n/locale";

type Params = Promise<{ id: string }>;

/** Every tab of an organisation: consultants and owners of its workspace only (others get 404). */
export async function openOrganisation(params: Params) {
  await requireRole("OWNER", "CONSULTANT");
  const { member, organisation } = await requireOrganisationAccess((await params).id);
  const locale = await getLocale();
  return { member, organisation, locale: isLocale(locale) ? locale : "nl", model: shippedModels.latest(SMICIKLAS_MODEL_ID) } as const;
}

/** "Plan · Bakkerij Van Dam" */
export function tabMetadata(tab: "overview" | "progress" | "assessments" | "plan" | "strategy" | "access" | "history") {
  return async function generateMetadata({ params }: { params: Params }) {
    const { organisation } = await openOrganisation(params);
    const t = await getTranslations("organisationPage.tabs");
    return { title: tab === "overview" ? organisation.name : `${t(tab)} · ${organisation.name}` };
  };
}
