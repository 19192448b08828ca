import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { BrandingForm } from "@/components/settings/branding-form";
import { GeneralSettingsForm } from "@/components/settings/general-settings-form";
import { OutboxTable } from "@/components/settings/outbox-table";
import { DeleteWorkspaceForm } from "@/components/settings/delete-workspace-form";
import { RestoreForm } from "@/components/settings/restore-form";
import { requireRole } from "@/lib/auth";
import { getBranding } from "@/lib/server/branding";
import { listOutbox } from "@/lib/server/mail/outbox";
import { getWorkspaceSettings } from "@/lib/server/workspace-settings";

const timeZonesWith = (current: string) => [...new Set(["UTC", current, ...Intl.supportedValuesOf("timeZone")])].sort();

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function WorkspaceSettingsPage() {
  const member = await requireRole("OWNER");
  const [branding, settings, outbox] = await Promise.all([getBranding(member), getWorkspaceSettings(member), listOutbox(member)]);
  const t = await getTranslations("settings");
  const format = await getFormatter();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <section aria-labelledby="general-heading" className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="general-heading" className="text-lg font-semibold">
          {t("general.title")}
        </h2>
        <GeneralSettingsForm
          current={{ name: settings.name, timeZone: settings.timeZone, defaultLocale: settings.defaultLocale }}
          timeZones={timeZonesWith(settings.timeZone)}
        />
      </section>
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
      <section aria-labelledby="outbox-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
        <div>
          <h2 id="outbox-heading" className="text-lg font-semibold">
            {t("outbox.title")}
          </h2>
          <p className="mt-1 text-slate-700">{settings.mailConfigured ? t("outbox.configured") : t("outbox.notConfigured")}</p>
        </div>
        <OutboxTable
          rows={outbox.map((entry) => ({
            ...entry,
            createdAt: format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            sentAt: entry.sentAt ? format.dateTime(entry.sentAt, { dateStyle: "medium", timeStyle: "short" }) : null,
          }))}
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
