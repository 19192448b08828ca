import { SiteHeader } from "@/components/site/site-header";

export default async function RespondLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader offerSignIn={false} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
