import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { currentMember, homeFor } from "@/lib/auth";
import { INVITATION_COOKIE, linkTokenFrom } from "@/lib/http/link-cookie";
import { findInvitation } from "@/lib/server/invitations";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("invitationTitle") };
}

export default async function InvitationPage() {
  const member = await currentMember();
  if (member) redirect(homeFor(member));
  const token = await linkTokenFrom(INVITATION_COOKIE);
  const t = await getTranslations("auth");
  const invitation = token ? await findInvitation(token) : ({ status: "unknown" } as const);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">
        {t(invitation.status === "valid" && invitation.role === "CLIENT" ? "clientInvitationTitle" : "invitationTitle")}
      </h1>
      {invitation.status === "valid" ? (
        <>
          <p className="mb-6 text-sm text-slate-700">
            {invitation.role === "CLIENT"
              ? t("clientInvitationIntro", { workspace: invitation.workspaceName, organisation: invitation.organisationName ?? "" })
              : t("invitationIntro", { workspace: invitation.workspaceName })}
          </p>
          <AcceptInvitationForm email={invitation.email} forClient={invitation.role === "CLIENT"} />
        </>
      ) : (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
          {t(`invitationStatus.${invitation.status}`)}
        </p>
      )}
    </div>
  );
}
