import { describe, expect, it } from "vitest";
import { expectedToday, gapToLine, type LineInput, readingDigits } from "./course-line";

// 2026 is no leap year: 1 January to 31 December is 364 days.
const higher: LineInput = {
  direction: "hoger",
  baselineValue: 20,
  baselineDate: "2026-01-01",
  targetValue: 60,
  targetDate: "2026-12-31",
};
const lower: LineInput = {
  direction: "lager",
  baselineValue: 48,
  baselineDate: "2026-01-01",
  targetValue: 38,
  targetDate: "2026-12-31",
};

describe("the expected value today", () => {
  it("lies on the straight line between baseline and target", () => {
    // 182 of 364 days: half way.
    expect(expectedToday(higher, "2026-07-02")).toEqual({ expected: 40, targetDue: false, beforeBaseline: false });
    expect(expectedToday(lower, "2026-07-02")?.expected).toBe(43);
    expect(expectedToday(higher, "2026-01-01")?.expected).toBe(20);
  });

  it("is the target itself from the target date on", () => {
    expect(expectedToday(higher, "2026-12-31")).toEqual({ expected: 60, targetDue: true, beforeBaseline: false });
    expect(expectedToday(higher, "2027-06-01")).toEqual({ expected: 60, targetDue: true, beforeBaseline: false });
    expect(expectedToday(lower, "2028-01-01")?.expected).toBe(38);
  });

  it("is the baseline before the baseline date", () => {
    expect(expectedToday(higher, "2025-11-01")).toEqual({ expected: 20, targetDue: false, beforeBaseline: true });
  });

  it("asks for the target from the baseline date on when the target date is not after it", () => {
    const sameDay = { ...higher, targetDate: "2026-01-01" };
    expect(expectedToday(sameDay, "2026-03-01")).toEqual({ expected: 60, targetDue: true, beforeBaseline: false });
    expect(expectedToday({ ...higher, targetDate: "2025-06-01" }, "2026-03-01")?.expected).toBe(60);
  });

  it("has no line without a baseline date, a target date, or either value", () => {
    expect(expectedToday({ ...higher, baselineDate: null }, "2026-07-02")).toBeNull();
    expect(expectedToday({ ...higher, targetDate: null }, "2026-07-02")).toBeNull();
    expect(expectedToday({ ...higher, baselineValue: null }, "2026-07-02")).toBeNull();
    expect(expectedToday({ ...higher, targetValue: null }, "2026-07-02")).toBeNull();
    expect(expectedToday({ ...higher, baselineDate: "2026-02-30" }, "2026-07-02")).toBeNull();
    expect(expectedToday(higher, "gisteren")).toBeNull();
  });
});

describe("the gap to the line", () => {
  it("says how far below the line a 'higher is better' value lies, and that this is behind", () => {
    expect(gapToLine(higher, 25, "2026-07-02")).toMatchObject({
      expected: 40,
      distance: 15,
      side: "onder",
      behind: true,
    });
  });

  it("counts above the line as ahead for 'higher is better'", () => {
    expect(gapToLine(higher, 47.5, "2026-07-02")).toMatchObject({ distance: 7.5, side: "boven", behind: false });
  });

  it("counts above the line as behind when lower is better", () => {
    expect(gapToLine(lower, 46.5, "2026-07-02")).toMatchObject({
      expected: 43,
      distance: 3.5,
      side: "boven",
      behind: true,
    });
    expect(gapToLine(lower, 40, "2026-07-02")).toMatchObject({ distance: 3, side: "onder", behind: false });
  });

  it("is nothing on the line, also for decimals that do not add up exactly", () => {
    expect(gapToLine(higher, 40, "2026-07-02")).toMatchObject({ distance: 0, side: "op", behind: false });
    const decimals = { ...higher, baselineValue: 0.1, targetValue: 0.3, targetDate: "2026-01-01" };
    expect(gapToLine(decimals, 0.1 + 0.2, "2026-03-01")).toMatchObject({ distance: 0, side: "op" });
  });

  it("gives a distance without the noise of decimal arithmetic", () => {
    const due = { ...lower, baselineValue: 47.8, targetValue: 40.3, targetDate: "2026-06-01" };
    expect(gapToLine(due, 47.8, "2026-12-01")).toMatchObject({ expected: 40.3, distance: 7.5, targetDue: true });
  });

  it("measures against the target once its date has passed", () => {
    expect(gapToLine(higher, 45, "2027-03-01")).toMatchObject({ expected: 60, distance: 15, targetDue: true });
  });

  it("has no gap without a line or a value", () => {
    expect(gapToLine({ ...higher, baselineDate: null }, 25, "2026-07-02")).toBeNull();
    expect(gapToLine(higher, Number.NaN, "2026-07-02")).toBeNull();
  });
});

describe("the decimals a reader gets", () => {
  it("shrink as the value grows", () => {
    expect([0.35, -4.5, 20.41, 99.99, 100, 1234.5].map(readingDigits)).toEqual([2, 2, 1, 1, 0, 0]);
  });
});
