import { describe, expect, it } from "vitest";
import {
  codeKind,
  formatRecoveryCode,
  formatSecret,
  isFreshStep,
  mfaRequirement,
  mustSetUpMfa,
  normaliseCode,
} from "./mfa";

describe("typed codes", () => {
  it("ignores spaces, dashes and capitals", () => {
    expect(normaliseCode(" 123 456 ")).toBe("123456");
    expect(normaliseCode("K7MQ-x2pr-C4ND")).toBe("k7mqx2prc4nd");
  });

  it("tells a code from the app, a recovery code and neither apart", () => {
    expect(codeKind("123 456")).toBe("totp");
    expect(codeKind("k7mq-x2pr-c4nd")).toBe("recovery");
    expect(codeKind("12345")).toBeNull();
    expect(codeKind("1234567")).toBeNull();
    expect(codeKind("k7mq-x2pr")).toBeNull();
    expect(codeKind("")).toBeNull();
  });

  it("shows recovery codes and secrets in groups of four", () => {
    expect(formatRecoveryCode("K7MQX2PRC4ND")).toBe("k7mq-x2pr-c4nd");
    expect(formatSecret("ABCDEFGHIJKLMNOP")).toBe("ABCD EFGH IJKL MNOP");
  });
});

describe("replayed codes", () => {
  it("accepts only a step later than the last one used", () => {
    expect(isFreshStep(100, null)).toBe(true);
    expect(isFreshStep(101, 100)).toBe(true);
    expect(isFreshStep(100, 100)).toBe(false);
    expect(isFreshStep(99, 100)).toBe(false);
  });
});

describe("who must set up the app", () => {
  const member = (role: "beheerder" | "teamlid" | "partner", mfaRequired = false) => ({ role, mfaRequired });

  it("is every beheerder, and everyone of a gemeente that asks it of everyone", () => {
    expect(mfaRequirement([member("beheerder")])).toBe("role");
    expect(mfaRequirement([member("teamlid"), member("beheerder", true)])).toBe("role");
    expect(mfaRequirement([member("teamlid", true)])).toBe("gemeente");
    expect(mfaRequirement([member("teamlid"), member("partner", true)])).toBe("gemeente");
    expect(mfaRequirement([member("teamlid"), member("partner")])).toBeNull();
    expect(mfaRequirement([])).toBeNull();
  });

  it("sends only password sign-ins without an app to set one up", () => {
    const beheerder = [member("beheerder")];
    expect(mustSetUpMfa({ signInMethod: "credentials", mfaEnabled: false, memberships: beheerder })).toBe(true);
    expect(mustSetUpMfa({ signInMethod: undefined, mfaEnabled: false, memberships: beheerder })).toBe(true);
    expect(mustSetUpMfa({ signInMethod: "credentials", mfaEnabled: true, memberships: beheerder })).toBe(false);
    // Single sign-on has the organisation's own second step.
    expect(mustSetUpMfa({ signInMethod: "oidc", mfaEnabled: false, memberships: beheerder })).toBe(false);
    expect(mustSetUpMfa({ signInMethod: "credentials", mfaEnabled: false, memberships: [member("teamlid")] })).toBe(
      false,
    );
  });
});
