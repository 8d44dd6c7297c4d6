import { describe, expect, it } from "vitest";
import { addDays, addMonths, isMeasurementOverdue, nextMeasurementDue } from "./measurement-schedule";

describe("the next measurement", () => {
  it.each([
    ["maandelijks", "2026-05-15"],
    ["per_kwartaal", "2026-07-15"],
    ["halfjaarlijks", "2026-10-15"],
    ["jaarlijks", "2027-04-15"],
  ] as const)("%s after a measurement on 2026-04-15 is due on %s", (frequency, due) => {
    expect(nextMeasurementDue(frequency, "2026-04-15", "2026-01-01")).toBe(due);
  });

  it("counts from the baseline when there is no measurement yet", () => {
    expect(nextMeasurementDue("per_kwartaal", null, "2026-01-10")).toBe("2026-04-10");
  });

  it("counts from the baseline when that is later than the last measurement", () => {
    expect(nextMeasurementDue("maandelijks", "2025-11-03", "2026-01-10")).toBe("2026-02-10");
  });

  it("is unknown without a measurement or a baseline", () => {
    expect(nextMeasurementDue("jaarlijks", null, null)).toBeNull();
    expect(nextMeasurementDue("jaarlijks", "2026-02-30", null)).toBeNull();
  });

  it("crosses the end of the year", () => {
    expect(nextMeasurementDue("per_kwartaal", "2026-11-20", null)).toBe("2027-02-20");
  });

  it("falls on the last day of a shorter month", () => {
    expect(nextMeasurementDue("maandelijks", "2026-01-31", null)).toBe("2026-02-28");
    expect(nextMeasurementDue("per_kwartaal", "2026-05-31", null)).toBe("2026-08-31");
    expect(nextMeasurementDue("per_kwartaal", "2026-08-31", null)).toBe("2026-11-30");
    expect(nextMeasurementDue("halfjaarlijks", "2026-03-31", null)).toBe("2026-09-30");
  });

  it("knows leap years", () => {
    expect(nextMeasurementDue("maandelijks", "2028-01-31", null)).toBe("2028-02-29");
    expect(nextMeasurementDue("jaarlijks", "2028-02-29", null)).toBe("2029-02-28");
    expect(nextMeasurementDue("halfjaarlijks", "2027-08-30", null)).toBe("2028-02-29");
  });
});

describe("a missed measurement", () => {
  it("is not missed up to and including the last day of grace", () => {
    expect(isMeasurementOverdue("maandelijks", "2026-01-15", null, "2026-02-15")).toEqual({
      overdue: false,
      dueOn: "2026-02-15",
    });
    expect(isMeasurementOverdue("maandelijks", "2026-01-15", null, "2026-03-01").overdue).toBe(false);
  });

  it("is missed the day after the grace ends", () => {
    expect(isMeasurementOverdue("maandelijks", "2026-01-15", null, "2026-03-02")).toEqual({
      overdue: true,
      dueOn: "2026-02-15",
    });
  });

  it("takes another grace period when one is given", () => {
    expect(isMeasurementOverdue("per_kwartaal", "2026-01-15", null, "2026-04-16", 0).overdue).toBe(true);
    expect(isMeasurementOverdue("per_kwartaal", "2026-01-15", null, "2026-04-15", 0).overdue).toBe(false);
    expect(isMeasurementOverdue("per_kwartaal", "2026-01-15", null, "2026-05-15", 30).overdue).toBe(false);
    expect(isMeasurementOverdue("per_kwartaal", "2026-01-15", null, "2026-05-16", 30).overdue).toBe(true);
  });

  it("is never missed when there is nothing to count from", () => {
    expect(isMeasurementOverdue("maandelijks", null, null, "2030-01-01")).toEqual({ overdue: false, dueOn: null });
  });

  it("counts from the baseline when nothing was measured yet", () => {
    expect(isMeasurementOverdue("jaarlijks", null, "2025-01-01", "2026-01-16")).toEqual({
      overdue: true,
      dueOn: "2026-01-01",
    });
  });
});

describe("calendar arithmetic", () => {
  it("adds months across years in both directions", () => {
    expect(addMonths("2026-12-31", 2)).toBe("2027-02-28");
    expect(addMonths("2026-01-31", -2)).toBe("2025-11-30");
    expect(addMonths("nonsense", 1)).toBeNull();
  });

  it("adds days across months and leap days", () => {
    expect(addDays("2028-02-15", 14)).toBe("2028-02-29");
    expect(addDays("2026-02-15", 14)).toBe("2026-03-01");
    expect(addDays("2026-12-20", 14)).toBe("2027-01-03");
    expect(addDays("2027-01-03", -14)).toBe("2026-12-20");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-01-31", 0)).toBe("2026-01-31");
    expect(addDays("nonsense", 1)).toBeNull();
  });

  it("adds days as the calendar does, over years in both directions", () => {
    const start = Date.UTC(2023, 0, 1);
    for (let offset = 0; offset < 2000; offset += 17) {
      const from = new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
      for (const days of [-400, -31, -1, 1, 14, 29, 366]) {
        const expected = new Date(start + (offset + days) * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(from, days)).toBe(expected);
      }
    }
  });
});
