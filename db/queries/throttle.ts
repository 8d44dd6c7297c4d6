// The password throttle's state in SQLite, so that every server process counts the same attempts. Each function
// runs inside the caller's transaction (an immediate one, see db/index.ts): the check and the count of an attempt
// are one step, whichever process or request comes first.
import "server-only";
import { eq, inArray } from "drizzle-orm";
import {
  registerFailure,
  releaseFailure,
  remainingBlock,
  type ThrottleKey,
  type ThrottleState,
} from "@/lib/domain/sign-in-throttle";
import type { Reader } from "../access";
import { getDb, type Transaction } from "../index";
import { signInThrottle } from "../schema";

/** An attempt that may go on to check its password; each key's failure is already counted. */
export type Reservation = {
  kind: "reserved";
  keys: { key: ThrottleKey; windowStartedAt: number }[];
  /** Milliseconds the attempt's own count blocks further attempts for, should its password prove wrong; else 0. */
  blocksFor: number;
};
export type Refusal = { kind: "blocked"; retryAfterMs: number };

function stateOf(db: Reader, key: string): ThrottleState | undefined {
  return db
    .select({
      failures: signInThrottle.failures,
      windowStartedAt: signInThrottle.windowStartedAt,
      blockedUntil: signInThrottle.blockedUntil,
    })
    .from(signInThrottle)
    .where(eq(signInThrottle.email, key))
    .get();
}

function store(tx: Transaction, key: string, state: ThrottleState) {
  tx.insert(signInThrottle)
    .values({ email: key, ...state })
    .onConflictDoUpdate({ target: signInThrottle.email, set: state })
    .run();
}

/** Milliseconds until an attempt on all of these keys is accepted: the longest block among them; 0 when none. */
export function blockedFor(keys: ThrottleKey[], now = Date.now(), db: Reader = getDb()): number {
  return Math.max(0, ...keys.map(({ key }) => remainingBlock(stateOf(db, key), now)));
}

/**
 * Refuses the attempt while any of its keys is blocked (and counts nothing), else counts it as a failure on every
 * key before its password is checked. Must run in an immediate transaction.
 */
export function reserveAttempt(tx: Transaction, keys: ThrottleKey[], now: number): Reservation | Refusal {
  const retryAfterMs = blockedFor(keys, now, tx);
  if (retryAfterMs > 0) return { kind: "blocked", retryAfterMs };
  const reserved: Reservation["keys"] = [];
  let blocksFor = 0;
  for (const key of keys) {
    const next = registerFailure(stateOf(tx, key.key), now, key.policy);
    store(tx, key.key, next);
    reserved.push({ key, windowStartedAt: next.windowStartedAt });
    blocksFor = Math.max(blocksFor, remainingBlock(next, now));
  }
  return { kind: "reserved", keys: reserved, blocksFor };
}

/** Takes back the reserved failure on these keys: the password was right, or it was never checked. */
export function releaseAttempt(tx: Transaction, reservation: Reservation, only?: (key: ThrottleKey) => boolean) {
  for (const { key, windowStartedAt } of reservation.keys) {
    if (only && !only(key)) continue;
    const next = releaseFailure(stateOf(tx, key.key), windowStartedAt, key.policy);
    if (next) store(tx, key.key, next);
  }
}

/** A right password: the account starts with a clean slate. */
export function clearAttempts(tx: Transaction, keys: ThrottleKey[]) {
  if (keys.length === 0) return;
  tx.delete(signInThrottle)
    .where(
      inArray(
        signInThrottle.email,
        keys.map(({ key }) => key),
      ),
    )
    .run();
}
