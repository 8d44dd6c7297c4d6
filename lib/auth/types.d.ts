import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    sessionVersion: number;
    signedInAt: number;
    /** The id of the session's row on the server (db/queries/session-check.ts). */
    sid?: string;
    /** Signed in through the gemeente's OpenID Connect provider, not with a password. */
    sso?: boolean;
    /** The Auth.js provider the person signed in with ("credentials": a password). */
    signInMethod?: string;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: number;
    sv?: number;
    signedInAt?: number;
    sid?: string;
    sso?: boolean;
    via?: string;
  }
}
