import { describe, expect, it } from "vitest";
import { codeKind, normaliseCode } from "../domain/mfa";
import { matchingStep, newRecoveryCodes, newTotpSecret, otpauthUri, timeStep, totpCode } from "./totp";

describe("authenticator codes", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 11, 2, 9, 0, 10);

  it("makes a base32 secret of 160 bits and an address apps can read", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(otpauthUri(secret, "anna@zuidstad.nl"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Impactkoers");
    expect(decodeURIComponent(uri.pathname)).toContain("anna@zuidstad.nl");
  });

  it("matches the code of now and of one step either side, and names its step", () => {
    const step = timeStep(now);
    expect(matchingStep(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchingStep(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchingStep(secret, totpCode(secret, now + 30_000), now)).toBe(step + 1);
    expect(matchingStep(secret, totpCode(secret, now - 90_000), now)).toBeNull();
    expect(matchingStep(newTotpSecret(), totpCode(secret, now), now)).toBeNull();
  });
});

describe("recovery codes", () => {
  it("makes ten different codes that read as recovery codes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toBe(normaliseCode(code));
      expect(codeKind(code)).toBe("recovery");
    }
  });
});
