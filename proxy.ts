// Runs before every request. Over HTTPS every answer, the API's and Next.js's files included, gets
// Strict-Transport-Security. Pages (the sign-in page too) also get the Content-Security-Policy with a fresh nonce, and
// anonymous page requests go to the sign-in page.
// The redirect is not a security boundary: every page, query and server action checks the signed-in user, the role
// and the gemeente itself. It only looks whether a session cookie is present and never rewrites it, so a sign-out or a
// renewed session is never undone on the way back.
import { type NextRequest, NextResponse } from "next/server";
import { ssoOrigin } from "@/lib/auth/sso-config";
import { servedOverHttps } from "@/lib/server/request-origin";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/server/security-headers";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** Not pages: the API (next.config.mjs gives it a policy of its own, and it checks its own key or session), Next.js's
 * files and the icons. */
const NOT_PAGES = /^\/(?:api\/|_next\/|favicon\.ico$|icon\.svg$|robots\.txt$)/;

/**
 * Pages anyone may open: the sign-in page, the pages of the footer (accessibility statement, privacy, help, contact),
 * and the benchmark's page (which exists only in benchmark mode).
 */
const OPEN_PAGES = /^\/(?:login|bench\/|(?:accessibility|privacy|help|contact)$)/;

function hasSessionCookie(request: NextRequest) {
  // Auth.js splits a large token over name.0, name.1, ...
  return request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

function toSignIn(request: NextRequest) {
  // Built on the request's own address, which Next.js turns back into a relative Location: behind a reverse proxy the
  // browser stays on the proxy's host, and a client-sent X-Forwarded-Host steers nothing.
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export function proxy(request: NextRequest) {
  if (NOT_PAGES.test(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    if (servedOverHttps(request.headers)) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    return response;
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development", ssoOrigin());
  let response: NextResponse;
  if (request.method === "GET" && !OPEN_PAGES.test(request.nextUrl.pathname) && !hasSessionCookie(request)) {
    response = toSignIn(request);
  } else {
    // Next.js reads the nonce from the policy on the request and puts it on the scripts it renders.
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  if (servedOverHttps(request.headers)) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = { matcher: "/:path*" };
