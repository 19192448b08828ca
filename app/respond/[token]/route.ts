import { exchangeLinkToken, RESPONDENT_COOKIE } from "@/lib/http/link-cookie";

// Anonymous by design: the token is the respondent's only key. It is moved into a cookie here.
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return exchangeLinkToken(request, (await params).token, { name: RESPONDENT_COOKIE, path: "/respond", maxAgeSeconds: 14 * 24 * 60 * 60 }, "/respond");
}
