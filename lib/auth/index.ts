import "server-only";
import { headers } from "next/headers";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { startSession } from "@/db/queries/session-check";
import { currentSessionVersion, verifySignIn } from "@/db/queries/sign-in";
import { signInSchema } from "../validation/auth";
import { authConfig } from "./config";

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const outcome = await verifySignIn(parsed.data.email, parsed.data.password);
        // A blocked address gets the same refusal; the sign-in action then says how long to wait.
        if (outcome.kind !== "ok") return null;
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
