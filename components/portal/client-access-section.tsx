import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import {
  inviteClientViewerAction,
  removeClientViewerAction,
  revokeClientInvitationAction,
  setClientActionsAllowedAction,
  setResultsMailAction,
} from "./actions";
import { InviteByEmailForm } from "@/components/invitations/invite-by-email-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ClientAccess } from "@/lib/server/client-access";

const smallButton = "rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100";

/** Who may open this organisation's portal, and what they may do there. */
export async function ClientAccessSection({ organisationId, access, archived }: { organisationId: string; access: ClientAccess; archived: boolean }) {
  const t = await getTranslations("clientAccess");
  const tc = await getTranslations("confirm");
  const format = await getFormatter();
  return (
    <section aria-labelledby="client-access-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="client-access-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {access.viewers.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noViewers")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label={t("viewers")}>
          {access.viewers.map((viewer) => (
            <li key={viewer.userId} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
              <span>
                {viewer.name} · {viewer.email}
              </span>
              <form action={removeClientViewerAction}>
                <input type="hidden" name="organisationId" value={organisationId} />
                <input type="hidden" name="userId" value={viewer.userId} />
                <ConfirmButton
                  className={smallButton}
                  title={tc("removeViewerTitle", { name: viewer.name })}
                  message={tc("removeViewerMessage", { name: viewer.name })}
                  confirmLabel={tc("removeViewerConfirm")}
                  cancelLabel={tc("cancel")}
                >
                  {t("remove", { name: viewer.name })}
                </ConfirmButton>
              </form>
            </li>
          ))}
        </ul>
      )}
      {access.pending.length > 0 && (
        <>
          <h3 className="font-semibold">{t("pending")}</h3>
          <ul className="divide-y divide-slate-100">
            {access.pending.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
                <span>
                  {invitation.email} · {t("expires", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}
                </span>
                <form action={revokeClientInvitationAction}>
                  <input type="hidden" name="organisationId" value={organisationId} />
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <ConfirmButton
                    className={smallButton}
                    title={tc("revokeInvitationTitle", { email: invitation.email })}
                    message={tc("revokeInvitationMessage")}
                    confirmLabel={tc("revokeInvitationConfirm")}
                    cancelLabel={tc("cancel")}
                  >
                    {t("revoke", { email: invitation.email })}
                  </ConfirmButton>
                </form>
              </li>
            ))}
          </ul>
        </>
      )}
      {!archived && (
        <InviteByEmailForm
          action={inviteClientViewerAction.bind(null, organisationId)}
          emailLabel={t("inviteEmail")}
          submitLabel={t("invite")}
          linkId="client-invitation-link"
          defaultLocale={access.defaultLocale}
          mailConfigured={access.mailConfigured}
        />
      )}
      <form action={setClientActionsAllowedAction} className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4 text-sm">
        <input type="hidden" name="organisationId" value={organisationId} />
        <input type="hidden" name="allowed" value={access.clientsMayCompleteActions ? "false" : "true"} />
        <span>{access.clientsMayCompleteActions ? t("actionsAllowed") : t("actionsNotAllowed")}</span>
        <button type="submit" className={smallButton}>
          {access.clientsMayCompleteActions ? t("disallowActions") : t("allowActions")}
        </button>
      </form>
      <form action={setResultsMailAction} className="flex flex-wrap items-center gap-3 text-sm">
        <input type="hidden" name="organisationId" value={organisationId} />
        <input type="hidden" name="on" value={access.notifyClientsOfResults ? "false" : "true"} />
        <span>{access.notifyClientsOfResults ? t("resultsMailOn") : t("resultsMailOff")}</span>
        <button type="submit" className={smallButton}>
          {access.notifyClientsOfResults ? t("stopResultsMail") : t("startResultsMail")}
        </button>
      </form>
    </section>
  );
}
