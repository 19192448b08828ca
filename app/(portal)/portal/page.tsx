import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/components/organisations/country-options";
import { requireOrganisationAccess, requireRole } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("title") };
}

export default async function PortalPage() {
  const member = await requireRole("CLIENT");
  if (!member.organisationId) redirect("/sign-in");
  const { organisation } = await requireOrganisationAccess(member.organisationId);
  const t = await getTranslations("portal");
  const to = await getTranslations("organisations");
  const locale = await getLocale();
  return (
    <div className="space-y-6">
      <p className="text-sm uppercase tracking-wide text-slate-600">{t("eyebrow", { workspace: member.workspaceName })}</p>
      <h1 className="text-3xl font-semibold">{organisation.name}</h1>
      <p className="text-slate-700">
        {to(`sectors.${organisation.sector}`)} · {to(`sizeBands.${organisation.sizeBand}`)} · {countryName(organisation.country, locale)}
      </p>
      <section aria-labelledby="progress-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="progress-heading" className="mb-2 text-lg font-semibold">{t("progressTitle")}</h2>
        <p className="text-slate-700">{t("progressEmpty")}</p>
      </section>
    </div>
  );
}
