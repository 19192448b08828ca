import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { currentMember, homeFor } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage() {
  const member = await currentMember();
  if (member) redirect(homeFor(member));
  const t = await getTranslations("auth");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">{t("signUpTitle")}</h1>
      <p className="mb-6 text-sm text-slate-700">{t("signUpIntro")}</p>
      <SignUpForm />
      <p className="mt-6 text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
