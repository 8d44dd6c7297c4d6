import "server-only";
import { headers } from "next/headers";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { startSession } from "@/db/queries/session-check";
import { currentSessionVersion, verifySignIn } from "@/db/queries/sign-in";
import { clientAddress } from "../domain/client-address";
import { signInSchema } from "../validation/auth";
import { authConfig } from "./config";
import { SignInRefused } from "./sign-in-refused";

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        // From the request's headers, never from the posted form: the sign-in action passes its own headers on
        // here, and a post to Auth.js's route directly brings the headers of that request.
        const client = clientAddress(request.headers.get("x-forwarded-for"), process.env.TRUST_PROXY);
        const outcome = await verifySignIn(parsed.data.email, parsed.data.password, client);
        // The sign-in action tells wrong, blocked (with the minutes to wait) and busy apart.
        if (outcome.kind !== "ok") {
          throw new SignInRefused(outcome.kind, outcome.kind === "busy" ? 0 : outcome.retryAfterMs);
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
