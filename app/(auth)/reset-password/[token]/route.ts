import { exchangeLinkToken, PASSWORD_RESET_COOKIE } from "@/lib/http/link-cookie";

// Anonymous by design: a reset link is how one gets back in. Its token moves into a cookie.
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return exchangeLinkToken(request, (await params).token, { name: PASSWORD_RESET_COOKIE, path: "/reset-password", maxAgeSeconds: 60 * 60 }, "/reset-password");
}
