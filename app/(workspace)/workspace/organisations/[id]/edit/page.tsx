import { Link } from "@/components/ui/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { updateOrganisationAction } from "@/components/organisations/actions";
import { countryOptions } from "@/components/organisations/country-options";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { requireOrganisationAccess, requireRole } from "@/lib/auth";
import { listConsultants } from "@/lib/server/invitations";

export async function generateMetadata() {
  return { title: (await getTranslations("organisations"))("edit") };
}

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("OWNER", "CONSULTANT");
  const { member, organisation } = await requireOrganisationAccess((await params).id);
  const t = await getTranslations("organisations");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href={`/workspace/organisations/${organisation.id}`} className="text-sm text-brand-700 underline">
        ← {organisation.name}
      </Link>
      <h1 className="text-2xl font-semibold">{t("editTitle", { name: organisation.name })}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <OrganisationForm
          action={updateOrganisationAction.bind(null, organisation.id)}
          initialValues={{
            name: organisation.name,
            sector: organisation.sector,
            sizeBand: organisation.sizeBand,
            country: organisation.country,
            responsibleConsultantId: organisation.responsibleConsultant?.id ?? "",
            website: organisation.website ?? "",
            tags: organisation.tags.join(", "),
            notes: organisation.notes,
            notesShared: organisation.notesInternal ? "" : "on",
            ...Object.fromEntries(organisation.channels.map((channel) => [`channel.${channel}`, "on"])),
          }}
          countries={countryOptions(await getLocale())}
          consultants={(await listConsultants(member)).map((consultant) => ({ value: consultant.id, label: consultant.name }))}
          submitLabel={t("save")}
        />
      </div>
    </div>
  );
}
