import { describe, expect, it } from "vitest";
import { isCurrent, navigationFor } from "./navigation";

const hrefs = (role: Parameters<typeof navigationFor>[0]) =>
  navigationFor(role).flatMap((section) => section.items.map((item) => item.href));

describe("navigation", () => {
  it("shows beheer only to the beheerder, the route to everyone but partners, learning tracks to all (partners their own)", () => {
    expect(hrefs("beheerder")).toEqual([
      "/",
      "/routes",
      "/opgaven",
      "/subsidies",
      "/programmes",
      "/reporting",
      "/learning-questions",
      "/pages",
      "/lessons",
      "/training",
      "/dashboard",
      "/exports",
      "/admin/users",
      "/admin/partners",
      "/admin/activity",
      "/admin/api-keys",
      "/admin/security",
      "/admin/gemeente",
    ]);
    for (const role of ["programmamanager", "management"] as const) {
      expect(hrefs(role)).toEqual([
        "/",
        "/routes",
        "/opgaven",
        "/subsidies",
        "/programmes",
        "/reporting",
        "/learning-questions",
        "/pages",
        "/lessons",
        "/training",
        "/dashboard",
        "/exports",
      ]);
    }
    expect(hrefs("teamlid")).toEqual([
      "/",
      "/routes",
      "/opgaven",
      "/subsidies",
      "/programmes",
      "/reporting",
      "/learning-questions",
      "/pages",
      "/lessons",
      "/training",
      "/exports",
    ]);
    expect(hrefs("partner")).toEqual([
      "/",
      "/subsidies",
      "/programmes",
      "/reporting",
      "/pages",
      "/lessons",
      "/training",
      "/exports",
    ]);
  });

  it("marks the current section, and the home page only on itself", () => {
    const [main, admin] = navigationFor("beheerder");
    expect(isCurrent(main!.items[0]!, "/admin/users")).toBe(false);
    expect(isCurrent(main!.items[0]!, "/")).toBe(true);
    expect(isCurrent(admin!.items[0]!, "/admin/users/12")).toBe(true);
    expect(isCurrent(admin!.items[0]!, "/admin/usersx")).toBe(false);
  });
});
