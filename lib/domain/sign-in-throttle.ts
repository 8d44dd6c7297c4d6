// Slows down password guessing for one e-mail address. After MAX_FAILURES wrong attempts within WINDOW_MS the
// address is blocked for BLOCK_MS; then it starts with a clean slate, so the real user is never locked out for good.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const BLOCK_MS = 10 * 60 * 1000;

export type ThrottleState = {
  failures: number;
  windowStartedAt: number;
  blockedUntil: number | null;
};

/** Milliseconds until a new attempt is accepted; 0 when one is accepted now. */
export function remainingBlock(state: ThrottleState | undefined, now: number): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, state.blockedUntil - now);
}

export function registerFailure(state: ThrottleState | undefined, now: number): ThrottleState {
  const windowOver = !state || now - state.windowStartedAt > WINDOW_MS;
  const blockOver = state?.blockedUntil != null && now >= state.blockedUntil;
  if (windowOver || blockOver) {
    return { failures: 1, windowStartedAt: now, blockedUntil: MAX_FAILURES <= 1 ? now + BLOCK_MS : null };
  }
  const failures = state.failures + 1;
  return {
    failures,
    windowStartedAt: state.windowStartedAt,
    blockedUntil: failures >= MAX_FAILURES ? now + BLOCK_MS : null,
  };
}

/** Whole minutes to show to the user, never less than one. */
export function minutesToWait(remainingMs: number): number {
  return Math.max(1, Math.ceil(remainingMs / 60_000));
}
