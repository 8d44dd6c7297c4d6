// The second step of signing in: the code of the authenticator app (or a recovery code) for a challenge that a right
// password opened. Checked under the same throttle as passwords (per account and per client address), counted before
// the code is checked, all in one transaction: a code is cheap to check, so nothing here waits outside it.
import "server-only";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit";
import { transact } from "../index";
import { users } from "../schema";
import { challengeOf, endChallenges, spendCode } from "./mfa-check";
import { accountOf, completeSignIn, type SignInOutcome, signInKeys } from "./sign-in";
import { reserveAttempt } from "./throttle";

/** "expired": the challenge is unknown, used or older than five minutes; the person starts again with the password. */
export type SignInCodeOutcome = Exclude<SignInOutcome, { kind: "code" } | { kind: "busy" }> | { kind: "expired" };

export function verifySignInCode(token: string, code: string, client: string): SignInCodeOutcome {
  const now = Date.now();
  return transact((tx): SignInCodeOutcome => {
    const challenge = challengeOf(tx, token, now);
    const user = challenge
      ? tx
          .select({ id: users.id, name: users.name, email: users.email, sessionVersion: users.sessionVersion })
          .from(users)
          .where(eq(users.id, challenge.userId))
          .get()
      : undefined;
    if (!user) return { kind: "expired" };
    const { landing, mayEnter } = accountOf(tx, user.email);
    const event = {
      organisationId: landing,
      actorId: user.id,
      entityType: "user",
      entityId: user.id,
      summary: user.email,
    };

    const reservation = reserveAttempt(tx, signInKeys(user.email, client), now);
    if (reservation.kind === "blocked") {
      recordAudit(tx, { ...event, action: "auth.sign_in_blocked" });
      return reservation;
    }
    // The failure is counted with the reservation; a wrong code leaves only its audit event besides.
    const spent = mayEnter ? spendCode(tx, user.id, code, now) : null;
    if (!spent) {
      recordAudit(tx, { ...event, action: "auth.code_failed" });
      return { kind: "invalid", retryAfterMs: reservation.blocksFor };
    }
    endChallenges(tx, user.id);
    if (spent === "recovery") recordAudit(tx, { ...event, action: "auth.recovery_code_used" });
    completeSignIn(tx, user, reservation, landing);
    return { kind: "ok", user };
  });
}
