// Sends anonymous page requests to the sign-in page. Not a security boundary: every page, query and server
// action checks the signed-in user, the role and the gemeente itself.
import NextAuth from "next-auth";
import { authConfig } from "./lib/auth/config";

const { auth } = NextAuth(authConfig);

export { auth as proxy };

export const config = {
  matcher: ["/((?!api/|_next/|login|favicon.ico|icon.svg|robots.txt).*)"],
};
