import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ForgotPasswordForm } from "@/components/account/recovery-forms";
import { currentMember, homeFor } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const member = await currentMember();
  if (member) redirect(homeFor(member));
  const t = await getTranslations("account");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">{t("forgotTitle")}</h1>
      <p className="mb-6 text-sm text-slate-700">{t("forgotIntro")}</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm text-slate-700">
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
