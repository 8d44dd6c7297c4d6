import { describe, expect, it } from "vitest";
import { compareDutch, dayIn, endOfDay, parseDay, startOfDay, todayInAmsterdam } from "./time";

describe("Amsterdam calendar days", () => {
  it("starts a winter day at 23:00 UTC the evening before", () => {
    expect(startOfDay("2026-11-27")?.toISOString()).toBe("2026-11-26T23:00:00.000Z");
    expect(endOfDay("2026-11-27")?.toISOString()).toBe("2026-11-27T23:00:00.000Z");
  });

  it("starts a summer day at 22:00 UTC the evening before", () => {
    expect(startOfDay("2026-07-01")?.toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("handles the day the clocks go forward", () => {
    expect(startOfDay("2026-03-29")?.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(endOfDay("2026-03-29")?.toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });

  it("refuses what is not a real day", () => {
    expect(parseDay("2026-02-30")).toBeUndefined();
    expect(parseDay("27-11-2026")).toBeUndefined();
    expect(startOfDay("")).toBeUndefined();
    expect(parseDay("2026-04-31")).toBeUndefined();
    expect(parseDay("2026-13-01")).toBeUndefined();
    expect(parseDay("2026-00-10")).toBeUndefined();
    expect(parseDay("2026-01-00")).toBeUndefined();
    expect(parseDay("0999-01-01")).toBeUndefined();
  });

  it("knows the leap years", () => {
    expect(parseDay("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDay("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseDay("2100-02-29")).toBeUndefined();
    expect(parseDay("2026-02-29")).toBeUndefined();
    expect(parseDay("2026-12-31")).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it("gives the calendar day in Amsterdam of a moment near midnight", () => {
    expect(dayIn(new Date("2026-11-26T23:30:00Z"))).toBe("2026-11-27");
    expect(dayIn(new Date("2026-07-26T21:59:00Z"))).toBe("2026-07-26");
    expect(dayIn(new Date("2026-07-26T22:00:00Z"))).toBe("2026-07-27");
  });

  it("sorts names as a Dutch reader does", () => {
    expect(["Zuid", "éénmalig", "Achter", "eerste"].sort(compareDutch)).toEqual([
      "Achter",
      "éénmalig",
      "eerste",
      "Zuid",
    ]);
  });
});

describe("today in Amsterdam", () => {
  it("is already tomorrow at 23:30 UTC in winter", () => {
    expect(todayInAmsterdam(new Date("2026-11-27T23:30:00Z"))).toBe("2026-11-28");
    expect(todayInAmsterdam(new Date("2026-11-27T22:30:00Z"))).toBe("2026-11-27");
  });
});
