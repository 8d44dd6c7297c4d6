// Sends anonymous page requests to the sign-in page. Not a security boundary: every page, query and server
// action checks the signed-in user, the role and the gemeente itself. It only looks whether a session cookie is
// present and never rewrites it, so a sign-out or a renewed session is never undone on the way back.
import { type NextRequest, NextResponse } from "next/server";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function hasSessionCookie(request: NextRequest) {
  // Auth.js splits a large token over name.0, name.1, ...
  return request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

export function proxy(request: NextRequest) {
  if (request.method !== "GET" || hasSessionCookie(request)) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!api/|_next/|login|bench/|favicon.ico|icon.svg|robots.txt).*)"],
};
