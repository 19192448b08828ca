import { getTranslations } from "@/lib/i18n/server";
import { ImportForm } from "@/components/exchange/import-form";
import { RestoreForm } from "@/components/settings/restore-form";
import { requireRole } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage() {
  const member = await requireRole("OWNER", "CONSULTANT");
  const t = await getTranslations("import");
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <section aria-labelledby="template-heading" className="space-y-2">
        <h2 id="template-heading" className="font-semibold">
          {t("template")}
        </h2>
        <div className="flex flex-wrap gap-2">
          <a href="/workspace/import/template?format=xlsx" download className={link}>
            {t("templateXlsx")}
          </a>
          <a href="/workspace/import/template?format=csv" download className={link}>
            {t("templateCsv")}
          </a>
        </div>
        <p className="text-sm text-slate-600">{t("ownExport")}</p>
      </section>
      <ImportForm />
      {member.role === "OWNER" && (
        <section aria-labelledby="restore-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="restore-heading" className="font-semibold">
            {t("restoreTitle")}
          </h2>
          <RestoreForm />
        </section>
      )}
    </div>
  );
}
