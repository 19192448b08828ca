import { getTranslations } from "next-intl/server";
import { BrandingForm } from "@/components/settings/branding-form";
import { DeleteWorkspaceForm } from "@/components/settings/delete-workspace-form";
import { RestoreForm } from "@/components/settings/restore-form";
import { requireRole } from "@/lib/auth";
import { getBranding } from "@/lib/server/branding";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function WorkspaceSettingsPage() {
  const member = await requireRole("OWNER");
  const branding = await getBranding(member);
  const t = await getTranslations("settings");
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <section aria-labelledby="branding-heading" className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-6">
        <div>
          <h2 id="branding-heading" className="text-lg font-semibold">
            {t("branding.title")}
          </h2>
          <p className="mt-1 text-slate-700">{t("branding.intro")}</p>
        </div>
        <BrandingForm
          current={{
            brandName: branding.brandName ?? "",
            accentColour: branding.accentColour ?? "",
            reportFooter: branding.reportFooter,
            logoSrc: branding.logoVersion ? `/brand/logo?v=${branding.logoVersion}` : null,
            workspaceName: member.workspaceName,
          }}
        />
      </section>
      <section aria-labelledby="backup-heading" className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="backup-heading" className="text-lg font-semibold">
          {t("backup.title")}
        </h2>
        <p className="text-slate-700">{t("backup.intro")}</p>
        <a href="/workspace/settings/backup" download className="inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("backup.download")}
        </a>
        <RestoreForm />
      </section>
      <section aria-labelledby="delete-heading" className="max-w-2xl space-y-4 rounded-lg border border-red-200 bg-white p-6">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-900">
          {t("delete.title")}
        </h2>
        <p className="text-slate-700">{t("delete.intro")}</p>
        <DeleteWorkspaceForm workspaceName={member.workspaceName} />
      </section>
    </div>
  );
}
