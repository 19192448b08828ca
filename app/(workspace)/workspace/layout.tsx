import { getTranslations } from "@/lib/i18n/server";
import { SiteHeader } from "@/components/site/site-header";
import { currentMember } from "@/lib/auth";

// Layouts are not a security boundary: every page and action below calls lib/auth itself.
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const member = await currentMember();
  const t = await getTranslations("nav");
  const isConsultant = member && member.role !== "CLIENT";
  const nav = isConsultant
    ? [
        { href: "/workspace", label: t("portfolio") },
        { href: "/workspace/organisations", label: t("organisations") },
        { href: "/workspace/compare", label: t("compare") },
        { href: "/workspace/reassessments", label: t("reassessments") },
        { href: "/workspace/team", label: t("team") },
        ...(member.role === "OWNER" ? [{ href: "/workspace/settings", label: t("settings") }] : []),
      ]
    : [];
  return (
    <>
      <SiteHeader member={member} nav={nav} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
