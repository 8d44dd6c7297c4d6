import { describe, expect, it } from "vitest";
import { isCurrent, navigationFor } from "./navigation";

const hrefs = (role: Parameters<typeof navigationFor>[0]) =>
  navigationFor(role).flatMap((section) => section.items.map((item) => item.href));

describe("navigation", () => {
  it("shows beheer only to the beheerder, and the route to everyone but partners", () => {
    expect(hrefs("beheerder")).toEqual([
      "/",
      "/routes",
      "/programmes",
      "/learning-questions",
      "/admin/users",
      "/admin/partners",
      "/admin/activity",
    ]);
    for (const role of ["programmamanager", "management", "teamlid"] as const) {
      expect(hrefs(role)).toEqual(["/", "/routes", "/programmes", "/learning-questions"]);
    }
    expect(hrefs("partner")).toEqual(["/", "/programmes"]);
  });

  it("marks the current section, and the home page only on itself", () => {
    const [main, admin] = navigationFor("beheerder");
    expect(isCurrent(main!.items[0]!, "/admin/users")).toBe(false);
    expect(isCurrent(main!.items[0]!, "/")).toBe(true);
    expect(isCurrent(admin!.items[0]!, "/admin/users/12")).toBe(true);
    expect(isCurrent(admin!.items[0]!, "/admin/usersx")).toBe(false);
  });
});
