import "server-only";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";

// Single-use links carry their token once: the route that receives the link moves it into an
// httpOnly cookie and redirects to a page without it, so the token is never part of a page,
// the browser history or a Referer header.

export const RESPONDENT_COOKIE = "curvewise-respondent";
export const INVITATION_COOKIE = "curvewise-invitation";
export const PASSWORD_RESET_COOKIE = "curvewise-password-reset";
export const EMAIL_CHANGE_COOKIE = "curvewise-email-change";
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

export function exchangeLinkToken(request: Request, token: string, cookie: { name: string; path: string; maxAgeSeconds: number }, to: string): NextResponse {
  // A relative Location keeps the visitor on the host they came by (the server may know
  // itself by another name), so that the cookie set here is sent with the next request.
  const response = new NextResponse(null, { status: 303, headers: { Location: to, "Cache-Control": "no-store" } });
  const secure = (request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "")) === "https";
  if (TOKEN_SHAPE.test(token)) {
    response.cookies.set(cookie.name, token, {
      httpOnly: true,
      sameSite: "lax",
      secure,
      path: cookie.path,
      maxAge: cookie.maxAgeSeconds,
    });
  } else {
    // A malformed link must not fall back on an earlier link's token still in the cookie.
    response.cookies.set(cookie.name, "invalid", { httpOnly: true, sameSite: "lax", path: cookie.path, maxAge: 60 });
  }
  return response;
}

export async function linkTokenFrom(name: string): Promise<string | null> {
  const value = (await cookies()).get(name)?.value;
  return value && TOKEN_SHAPE.test(value) ? value : null;
}

export async function forgetLinkToken(name: string, path: string): Promise<void> {
  (await cookies()).set(name, "", { httpOnly: true, sameSite: "lax", path, maxAge: 0 });
}
