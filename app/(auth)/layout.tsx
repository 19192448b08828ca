import { SiteHeader } from "@/components/site/site-header";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        {children}
      </main>
    </>
  );
}
