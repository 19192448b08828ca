import { getTranslations } from "@/lib/i18n/server";
import { ConfirmEmailForm } from "@/components/account/recovery-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("confirmEmailTitle") };
}

// Open to anyone with the link: it proves the new address belongs to the member who asked.
// Confirming takes a click, so that a mail scanner opening the link changes nothing.
export default async function ConfirmEmailPage() {
  const t = await getTranslations("account");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">{t("confirmEmailTitle")}</h1>
      <p className="mb-6 text-sm text-slate-700">{t("confirmEmailIntro")}</p>
      <ConfirmEmailForm />
    </div>
  );
}
