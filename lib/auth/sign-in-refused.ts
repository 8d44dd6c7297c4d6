// A refused sign-in as Auth.js passes it from `authorize` to the sign-in action: why, and for how long.
import { CredentialsSignin } from "next-auth";

/** "expired": the code came for a sign-in that waited too long, or that is unknown; the password comes first again. */
export type SignInRefusal = "invalid" | "blocked" | "busy" | "ssoRequired" | "expired";

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

/**
 * The password was right, and the account signs in with an authenticator app too: no session yet. The sign-in action
 * keeps the challenge's token in a cookie and asks for the code.
 */
export class CodeNeeded extends CredentialsSignin {
  constructor(readonly challenge: string) {
    super();
    this.code = "code_needed";
  }
}
