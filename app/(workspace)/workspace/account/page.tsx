import { getTranslations } from "@/lib/i18n/server";
import { AccountPage } from "@/components/account/account-page";
import { requireRole } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function WorkspaceAccountPage({ searchParams }: { searchParams: Promise<{ passwordChanged?: string }> }) {
  const member = await requireRole("OWNER", "CONSULTANT");
  return <AccountPage member={member} passwordChanged={(await searchParams).passwordChanged === "1"} />;
}
