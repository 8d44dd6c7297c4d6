import { describe, expect, it } from "vitest";
import { endOfDay, parseDay, startOfDay, todayInAmsterdam } from "./time";

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
  });
});

describe("today in Amsterdam", () => {
  it("is already tomorrow at 23:30 UTC in winter", () => {
    expect(todayInAmsterdam(new Date("2026-11-27T23:30:00Z"))).toBe("2026-11-28");
    expect(todayInAmsterdam(new Date("2026-11-27T22:30:00Z"))).toBe("2026-11-27");
  });
});
