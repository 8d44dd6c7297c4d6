import { describe, expect, it } from "vitest";
import {
  ACCOUNT_POLICY,
  accountKey,
  BLOCK_MS,
  CLIENT_POLICY,
  clientKey,
  MAX_FAILURES,
  minutesToWait,
  registerFailure,
  releaseFailure,
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

describe("taking back a reserved failure", () => {
  const t0 = Date.UTC(2026, 10, 27, 9, 0, 0);

  it("lifts the block its own count set, and counts one failure less", () => {
    let state: ThrottleState | undefined;
    for (let i = 0; i < CLIENT_POLICY.maxFailures; i++) state = registerFailure(state, t0 + i, CLIENT_POLICY);
    expect(remainingBlock(state, t0 + 100)).toBeGreaterThan(0);
    const released = releaseFailure(state, t0, CLIENT_POLICY);
    expect(released?.failures).toBe(CLIENT_POLICY.maxFailures - 1);
    expect(remainingBlock(released, t0 + 100)).toBe(0);
  });

  it("leaves a later window alone", () => {
    const state = registerFailure(undefined, t0 + WINDOW_MS + 1, ACCOUNT_POLICY);
    expect(releaseFailure(state, t0, ACCOUNT_POLICY)).toEqual(state);
  });

  it("keys accounts by their address in lower case and clients apart from them", () => {
    expect(accountKey(" Anna@Zuidstad.nl ").key).toBe("anna@zuidstad.nl");
    expect(clientKey("203.0.113.9").key).toBe("ip:203.0.113.9");
    expect(clientKey("203.0.113.9").policy.maxFailures).toBeGreaterThan(accountKey("a@b.nl").policy.maxFailures);
  });
});
