import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentMember, homeFor } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ signedOutEverywhere?: string }> }) {
  const member = await currentMember();
  if (member) redirect(homeFor(member));
  const t = await getTranslations("auth");
  const signedOutEverywhere = (await searchParams).signedOutEverywhere === "1";
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-6 text-2xl font-semibold">{t("signInTitle")}</h1>
      {signedOutEverywhere && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("signedOutEverywhere")}
        </p>
      )}
      <SignInForm />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline">
          {t("forgotPassword")}
        </Link>
      </p>
      <p className="mt-6 text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="font-medium text-brand-700 underline">
          {t("createAccount")}
        </Link>
      </p>
    </div>
  );
}
