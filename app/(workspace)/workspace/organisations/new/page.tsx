import { Link } from "@/components/ui/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { createOrganisationAction } from "@/components/organisations/actions";
import { countryOptions } from "@/components/organisations/country-options";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { requireRole } from "@/lib/auth";
import { listConsultants } from "@/lib/server/invitations";

export async function generateMetadata() {
  return { title: (await getTranslations("organisations"))("new") };
}

export default async function NewOrganisationPage() {
  const member = await requireRole("OWNER", "CONSULTANT");
  const t = await getTranslations("organisations");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/workspace/organisations" className="text-sm text-brand-700 underline">
        ← {t("backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <OrganisationForm
          action={createOrganisationAction}
          initialValues={{ country: "NL", responsibleConsultantId: member.userId }}
          countries={countryOptions(await getLocale())}
          consultants={(await listConsultants(member)).map((consultant) => ({ value: consultant.id, label: consultant.name }))}
          submitLabel={t("create")}
        />
      </div>
    </div>
  );
}
