import { describe, expect, it } from "vitest";
import {
  BLOCK_MS,
  MAX_FAILURES,
  minutesToWait,
  registerFailure,
  remainingBlock,
  type ThrottleState,
  WINDOW_MS,
} from "./sign-in-throttle";

function failTimes(count: number, start: number, step = 1000): ThrottleState | undefined {
  let state: ThrottleState | undefined;
  for (let i = 0; i < count; i++) state = registerFailure(state, start + i * step);
  return state;
}

describe("sign-in throttle", () => {
  const t0 = Date.UTC(2026, 10, 27, 9, 0, 0);

  it("lets attempts through below the limit", () => {
    const state = failTimes(MAX_FAILURES - 1, t0);
    expect(remainingBlock(state, t0 + 10_000)).toBe(0);
  });

  it("blocks after the limit within the window", () => {
    const state = failTimes(MAX_FAILURES, t0);
    const lastAttempt = t0 + (MAX_FAILURES - 1) * 1000;
    expect(remainingBlock(state, lastAttempt)).toBe(BLOCK_MS);
    expect(minutesToWait(remainingBlock(state, lastAttempt))).toBe(BLOCK_MS / 60_000);
  });

  it("lifts the block once it has passed, so the real user can sign in again", () => {
    const state = failTimes(MAX_FAILURES, t0);
    const lastAttempt = t0 + (MAX_FAILURES - 1) * 1000;
    expect(remainingBlock(state, lastAttempt + BLOCK_MS)).toBe(0);
    const next = registerFailure(state, lastAttempt + BLOCK_MS);
    expect(next.failures).toBe(1);
    expect(next.blockedUntil).toBeNull();
  });

  it("forgets failures spread over more than the window", () => {
    const state = failTimes(MAX_FAILURES, t0, WINDOW_MS / 2 + 1);
    expect(remainingBlock(state, t0 + 10 * WINDOW_MS)).toBe(0);
    expect(state?.blockedUntil).toBeNull();
  });

  it("rounds the wait up to whole minutes and never shows zero", () => {
    expect(minutesToWait(61_000)).toBe(2);
    expect(minutesToWait(1)).toBe(1);
  });
});
