import { describe, expect, it } from "vitest";
import { matchesIndicatorFilter } from "./indicator-filter";

// From 20 to 60 over 2026, measured monthly.
const indicator = (measurements: { measuredOn: string; value: number }[]) => ({
  direction: "hoger" as const,
  baselineValue: 20,
  baselineDate: "2026-01-01",
  targetValue: 60,
  targetDate: "2026-12-31",
  frequency: "maandelijks" as const,
  measurements,
});
const offCourseLate = indicator([{ measuredOn: "2026-03-15", value: 15 }]);
const onCourseNow = indicator([{ measuredOn: "2026-07-01", value: 41 }]);
const TODAY = "2026-07-02";

describe("which indicators a filtered list shows", () => {
  it("keeps every indicator without a filter", () => {
    expect(matchesIndicatorFilter(offCourseLate, {}, TODAY)).toBe(true);
    expect(matchesIndicatorFilter(onCourseNow, {}, TODAY)).toBe(true);
  });

  it("keeps only those with the status asked for", () => {
    expect(matchesIndicatorFilter(offCourseLate, { status: "uit_koers" }, TODAY)).toBe(true);
    expect(matchesIndicatorFilter(onCourseNow, { status: "uit_koers" }, TODAY)).toBe(false);
    expect(matchesIndicatorFilter(indicator([]), { status: "geen_gegevens" }, TODAY)).toBe(true);
  });

  it("keeps only those whose next measurement is missed, and both filters together", () => {
    expect(matchesIndicatorFilter(offCourseLate, { overdue: true }, TODAY)).toBe(true);
    expect(matchesIndicatorFilter(onCourseNow, { overdue: true }, TODAY)).toBe(false);
    expect(matchesIndicatorFilter(offCourseLate, { status: "op_koers", overdue: true }, TODAY)).toBe(false);
  });
});
