// Auth.js settings without database access. The data layer checks the user, role and gemeente on every request;
// the token only says who signed in, when, and with which session version.
import type { NextAuthConfig } from "next-auth";
import { SESSION_MAX_AGE_SECONDS } from "../domain/constants";
import { trustsProxy } from "../server/request-origin";

type Env = Record<string, string | undefined>;

export function sessionExpired(signedInAt: number | undefined, now = Date.now()): boolean {
  return !signedInAt || now - signedInAt > SESSION_MAX_AGE_SECONDS * 1000;
}

/**
 * Whether Auth.js may serve the request at all (it refuses every request otherwise). Safe when AUTH_URL pins its
 * address, so that it does not read the Host and X-Forwarded-Host headers (scripts/start.mjs sets AUTH_URL from
 * APP_URL, else http://localhost:PORT); when a trusted proxy sets those headers itself (TRUST_PROXY); or in
 * development. AUTH_TRUST_HOST=true says so explicitly. A bare `next start` without any of these refuses sign-in.
 */
export function authTrustsHost(env: Env = process.env): boolean {
  return (
    Boolean(env.AUTH_URL?.trim()) ||
    trustsProxy(env) ||
    /^(1|true)$/i.test(env.AUTH_TRUST_HOST?.trim() ?? "") ||
    env.NODE_ENV !== "production"
  );
}

/**
 * Where to go after signing in or out: a path of this site, kept relative, so that the browser stays on the host it
 * came to and no request header can send it elsewhere. Anything else goes to the start page.
 */
export function relativeRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  if (url.startsWith("/") && !url.startsWith("//") && !url.includes("\\")) return url;
  try {
    const target = new URL(url);
    if (target.origin === new URL(baseUrl).origin) return `${target.pathname}${target.search}${target.hash}`;
  } catch {
    // Not an address at all.
  }
  return "/";
}

export const authConfig = {
  // Also Auth.js's errors (an SSO exchange that failed) land on the sign-in page, which says so.
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: authTrustsHost(),
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
    redirect: relativeRedirect,
    jwt({ token, user, account }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion;
        // How the person signed in: with a password ("credentials"), which the second-step rules apply to, or
        // another provider.
        token.via = account?.provider;
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
      session.sso = token.sso ?? false;
      session.signInMethod = token.via;
      return session;
    },
  },
} satisfies NextAuthConfig;
