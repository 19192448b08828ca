import { exchangeLinkToken, INVITATION_COOKIE } from "@/lib/http/link-cookie";

// Anonymous by design: an invitation link is how one gets an account. Its token moves into a cookie.
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return exchangeLinkToken(request, (await params).token, { name: INVITATION_COOKIE, path: "/", maxAgeSeconds: 7 * 24 * 60 * 60 }, "/invite");
}
