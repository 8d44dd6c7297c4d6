import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "./constants";
import { can, needsPartnerOrganisation, PERMISSION_NAMES, type Permission } from "./permissions";

// The agreed table, written out per role so that a change to the rules shows up here as a deliberate edit.
const EXPECTED: Record<Role, Permission[]> = {
  beheerder: ["users.manage", "partners.manage", "audit.read", "route.read", "route.decide", "roadmap.update"],
  programmamanager: ["route.read", "roadmap.update"],
  management: ["route.read", "route.decide", "roadmap.update"],
  teamlid: ["route.read"],
  partner: [],
};

describe("permissions", () => {
  for (const role of ROLES) {
    describe(role, () => {
      for (const permission of PERMISSION_NAMES) {
        const allowed = EXPECTED[role].includes(permission);
        it(`${allowed ? "may" : "may not"} ${permission}`, () => {
          expect(can(role, permission)).toBe(allowed);
        });
      }
    });
  }

  it("only partners need a partner organisation", () => {
    expect(ROLES.filter(needsPartnerOrganisation)).toEqual(["partner"]);
  });
});
