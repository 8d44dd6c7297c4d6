import "server-only";
import { headers } from "next/headers";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { startSession } from "@/db/queries/session-check";
import { currentSessionVersion, verifySignIn } from "@/db/queries/sign-in";
import { verifySignInCode } from "@/db/queries/sign-in-code";
import { clientAddress } from "../domain/client-address";
import { signInChallengeSchema, signInSchema } from "../validation/auth";
import { authConfig } from "./config";
import { CodeNeeded, SignInRefused } from "./sign-in-refused";

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
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt(params) {
      // Signing in starts a session on the server; the token carries only its id.
      if (params.user?.id) {
        const userAgent = (await headers()).get("user-agent");
        params.token.sid = startSession(Number(params.user.id), params.user.sessionVersion ?? 0, userAgent);
      }
      // After the user changed their own password the server asks for a fresh token carrying the new version.
      if (params.trigger === "update" && params.token.uid) {
        params.token.sv = currentSessionVersion(params.token.uid);
      }
      return authConfig.callbacks.jwt(params);
    },
  },
});
