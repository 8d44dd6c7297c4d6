import { describe, expect, it } from "vitest";
import {
  addYears,
  apiKeyStatus,
  bearerToken,
  defaultExpiryDay,
  expiresAtFor,
  expiryProblem,
  generateApiKey,
  hashApiKey,
  isApiKeyShape,
  lastValidDay,
} from "./api-keys";

const NOW = new Date("2026-05-10T10:00:00Z");

describe("API keys", () => {
  it("are 32 random bytes behind ik_, stored as their SHA-256 and shown by their first characters", () => {
    const one = generateApiKey();
    const two = generateApiKey();
    expect(one.key).toMatch(/^ik_[A-Za-z0-9_-]{43}$/);
    expect(one.key).not.toBe(two.key);
    expect(one.hash).toBe(hashApiKey(one.key));
    expect(one.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(one.hash).not.toContain(one.key.slice(3));
    expect(one.prefix).toBe(one.key.slice(0, 11));
    expect(isApiKeyShape(one.key)).toBe(true);
    expect(isApiKeyShape(`${one.key}x`)).toBe(false);
  });

  it("come as a Bearer token; anything else is missing or malformed", () => {
    const { key } = generateApiKey();
    expect(bearerToken(`Bearer ${key}`)).toBe(key);
    expect(bearerToken(`bearer   ${key} `)).toBe(key);
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken("  ")).toBeNull();
    expect(bearerToken(`Basic ${key}`)).toBe("malformed");
    expect(bearerToken(key)).toBe("malformed");
    expect(bearerToken("Bearer ik_kort")).toBe("malformed");
  });

  it("live a year by default and at most two, through their last day in Amsterdam", () => {
    expect(defaultExpiryDay(NOW)).toBe("2027-05-10");
    expect(addYears("2028-02-29", 1)).toBe("2029-02-28");
    expect(expiryProblem("2026-05-10", NOW)).toBe("expiryPast");
    expect(expiryProblem("2026-05-11", NOW)).toBeNull();
    expect(expiryProblem("2028-05-10", NOW)).toBeNull();
    expect(expiryProblem("2028-05-11", NOW)).toBe("expiryTooFar");
    // Summer time: the day after 10 May 2027 starts at 22:00 UTC.
    expect(expiresAtFor("2027-05-10").toISOString()).toBe("2027-05-10T22:00:00.000Z");
    expect(lastValidDay(expiresAtFor("2027-05-10"))).toBe("2027-05-10");
  });

  it("work until revoked or expired", () => {
    const expiresAt = new Date("2026-06-01T00:00:00Z");
    expect(apiKeyStatus({ revokedAt: null, expiresAt }, NOW)).toBe("active");
    expect(apiKeyStatus({ revokedAt: null, expiresAt }, expiresAt)).toBe("expired");
    expect(apiKeyStatus({ revokedAt: NOW, expiresAt }, NOW)).toBe("revoked");
  });
});
