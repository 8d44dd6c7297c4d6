import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "./constants";
import { can, needsPartnerOrganisation, PERMISSION_NAMES, type Permission, programmeAccess } from "./permissions";

// The agreed table, written out per role so that a change to the rules shows up here as a deliberate edit.
const EXPECTED: Record<Role, Permission[]> = {
  beheerder: [
    "users.manage",
    "partners.manage",
    "audit.read",
    "route.read",
    "route.decide",
    "roadmap.update",
    "programme.create",
    "learningQuestions.read",
    "learningQuestions.manage",
    "correction.decide",
    "pages.write",
    "lessons.write",
    "dashboard.read",
    "export.organisation",
  ],
  programmamanager: [
    "route.read",
    "roadmap.update",
    "programme.create",
    "learningQuestions.read",
    "learningQuestions.manage",
    "pages.write",
    "lessons.write",
    "dashboard.read",
  ],
  management: [
    "route.read",
    "route.decide",
    "roadmap.update",
    "learningQuestions.read",
    "learningQuestions.manage",
    "correction.decide",
    "pages.write",
    "lessons.write",
    "dashboard.read",
  ],
  teamlid: ["route.read", "learningQuestions.read", "pages.write", "lessons.write"],
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

describe("programme access", () => {
  const none = { isOwner: false, isTeamMember: false, partnerInvolved: false };
  const owner = { ...none, isOwner: true };
  const team = { ...none, isTeamMember: true };
  const partnerOf = { ...none, partnerInvolved: true };

  it("lets the beheerder do everything with every programme", () => {
    expect(programmeAccess("beheerder", none)).toEqual({ read: true, edit: true, measure: true, contribute: true });
  });

  it("lets a programme manager edit only what they own or are on the team of", () => {
    const nothing = { read: true, edit: false, measure: false, contribute: false };
    const all = { read: true, edit: true, measure: true, contribute: true };
    expect(programmeAccess("programmamanager", none)).toEqual(nothing);
    expect(programmeAccess("programmamanager", owner)).toEqual(all);
    expect(programmeAccess("programmamanager", team)).toEqual(all);
  });

  it("lets management read and change nothing", () => {
    expect(programmeAccess("management", owner)).toEqual({
      read: true,
      edit: false,
      measure: false,
      contribute: false,
    });
  });

  it("lets a team member add measurements and findings only on their own team", () => {
    expect(programmeAccess("teamlid", none)).toEqual({ read: true, edit: false, measure: false, contribute: false });
    expect(programmeAccess("teamlid", team)).toEqual({ read: true, edit: false, measure: true, contribute: true });
  });

  it("shows a partner only the programmes of their partner organisation", () => {
    expect(programmeAccess("partner", none)).toEqual({ read: false, edit: false, measure: false, contribute: false });
    expect(programmeAccess("partner", { ...team, partnerInvolved: false }).read).toBe(false);
    expect(programmeAccess("partner", partnerOf)).toEqual({
      read: true,
      edit: false,
      measure: false,
      contribute: false,
    });
  });
});
