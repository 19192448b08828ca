import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/fields";
import type { SessionMember } from "@/lib/auth";
import { isLocale } from "@/lib/i18n/locale";
import { getAccount } from "@/lib/server/account";
import { signOutEverywhereAction } from "./actions";
import { ChangePasswordForm, EmailChangeForm, ProfileForm } from "./account-forms";

const section = "max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-6";

/** One's own account, for consultants and client viewers alike. */
export async function AccountPage({ member, passwordChanged }: { member: SessionMember; passwordChanged: boolean }) {
  const account = await getAccount(member.userId);
  if (!account) notFound();
  const t = await getTranslations("account");
  const tc = await getTranslations("confirm");
  const appLocale = await getLocale();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {passwordChanged && <FormMessage message={t("passwordChanged")} tone="success" />}
      <section aria-labelledby="profile-heading" className={section}>
        <h2 id="profile-heading" className="text-lg font-semibold">
          {t("profileTitle")}
        </h2>
        <ProfileForm
          name={account.name}
          locale={account.locale ?? (isLocale(appLocale) ? appLocale : "nl")}
          digestsEnabled={account.digestsEnabled}
          showDigests={member.role !== "CLIENT"}
        />
      </section>
      <section aria-labelledby="email-heading" className={section}>
        <h2 id="email-heading" className="text-lg font-semibold">
          {t("emailTitle")}
        </h2>
        <EmailChangeForm email={account.email} pendingEmail={account.pendingEmail} />
      </section>
      <section aria-labelledby="password-heading" className={section}>
        <h2 id="password-heading" className="text-lg font-semibold">
          {t("passwordTitle")}
        </h2>
        <p className="text-slate-700">{t("passwordIntro")}</p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className={section}>
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t("sessionsTitle")}
        </h2>
        <p className="text-slate-700">{t("sessionsIntro")}</p>
        <form action={signOutEverywhereAction}>
          <input type="hidden" name="confirm" value="everywhere" />
          <ConfirmButton
            className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100"
            title={tc("signOutEverywhereTitle")}
            message={tc("signOutEverywhereMessage")}
            confirmLabel={tc("signOutEverywhereConfirm")}
            cancelLabel={tc("cancel")}
          >
            {t("signOutEverywhere")}
          </ConfirmButton>
        </form>
      </section>
    </div>
  );
}
