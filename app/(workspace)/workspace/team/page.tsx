import { getFormatter } from "next-intl/server";
import { getTranslations, type Translate } from "@/lib/i18n/server";
import { InviteByEmailForm } from "@/components/invitations/invite-by-email-form";
import { changeMemberRoleAction, inviteConsultantAction, removeMemberAction, revokeInvitationAction, transferOwnershipAction } from "@/components/team/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { DataTable } from "@/components/ui/table";
import { requireRole } from "@/lib/auth";
import { listMembers, listPendingInvitations, type WorkspaceMember } from "@/lib/server/invitations";
import { getWorkspaceSettings } from "@/lib/server/workspace-settings";

export async function generateMetadata() {
  return { title: (await getTranslations("team"))("title") };
}

export default async function TeamPage() {
  const member = await requireRole("OWNER", "CONSULTANT");
  const isOwner = member.role === "OWNER";
  const [members, invitations, settings] = await Promise.all([
    listMembers(member),
    isOwner ? listPendingInvitations(member) : [],
    getWorkspaceSettings(member),
  ]);
  const t = await getTranslations("team");
  const tc = await getTranslations("confirm");
  const ownerCount = members.filter((row) => row.role === "OWNER").length;
  const format = await getFormatter();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <section aria-labelledby="members-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="members-heading" className="mb-4 text-lg font-semibold">
          {t("members")}
        </h2>
        <DataTable
          caption={t("members")}
          rows={members}
          rowKey={(row) => row.userId}
          columns={[
            { header: t("name"), cell: (row) => row.name },
            { header: t("email"), cell: (row) => row.email },
            { header: t("role"), cell: (row) => `${t(`roles.${row.role}`)}${row.organisationName ? ` · ${row.organisationName}` : ""}` },
            ...(isOwner
              ? [
                  {
                    header: <span className="sr-only">{t("manage")}</span>,
                    className: "text-right",
                    cell: (row: (typeof members)[number]) => (
                      <MemberControls
                        member={row}
                        isSelf={row.userId === member.userId}
                        lastOwner={row.role === "OWNER" && ownerCount === 1}
                        labels={{ t, tc }}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </section>
      {isOwner && (
        <section aria-labelledby="invite-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="invite-heading" className="text-lg font-semibold">
            {t("inviteTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("inviteIntro")}</p>
          <InviteByEmailForm
            action={inviteConsultantAction}
            emailLabel={t("inviteEmail")}
            submitLabel={t("invite")}
            linkId="invitation-link"
            defaultLocale={settings.defaultLocale}
            mailConfigured={settings.mailConfigured}
          />
          {invitations.length > 0 && (
            <>
              <h3 className="pt-2 font-semibold">{t("pending")}</h3>
              <ul className="divide-y divide-slate-100">
                {invitations.map((invitation) => (
                  <li key={invitation.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                    <span>
                      {invitation.email} · {t("expires", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}
                    </span>
                    <form action={revokeInvitationAction}>
                      <input type="hidden" name="invitationId" value={invitation.id} />
                      <ConfirmButton
                        className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100"
                        title={tc("revokeInvitationTitle", { email: invitation.email })}
                        message={tc("revokeInvitationMessage")}
                        confirmLabel={tc("revokeInvitationConfirm")}
                        cancelLabel={tc("cancel")}
                      >
                        {t("revoke")}
                      </ConfirmButton>
                    </form>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}

type TranslateConfirm = Translate;
const smallButton = "rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100";

/** What the owner may do with one member: only what can succeed is offered. */
function MemberControls({
  member,
  isSelf,
  lastOwner,
  labels: { t, tc },
}: {
  member: WorkspaceMember;
  isSelf: boolean;
  lastOwner: boolean;
  labels: { t: Translate; tc: TranslateConfirm };
}) {
  if (member.role === "CLIENT") return null;
  const target = <input type="hidden" name="userId" value={member.userId} />;
  return (
    <div className="flex flex-wrap justify-end gap-2">
      {member.role === "CONSULTANT" && (
        <>
          <form action={changeMemberRoleAction}>
            {target}
            <input type="hidden" name="role" value="OWNER" />
            <ConfirmButton
              className={smallButton}
              ariaLabel={t("makeOwnerOf", { name: member.name })}
              title={tc("makeOwnerTitle", { name: member.name })}
              message={tc("makeOwnerMessage")}
              confirmLabel={tc("makeOwnerConfirm")}
              cancelLabel={tc("cancel")}
            >
              {t("makeOwner")}
            </ConfirmButton>
          </form>
          <form action={transferOwnershipAction}>
            {target}
            <ConfirmButton
              className={smallButton}
              ariaLabel={t("transferTo", { name: member.name })}
              title={tc("transferTitle", { name: member.name })}
              message={tc("transferMessage", { name: member.name })}
              confirmLabel={tc("transferConfirm")}
              cancelLabel={tc("cancel")}
            >
              {t("transfer")}
            </ConfirmButton>
          </form>
        </>
      )}
      {member.role === "OWNER" && !lastOwner && (
        <form action={changeMemberRoleAction}>
          {target}
          <input type="hidden" name="role" value="CONSULTANT" />
          <ConfirmButton
            className={smallButton}
            ariaLabel={t("makeConsultantOf", { name: member.name })}
            title={tc("makeConsultantTitle", { name: member.name })}
            message={isSelf ? tc("makeSelfConsultantMessage") : tc("makeConsultantMessage")}
            confirmLabel={tc("makeConsultantConfirm")}
            cancelLabel={tc("cancel")}
          >
            {t("makeConsultant")}
          </ConfirmButton>
        </form>
      )}
      {!isSelf && !lastOwner && (
        <form action={removeMemberAction}>
          {target}
          <ConfirmButton
            className="rounded border border-red-300 px-2 py-1 text-sm text-red-800 hover:bg-red-50"
            ariaLabel={t("removeMember", { name: member.name })}
            title={tc("removeMemberTitle", { name: member.name })}
            message={tc("removeMemberMessage")}
            confirmLabel={tc("removeMemberConfirm")}
            cancelLabel={tc("cancel")}
          >
            {t("remove")}
          </ConfirmButton>
        </form>
      )}
    </div>
  );
}
