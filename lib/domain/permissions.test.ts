// The kernel's own logic. Whether each rule is the right one is tested where it matters, in the data layer:
// db/queries/access-matrix.test.ts runs every write as every role.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROLES } from "./constants";
import { allows, can, PERMISSION_NAMES, permissionsMarkdown, programmeAccess, RULES, reaches } from "./permissions";

describe("the access kernel", () => {
  it("never lets a team or partner rule through without a programme", () => {
    for (const permission of PERMISSION_NAMES) {
      for (const role of ROLES) {
        const rule = RULES[permission].roles[role];
        expect(can(role, permission), `${role} ${permission}`).toBe(rule === "yes");
        expect(allows(role, permission, { onTeam: true, involved: true })).toBe(rule !== "no");
      }
    }
  });

  it("asks the programme relation a team rule needs, and only that", () => {
    const team = { onTeam: true, involved: false };
    const outsider = { onTeam: false, involved: false };
    const partnerOf = { onTeam: false, involved: true };
    expect(allows("programmamanager", "programme.edit", team)).toBe(true);
    expect(allows("programmamanager", "programme.edit", outsider)).toBe(false);
    expect(allows("programmamanager", "programme.edit", partnerOf)).toBe(false);
    expect(allows("partner", "programme.read", partnerOf)).toBe(true);
    expect(allows("partner", "programme.read", team)).toBe(false);
    expect(reaches("programmamanager", "dashboard.read")).toBe(true);
    expect(reaches("teamlid", "dashboard.read")).toBe(false);
  });

  it("gives every programme reader at least read access, and nothing to one who cannot read", () => {
    for (const role of ROLES) {
      for (const relation of [
        { onTeam: false, involved: false },
        { onTeam: true, involved: false },
        { onTeam: false, involved: true },
      ]) {
        const access = programmeAccess(role, relation);
        if (!access.read) expect(access).toEqual({ read: false, edit: false, measure: false, contribute: false });
      }
    }
  });

  it("is documented in docs/permissions.md exactly as the code says (npm run docs:permissions)", () => {
    const file = path.resolve(import.meta.dirname, "../../docs/permissions.md");
    expect(fs.readFileSync(file, "utf8")).toBe(permissionsMarkdown());
  });
});
