import "server-only";
import { headers } from "next/headers";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { startSession } from "@/db/queries/session-check";
import { currentSessionVersion, verifySignIn } from "@/db/queries/sign-in";
import { verifySignInCode } from "@/db/queries/sign-in-code";
import { verifySsoSignIn } from "@/db/queries/sso-sign-in";
import { clientAddress } from "../domain/client-address";
import { signInChallengeSchema, signInSchema } from "../validation/auth";
import { authConfig } from "./config";
import { CodeNeeded, SignInRefused } from "./sign-in-refused";
import { SSO_PROVIDER_ID, ssoConfig } from "./sso-config";
import { ssoProvider, ssoRefusalPath } from "./sso-provider";

// Single sign-on is there only when the environment configures it (lib/auth/sso-config.ts).
const sso = ssoConfig();

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  ...authConfig,
  providers: [
    // Either an e-mail address and password, which signs in only an account without an authenticator app; or the
    // token of the challenge a right password opened (from the sign-in action's cookie) and the app's code.
    Credentials({
      credentials: { email: {}, password: {}, challenge: {}, code: {} },
      async authorize(credentials, request) {
        // From the request's headers, never from the posted form: the sign-in action passes its own headers on
        // here, and a post to Auth.js's route directly brings the headers of that request.
        const client = clientAddress(request.headers.get("x-forwarded-for"), process.env.TRUST_PROXY);
        const withCode = signInChallengeSchema.safeParse(credentials);
        const withPassword = signInSchema.safeParse(credentials);
        const outcome = withCode.success
          ? verifySignInCode(withCode.data.challenge, withCode.data.code, client)
          : withPassword.success
            ? await verifySignIn(withPassword.data.email, withPassword.data.password, client)
            : null;
        if (!outcome) return null;
        if (outcome.kind === "code") throw new CodeNeeded(outcome.challenge);
        // The sign-in actions tell wrong, blocked (with the minutes to wait), busy and expired apart.
        if (outcome.kind !== "ok") {
          throw new SignInRefused(outcome.kind, "retryAfterMs" in outcome ? outcome.retryAfterMs : 0);
        }
        const { user } = outcome;
        return { id: String(user.id), name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
    ...(sso ? [ssoProvider(sso)] : []),
  ],
  callbacks: {
    ...authConfig.callbacks,
    // After the provider vouched for the person: only an existing account that may enter gets a session. A refusal
    // goes back to the sign-in page with the reason (never to Auth.js's own error page). Without a database adapter
    // Auth.js hands this very `user` on to the jwt callback below, so it leaves here carrying the account's own id.
    signIn({ user, account }) {
      if (account?.provider !== SSO_PROVIDER_ID) return true;
      const outcome = verifySsoSignIn(user.email ?? null, account.providerAccountId);
      if (outcome.kind !== "ok") return ssoRefusalPath(outcome.reason);
      Object.assign(user, { ...outcome.user, id: String(outcome.user.id) });
      return true;
    },
    async jwt(params) {
      // Signing in starts a session on the server; the token carries only its id.
      if (params.user?.id) {
        const userId = Number(params.user.id);
        // Only an account of Impactkoers: a provider's user that no sign-in matched to one gets no session.
        if (!Number.isSafeInteger(userId) || userId <= 0) return null;
        const userAgent = (await headers()).get("user-agent");
        params.token.sid = startSession(userId, params.user.sessionVersion ?? 0, userAgent);
        // How the session began: where a gemeente requires SSO, a password session no longer counts (lib/auth/viewer.ts).
        params.token.sso = params.account?.provider === SSO_PROVIDER_ID;
      }
      // After the user changed their own password the server asks for a fresh token carrying the new version.
      if (params.trigger === "update" && params.token.uid) {
        params.token.sv = currentSessionVersion(params.token.uid);
      }
      return authConfig.callbacks.jwt(params);
    },
  },
});
