import { EMAIL_CHANGE_COOKIE, exchangeLinkToken } from "@/lib/http/link-cookie";

// Anonymous by design: the link proves the new address is the member's. Its token moves into a cookie.
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return exchangeLinkToken(request, (await params).token, { name: EMAIL_CHANGE_COOKIE, path: "/confirm-email", maxAgeSeconds: 24 * 60 * 60 }, "/confirm-email");
}
