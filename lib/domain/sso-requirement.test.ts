import { describe, expect, it } from "vitest";
import { gemeenteRefusingPassword, type MembershipForSso } from "./sso-requirement";

const accepted = new Date("2026-01-01");
const member = (organisationId: number, requireSso: boolean, extra: Partial<MembershipForSso> = {}) => ({
  organisationId,
  requireSso,
  active: true,
  acceptedAt: accepted,
  ...extra,
});

describe("gemeenteRefusingPassword", () => {
  it("is a gemeente of the person that requires SSO, one being enough", () => {
    expect(gemeenteRefusingPassword([member(1, false)], true)).toBeNull();
    expect(gemeenteRefusingPassword([member(1, true)], true)).toBe(1);
    expect(gemeenteRefusingPassword([member(1, false), member(2, true)], true)).toBe(2);
  });

  it("counts invitations, not memberships that were switched off", () => {
    expect(gemeenteRefusingPassword([member(2, true, { active: false })], true)).toBeNull();
    expect(gemeenteRefusingPassword([member(2, true, { active: false, acceptedAt: null })], true)).toBe(2);
  });

  it("is none while SSO is not configured", () => {
    expect(gemeenteRefusingPassword([member(1, true)], false)).toBeNull();
  });
});
