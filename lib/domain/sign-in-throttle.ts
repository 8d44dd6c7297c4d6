// Slows down password guessing. Each attempt counts against one or more keys: the account (its e-mail address) and,
// when signing in, the client address it came from. After `maxFailures` wrong attempts within `windowMs` a key is
// blocked for `blockMs`; then it starts with a clean slate, so the real user is never locked out for good.
// An attempt is counted as a failure before its password is checked (a reservation) and taken back when it turns out
// right, so that many attempts at once cannot all get through before the first failure is written.
export type ThrottlePolicy = { maxFailures: number; windowMs: number; blockMs: number };

/** Per account: five wrong passwords within 15 minutes, then 10 minutes wait. */
export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60 * 1000, blockMs: 10 * 60 * 1000 };
/**
 * Per client address: higher, because colleagues behind one gateway share it, yet low enough that trying one
 * password on many accounts from one place is slowed down as much as guessing one account's password.
 */
export const CLIENT_POLICY: ThrottlePolicy = { maxFailures: 20, windowMs: 15 * 60 * 1000, blockMs: 15 * 60 * 1000 };

export const MAX_FAILURES = ACCOUNT_POLICY.maxFailures;
export const WINDOW_MS = ACCOUNT_POLICY.windowMs;
export const BLOCK_MS = ACCOUNT_POLICY.blockMs;

export type ThrottleState = {
  failures: number;
  windowStartedAt: number;
  blockedUntil: number | null;
};

/** What an attempt counts against: a key of the throttle table and its limits. */
export type ThrottleKey = { key: string; policy: ThrottlePolicy };

/** The key of an account. E-mail addresses never start with "ip:", so the two kinds of key cannot meet. */
export const accountKey = (email: string): ThrottleKey => ({ key: email.trim().toLowerCase(), policy: ACCOUNT_POLICY });
export const clientKey = (address: string): ThrottleKey => ({ key: `ip:${address}`, policy: CLIENT_POLICY });

/** Milliseconds until a new attempt is accepted; 0 when one is accepted now. */
export function remainingBlock(state: ThrottleState | undefined, now: number): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, state.blockedUntil - now);
}

export function registerFailure(
  state: ThrottleState | undefined,
  now: number,
  policy: ThrottlePolicy = ACCOUNT_POLICY,
): ThrottleState {
  const windowOver = !state || now - state.windowStartedAt > policy.windowMs;
  const blockOver = state?.blockedUntil != null && now >= state.blockedUntil;
  if (windowOver || blockOver) {
    return { failures: 1, windowStartedAt: now, blockedUntil: policy.maxFailures <= 1 ? now + policy.blockMs : null };
  }
  const failures = state.failures + 1;
  return {
    failures,
    windowStartedAt: state.windowStartedAt,
    blockedUntil: failures >= policy.maxFailures ? now + policy.blockMs : null,
  };
}

/**
 * Takes back one reserved failure that turned out not to be one (a right password, or no check at all). Only within
 * the window it was counted in: a later window has nothing of it to take back. A block that this attempt's count
 * set is lifted with it; a block reached by real failures stays.
 */
export function releaseFailure(
  state: ThrottleState | undefined,
  reservedInWindow: number,
  policy: ThrottlePolicy,
): ThrottleState | undefined {
  if (!state || state.windowStartedAt !== reservedInWindow || state.failures <= 0) return state;
  const failures = state.failures - 1;
  return { ...state, failures, blockedUntil: failures >= policy.maxFailures ? state.blockedUntil : null };
}

/** Whole minutes to show to the user, never less than one. */
export function minutesToWait(remainingMs: number): number {
  return Math.max(1, Math.ceil(remainingMs / 60_000));
}
