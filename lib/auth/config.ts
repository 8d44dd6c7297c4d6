// Auth.js settings without database access. The data layer checks the user, role and gemeente on every request;
// the token only says who signed in, when, and with which session version.
import type { NextAuthConfig } from "next-auth";
import { SESSION_MAX_AGE_SECONDS } from "../domain/constants";

export function sessionExpired(signedInAt: number | undefined, now = Date.now()): boolean {
  return !signedInAt || now - signedInAt > SESSION_MAX_AGE_SECONDS * 1000;
}

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  logger: {
    // A wrong password is expected, is answered on the sign-in page and is recorded in the audit trail;
    // only unexpected errors go to the server log.
    error(error: Error) {
      const type = (error as Error & { type?: string }).type;
      if (type === "CredentialsSignin") return;
      console.error(`[auth] ${type ?? error.name}: ${error.message}`, error.cause ?? "");
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion;
        // The session ends 12 hours after signing in, however active the user is.
        token.signedInAt = Date.now();
      }
      if (sessionExpired(token.signedInAt)) return null;
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.sessionVersion = token.sv ?? 0;
      session.signedInAt = token.signedInAt ?? 0;
      session.sid = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
