// A refused sign-in as Auth.js passes it from `authorize` to the sign-in action: why, and for how long.
import { CredentialsSignin } from "next-auth";

export type SignInRefusal = "invalid" | "blocked" | "busy" | "ssoRequired";

export class SignInRefused extends CredentialsSignin {
  constructor(
    readonly reason: SignInRefusal,
    /** Milliseconds until the next attempt is accepted; 0 when it is accepted now. */
    readonly retryAfterMs = 0,
  ) {
    super();
    // Also the `code` of the sign-in page's address when someone posts to Auth.js's own route directly: it names
    // the reason and nothing about the account.
    this.code = reason;
  }
}
