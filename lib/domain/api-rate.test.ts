import { describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMIT_PER_MINUTE, rateDecision, rateLimitPerMinute, windowStart } from "./api-rate";

describe("the rate limit of the read API", () => {
  it("is 120 a minute unless API_RATE_LIMIT_PER_MINUTE says another whole number", () => {
    expect(DEFAULT_RATE_LIMIT_PER_MINUTE).toBe(120);
    expect(rateLimitPerMinute(undefined)).toBe(120);
    expect(rateLimitPerMinute("30")).toBe(30);
    for (const wrong of ["", "0", "-5", "2.5", "veel", "1e9"]) expect(rateLimitPerMinute(wrong)).toBe(120);
  });

  it("counts in fixed minutes and says when the next one starts", () => {
    const now = Date.parse("2026-05-10T10:00:45.500Z");
    expect(windowStart(now)).toBe(Date.parse("2026-05-10T10:00:00Z"));
    expect(rateDecision(3, 3, now)).toEqual({ allowed: true, limit: 3, remaining: 0, retryAfterSeconds: 15 });
    expect(rateDecision(4, 3, now)).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 15 });
  });
});
