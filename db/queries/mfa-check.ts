// The second step's checks, inside the caller's transaction: whether an account has an authenticator app, using a
// code once (a code of the app, or a recovery code), and the challenge between a right password and its code.
import "server-only";
import { and, eq, isNotNull, isNull, lt } from "drizzle-orm";
import { openSecret } from "@/lib/auth/secret-box";
import { matchingStep, newChallengeToken, newRecoveryCodes, secretHash } from "@/lib/auth/totp";
import { CHALLENGE_TTL_MS, type CodeKind, codeKind, isFreshStep, mustSetUpMfa, normaliseCode } from "@/lib/domain/mfa";
import type { Reader } from "../access";
import type { Transaction } from "../index";
import { memberships, organisations, recoveryCodes, signInChallenges, userTotp } from "../schema";
import { loadViewerRecord } from "./viewer";

/** Whether the account signs in with an authenticator app (one it confirmed with a code). */
export function hasMfa(db: Reader, userId: number): boolean {
  return Boolean(
    db
      .select({ userId: userTotp.userId })
      .from(userTotp)
      .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt)))
      .get(),
  );
}

/** What decides whether the account must use the app: whether it has one, and its roles and gemeenten' settings. */
export function mfaStateOf(db: Reader, userId: number) {
  const rows = db
    .select({ role: memberships.role, mfaRequired: organisations.mfaRequired })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.active, true), isNotNull(memberships.acceptedAt)))
    .all();
  return { enabled: hasMfa(db, userId), memberships: rows };
}

/**
 * Whether the signed-in account must set up the app first. lib/auth/viewer.ts asks the same of the record it loads
 * once per request (db/queries/viewer.ts), without reading it again.
 */
export function mustSetUpMfaNow(userId: number, signInMethod: string | undefined): boolean {
  const record = loadViewerRecord(userId);
  return record ? mustSetUpMfa({ signInMethod, ...record.mfa }) : false;
}

/**
 * Spends a code of the account's second step, if it is a right one: a code of the app of a time step later than the
 * last one used (which is then remembered), or a recovery code not used before (which is then used up). Returns
 * which kind it was, or null when it is no right code. Nothing is written for a wrong code.
 */
export function spendCode(tx: Transaction, userId: number, typed: string, now: number): CodeKind | null {
  const kind = codeKind(typed);
  const code = normaliseCode(typed);
  if (kind === "totp") {
    const app = tx
      .select({ secret: userTotp.secret, lastUsedStep: userTotp.lastUsedStep })
      .from(userTotp)
      .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt)))
      .get();
    const key = app ? openSecret(app.secret) : null;
    const step = key ? matchingStep(key, code, now) : null;
    if (!app || step === null || !isFreshStep(step, app.lastUsedStep)) return null;
    tx.update(userTotp).set({ lastUsedStep: step }).where(eq(userTotp.userId, userId)).run();
    return "totp";
  }
  if (kind === "recovery") {
    const used = tx
      .update(recoveryCodes)
      .set({ usedAt: new Date(now) })
      .where(
        and(
          eq(recoveryCodes.userId, userId),
          eq(recoveryCodes.codeHash, secretHash(code)),
          isNull(recoveryCodes.usedAt),
        ),
      )
      .returning({ id: recoveryCodes.id })
      .all();
    return used.length > 0 ? "recovery" : null;
  }
  return null;
}

/**
 * The time step of a code of the app being set up (not confirmed yet), or null when it is no right code. The step
 * becomes the first one used when the set-up is confirmed.
 */
export function matchingStepOfPending(db: Reader, userId: number, typed: string, now: number): number | null {
  if (codeKind(typed) !== "totp") return null;
  const app = db
    .select({ secret: userTotp.secret })
    .from(userTotp)
    .where(and(eq(userTotp.userId, userId), isNull(userTotp.confirmedAt)))
    .get();
  const key = app ? openSecret(app.secret) : null;
  return key ? matchingStep(key, normaliseCode(typed), now) : null;
}

/** A new set of recovery codes in place of any the account had; returns the codes themselves, to show once. */
export function replaceRecoveryCodes(tx: Transaction, userId: number): string[] {
  const codes = newRecoveryCodes();
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  tx.insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: secretHash(code) })))
    .run();
  return codes;
}

/** Takes away the account's second step entirely: the app, its recovery codes and any sign-in waiting for a code. */
export function removeMfa(tx: Transaction, userId: number) {
  tx.delete(userTotp).where(eq(userTotp.userId, userId)).run();
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  tx.delete(signInChallenges).where(eq(signInChallenges.userId, userId)).run();
}

/** A right password waiting for its code; returns the token for the browser's cookie. Expired challenges go. */
export function createChallenge(tx: Transaction, userId: number, now: number): string {
  tx.delete(signInChallenges)
    .where(lt(signInChallenges.expiresAt, new Date(now)))
    .run();
  const token = newChallengeToken();
  tx.insert(signInChallenges)
    .values({ tokenHash: secretHash(token), userId, expiresAt: new Date(now + CHALLENGE_TTL_MS) })
    .run();
  return token;
}

/** The account a challenge token waits for, while it has not expired; null otherwise. */
export function challengeOf(db: Reader, token: string, now: number): { userId: number } | null {
  const row = db
    .select({ userId: signInChallenges.userId, expiresAt: signInChallenges.expiresAt })
    .from(signInChallenges)
    .where(eq(signInChallenges.tokenHash, secretHash(token)))
    .get();
  return row && row.expiresAt.getTime() > now ? { userId: row.userId } : null;
}

/** The account signed in: none of its challenges is of use any more. */
export function endChallenges(tx: Transaction, userId: number) {
  tx.delete(signInChallenges).where(eq(signInChallenges.userId, userId)).run();
}
