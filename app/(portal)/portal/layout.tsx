import { SiteHeader } from "@/components/site/site-header";
import { currentMember } from "@/lib/auth";

// Layouts are not a security boundary: every portal page calls lib/auth itself.
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const member = await currentMember();
  return (
    <>
      <SiteHeader member={member} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
