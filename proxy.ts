import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, STATIC_SECURITY_HEADERS, strictTransportSecurity } from "@/lib/security/csp";
import { DEV_TOOLS_COOKIE, DEV_TOOLS_COOKIE_PATH, isDevToolsToken } from "@/lib/security/dev-tools";
import { PAGE_CACHE_RENDER_HEADER } from "@/lib/auth/session-view";
import { parseUiMode, UI_MODE_COOKIE, UI_MODE_COOKIE_MAX_AGE, UI_MODE_HEADER, UI_MODE_PARAM, withoutUiMode } from "@/lib/ui-mode";

/**
 * Runs before every page: a fresh CSP nonce per request, the static security headers, HSTS over
 * https, the display mode (长辈版, W1) for the layout, and the dev-tools cookie when the demo's
 * /dev/sms link is opened.
 *
 * A page rendered for the page cache (scripts/page-cache.mjs) gets the server's secret
 * placeholder as its nonce, which the server replaces with a fresh one in every response; only
 * a request carrying that exact secret is treated so, and it is marked for the layout, which then
 * renders for nobody.
 */
export function proxy(request: NextRequest) {
  // W1: `?mode=elder` on any page is remembered, then the browser comes back to the clean address.
  const chosen = parseUiMode(request.nextUrl.searchParams.get(UI_MODE_PARAM));
  if (chosen && request.method === "GET") {
    const back = NextResponse.redirect(new URL(withoutUiMode(request.nextUrl), request.url), 303);
    back.cookies.set(UI_MODE_COOKIE, chosen, { path: "/", sameSite: "lax", maxAge: UI_MODE_COOKIE_MAX_AGE });
    return back;
  }
  const placeholder = process.env.PORTAL_RENDER_NONCE;
  const forCache = Boolean(placeholder) && request.headers.get("x-portal-render-nonce") === placeholder;
  const nonce = forCache ? placeholder! : Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = buildCsp(nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete("x-portal-render-nonce");
  if (forCache) requestHeaders.set(PAGE_CACHE_RENDER_HEADER, "1");
  else requestHeaders.delete(PAGE_CACHE_RENDER_HEADER);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // Lets server components know the path, e.g. to send a visitor back after login.
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set(UI_MODE_HEADER, parseUiMode(request.cookies.get(UI_MODE_COOKIE)?.value) ?? "standard");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  const hsts = strictTransportSecurity(process.env.NEXTAUTH_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  // S1: the printed link opens the outbox once; the cookie lets later visits do without the token.
  const token = request.nextUrl.pathname === "/dev/sms" ? request.nextUrl.searchParams.get("token") : null;
  if (token && isDevToolsToken(token)) {
    response.cookies.set(DEV_TOOLS_COOKIE, token, { httpOnly: true, sameSite: "strict", path: DEV_TOOLS_COOKIE_PATH });
  }
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/direct).*)" }],
};
