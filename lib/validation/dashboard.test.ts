import { describe, expect, it } from "vitest";
import { parseDashboardFilters } from "./dashboard";

const TODAY = "2026-07-20";

describe("the dashboard filters", () => {
  it("default to every programme and the last 90 days, shown in the form", () => {
    const parsed = parseDashboardFilters({}, TODAY);
    expect(parsed.filters).toEqual({ route: undefined, status: undefined, ownerId: undefined });
    expect(parsed.period).toEqual({ from: "2026-04-21", to: "2026-07-20" });
    expect(parsed.fieldErrors).toEqual({});
    expect(parsed.values).toEqual({ from: "2026-04-21", to: "2026-07-20" });
  });

  it("read route, no route, status, owner and period", () => {
    const parsed = parseDashboardFilters(
      { route: "training", status: "lopend", owner: "12", from: "2026-01-01", to: "2026-03-31" },
      TODAY,
    );
    expect(parsed.filters).toEqual({ route: "training", status: "lopend", ownerId: 12 });
    expect(parsed.period).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(parseDashboardFilters({ route: "geen" }, TODAY).filters.route).toBe("geen");
  });

  it("treat empty fields as not chosen", () => {
    const parsed = parseDashboardFilters({ route: "", status: "", owner: "", from: "", to: "" }, TODAY);
    expect(parsed.fieldErrors).toEqual({});
    expect(parsed.period).toEqual({ from: "2026-04-21", to: TODAY });
  });

  it("name every wrong field, leave it out and keep what was typed", () => {
    const parsed = parseDashboardFilters(
      { route: "elders", status: "onbekend", owner: "abc", from: "2026-05-01", to: "2026-04-01" },
      TODAY,
    );
    expect(parsed.fieldErrors).toEqual({
      route: ["invalid"],
      status: ["invalid"],
      owner: ["invalid"],
      to: ["dateOrder"],
    });
    expect(parsed.filters).toEqual({ route: undefined, status: undefined, ownerId: undefined });
    // The start still holds; without a valid end the period runs to today.
    expect(parsed.period).toEqual({ from: "2026-05-01", to: TODAY });
    expect(parsed.values).toMatchObject({ route: "elders", status: "onbekend", from: "2026-05-01", to: "2026-04-01" });
  });

  it("refuse a day that does not exist", () => {
    const parsed = parseDashboardFilters({ from: "2026-02-30" }, TODAY);
    expect(parsed.fieldErrors).toEqual({ from: ["date"] });
    expect(parsed.period.from).toBe("2026-04-21");
  });

  it("complete a period given on one side only", () => {
    expect(parseDashboardFilters({ to: "2026-03-31" }, TODAY).period).toEqual({ from: "2025-12-31", to: "2026-03-31" });
    expect(parseDashboardFilters({ from: "2026-01-01" }, TODAY).period).toEqual({ from: "2026-01-01", to: TODAY });
    expect(parseDashboardFilters({ from: "2026-09-01" }, TODAY).period).toEqual({
      from: "2026-09-01",
      to: "2026-09-01",
    });
  });
});
