// The session of this browser, read straight from its session cookie on every request, the way Auth.js's own auth()
// reads it: the same cookie (its secure name over HTTPS, split over name.0, name.1, ... when large), decrypted and
// checked with the same secrets, lifetime and clock tolerance, then our jwt callback's rule that a session ends 12
// hours after signing in. auth() in a server component also encrypted a renewed token for every request, which it
// can never send back from there (a page cannot set cookies): that was half the cost of knowing who asks.
// What the token says is only the start: lib/auth/viewer.ts then checks the server's record of the session and the
// account in the database, on every request.
import "server-only";
import { createActionURL } from "@auth/core";
import type { Session } from "next-auth";
import { getToken, type JWT } from "next-auth/jwt";
import { authConfig, sessionExpired } from "./config";

type Env = Record<string, string | undefined>;

/** The secrets Auth.js takes from the environment: AUTH_SECRET, and AUTH_SECRET_1..3 when a secret is being rotated. */
export function authSecrets(env: Env = process.env): string[] {
  const secrets: string[] = [];
  if (env.AUTH_SECRET) secrets.push(env.AUTH_SECRET);
  for (const n of [1, 2, 3]) {
    const secret = env[`AUTH_SECRET_${n}`];
    if (secret) secrets.unshift(secret);
  }
  return secrets;
}

/**
 * Whether Auth.js names its cookies for HTTPS here: from AUTH_URL, else (behind a trusted proxy) from the request's
 * X-Forwarded-Proto, HTTPS when it has none, as next-auth's auth() decides it.
 */
function secureCookies(headers: Headers, env: Env): boolean {
  const url = createActionURL("session", "https", headers, env, {
    basePath: "/api/auth",
  });
  return url.protocol === "https:";
}

/** The session as our session callback (lib/auth/config.ts) makes it from a token. */
export function sessionOfToken(token: JWT): Session {
  return {
    user: { id: String(token.uid), name: token.name, email: token.email, image: token.picture },
    expires: new Date(Date.now() + authConfig.session.maxAge * 1000).toISOString(),
    sessionVersion: token.sv ?? 0,
    signedInAt: token.signedInAt ?? 0,
    sid: token.sid,
    sso: token.sso ?? false,
    signInMethod: token.via,
  };
}

/**
 * The session this request's cookie carries, or null: no cookie, a token that does not decrypt with our secrets or
 * has expired, or a session older than its lifetime. Only the Cookie header counts (like auth(), no bearer token).
 */
export async function sessionFromCookie(headers: Headers, env: Env = process.env): Promise<Session | null> {
  // Auth.js answers nothing at all where it may not trust the host (lib/auth/config.ts authTrustsHost).
  if (!authConfig.trustHost) return null;
  const secret = authSecrets(env);
  if (secret.length === 0) return null;
  const token = await getToken({
    req: { headers: { cookie: headers.get("cookie") ?? "" } },
    secret,
    secureCookie: secureCookies(headers, env),
  });
  if (!token || sessionExpired(token.signedInAt)) return null;
  return sessionOfToken(token);
}
