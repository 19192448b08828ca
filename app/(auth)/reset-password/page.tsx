import { Link } from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { ResetPasswordForm } from "@/components/account/recovery-forms";
import { linkTokenFrom, PASSWORD_RESET_COOKIE } from "@/lib/http/link-cookie";
import { checkPasswordResetLink } from "@/lib/server/account";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("resetTitle") };
}

// Open to anyone with the link, signed in or not: the link is the proof.
export default async function ResetPasswordPage() {
  const token = await linkTokenFrom(PASSWORD_RESET_COOKIE);
  const status = token ? await checkPasswordResetLink(token) : "unknown";
  const t = await getTranslations("account");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">{t("resetTitle")}</h1>
      {status === "valid" ? (
        <>
          <p className="mb-6 text-sm text-slate-700">{t("resetIntro")}</p>
          <ResetPasswordForm />
        </>
      ) : (
        <>
          <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
            {t(`resetLinkStatus.${status}`)}
          </p>
          <p className="mt-6 text-sm">
            <Link href="/forgot-password" className="font-medium text-brand-700 underline">
              {t("requestNewLink")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
