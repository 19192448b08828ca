import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getBranding } from "@/lib/server/branding";

// The signed-in member's workspace's logo, for the portal and the settings page. Its address
// carries a version (?v=…), so that it may be kept by the browser until the logo changes.
export async function GET() {
  const member = await requireUser();
  const { logo } = await getBranding(member, true);
  if (!logo) notFound();
  return new Response(new Uint8Array(logo.bytes), {
    headers: { "Content-Type": logo.type, "Cache-Control": "private, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff" },
  });
}
