// How many requests a key of the read API may make: a count per key per fixed minute, kept in SQLite so that every
// server process counts the same requests.
export const WINDOW_MS = 60_000;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 120;
const MAX_RATE_LIMIT_PER_MINUTE = 100_000;

/** The limit from API_RATE_LIMIT_PER_MINUTE: a whole number from 1; the default for anything else. */
export function rateLimitPerMinute(value = process.env.API_RATE_LIMIT_PER_MINUTE): number {
  const limit = Number(value?.trim());
  return value && Number.isSafeInteger(limit) && limit >= 1 && limit <= MAX_RATE_LIMIT_PER_MINUTE
    ? limit
    : DEFAULT_RATE_LIMIT_PER_MINUTE;
}

/** The start of the minute a moment falls in, in milliseconds since 1970. */
export function windowStart(now: number): number {
  return Math.floor(now / WINDOW_MS) * WINDOW_MS;
}

/** Whole seconds until the next window opens; at least one. */
export function secondsUntilNextWindow(now: number): number {
  return Math.max(1, Math.ceil((windowStart(now) + WINDOW_MS - now) / 1000));
}

export type RateDecision = { allowed: boolean; limit: number; remaining: number; retryAfterSeconds: number };

/** The decision for a request that is the `count`th of its key in the current window. */
export function rateDecision(count: number, limit: number, now: number): RateDecision {
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: secondsUntilNextWindow(now),
  };
}
