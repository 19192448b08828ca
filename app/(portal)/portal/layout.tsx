import { SiteHeader } from "@/components/site/site-header";
import { currentMember } from "@/lib/auth";
import { accentOf, getBranding } from "@/lib/server/branding";

// Layouts are not a security boundary: every portal page calls lib/auth itself.
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const member = await currentMember();
  const branding = member?.role === "CLIENT" ? await getBranding(member) : null;
  return (
    <>
      <SiteHeader
        member={member}
        brand={
          branding
            ? { name: branding.name, logoSrc: branding.logoVersion ? `/brand/logo?v=${branding.logoVersion}` : null, accent: accentOf(branding) }
            : undefined
        }
      />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
