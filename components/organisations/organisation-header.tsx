import { Link } from "@/components/ui/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { TabNav } from "@/components/ui/tab-nav";
import type { OrganisationDetail } from "@/lib/server/organisations";
import { archiveOrganisationAction, deleteOrganisationAction, restoreOrganisationAction } from "./actions";

const button = "rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100";

/** The organisation's name, what can be done with it, and its tabs: above every tab. */
export async function OrganisationHeader({ organisation, mayDelete }: { organisation: OrganisationDetail; mayDelete: boolean }) {
  const t = await getTranslations("organisations");
  const tabs = await getTranslations("organisationPage.tabs");
  const tc = await getTranslations("confirm");
  const format = await getFormatter();
  const base = `/workspace/organisations/${organisation.id}`;
  const archived = organisation.archivedAt !== null;
  return (
    <div className="space-y-4">
      <Link href="/workspace/organisations" className="text-sm text-brand-700 underline">
        ← {t("backToList")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold">{organisation.name}</h1>
          {archived && (
            <p className="mt-2 inline-block rounded bg-slate-200 px-2 py-1 text-sm text-slate-800">
              {t("archivedOn", { date: format.dateTime(organisation.archivedAt!, { dateStyle: "long" }) })}
            </p>
          )}
        </div>
        <div className="flex gap-2">
          <Link href={`${base}/edit`} className={button}>
            {t("edit")}
          </Link>
          <form action={archived ? restoreOrganisationAction : archiveOrganisationAction}>
            <input type="hidden" name="organisationId" value={organisation.id} />
            {archived ? (
              <button type="submit" className={button}>
                {t("restore")}
              </button>
            ) : (
              <ConfirmButton
                className={button}
                title={tc("archiveTitle", { name: organisation.name })}
                message={tc("archiveMessage")}
                confirmLabel={tc("archiveConfirm")}
                cancelLabel={tc("cancel")}
              >
                {t("archive")}
              </ConfirmButton>
            )}
          </form>
          {archived && mayDelete && (
            <form action={deleteOrganisationAction}>
              <input type="hidden" name="organisationId" value={organisation.id} />
              <ConfirmButton
                className="rounded-md border border-red-300 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50"
                title={tc("deleteOrganisationTitle", { name: organisation.name })}
                message={tc("deleteOrganisationMessage", { name: organisation.name })}
                confirmLabel={tc("deleteOrganisationConfirm", { name: organisation.name })}
                cancelLabel={tc("cancel")}
              >
                {t("deleteForGood")}
              </ConfirmButton>
            </form>
          )}
        </div>
      </div>
      <TabNav
        label={tabs("label")}
        tabs={[
          { href: base, label: tabs("overview") },
          { href: `${base}/progress`, label: tabs("progress") },
          { href: `${base}/assessments`, label: tabs("assessments") },
          { href: `${base}/plan`, label: tabs("plan") },
          { href: `${base}/strategy`, label: tabs("strategy") },
          { href: `${base}/access`, label: tabs("access") },
          { href: `${base}/history`, label: tabs("history") },
        ]}
      />
    </div>
  );
}
