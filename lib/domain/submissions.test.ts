import { describe, expect, it } from "vitest";
import { periodLabel, reportingPeriods } from "./reporting-periods";
import {
  counts,
  isEditable,
  isLocked,
  needsReason,
  nextStatus,
  periodState,
  SUBMISSION_STATUSES,
  SUBMISSION_STEPS,
  type SubmissionStatus,
  type SubmissionStep,
} from "./submissions";

describe("a report's life", () => {
  // Every step from every status: the allowed ones by name, the rest refused.
  const allowed: Record<string, SubmissionStatus> = {
    "concept submit": "ingediend",
    "teruggestuurd submit": "ingediend",
    "ingediend sendBack": "teruggestuurd",
    "ingediend approve": "goedgekeurd",
    "goedgekeurd reopen": "teruggestuurd",
  };
  for (const from of SUBMISSION_STATUSES) {
    for (const step of SUBMISSION_STEPS) {
      const key = `${from} ${step}`;
      it(`${key} → ${allowed[key] ?? "refused"}`, () => {
        expect(nextStatus(from, step as SubmissionStep)).toBe(allowed[key] ?? null);
      });
    }
  }

  it("is written by the partner only as a concept or when sent back, and locked once approved", () => {
    expect(SUBMISSION_STATUSES.filter(isEditable)).toEqual(["concept", "teruggestuurd"]);
    expect(SUBMISSION_STATUSES.filter(isLocked)).toEqual(["goedgekeurd"]);
    expect(SUBMISSION_STATUSES.filter(counts)).toEqual(["goedgekeurd"]);
    expect(SUBMISSION_STEPS.filter(needsReason)).toEqual(["sendBack", "reopen"]);
  });

  it("stands in the overview by its report, else by its due date", () => {
    const today = "2026-06-10";
    const soon = "2026-06-24";
    expect(periodState(null, "2026-07-15", today, soon)).toBe("open");
    expect(periodState(null, "2026-06-20", today, soon)).toBe("due");
    expect(periodState("concept", "2026-06-09", today, soon)).toBe("overdue");
    expect(periodState("ingediend", "2026-06-09", today, soon)).toBe("submitted");
    expect(periodState("teruggestuurd", "2026-06-20", today, soon)).toBe("sent_back");
    expect(periodState("teruggestuurd", "2026-06-01", today, soon)).toBe("overdue");
    expect(periodState("goedgekeurd", "2026-06-01", today, soon)).toBe("approved");
  });
});

describe("reporting periods", () => {
  it("makes quarters over a year, each due after it ends", () => {
    expect(reportingPeriods("kwartaal", "2026-01-01", "2026-12-31", 14)).toEqual([
      { startsOn: "2026-01-01", endsOn: "2026-03-31", dueOn: "2026-04-14" },
      { startsOn: "2026-04-01", endsOn: "2026-06-30", dueOn: "2026-07-14" },
      { startsOn: "2026-07-01", endsOn: "2026-09-30", dueOn: "2026-10-14" },
      { startsOn: "2026-10-01", endsOn: "2026-12-31", dueOn: "2027-01-14" },
    ]);
  });

  it("ends the last period on the last day asked for, and keeps month ends right", () => {
    const months = reportingPeriods("maand", "2026-01-31", "2026-04-15", 0);
    expect(months.map((p) => [p.startsOn, p.endsOn])).toEqual([
      ["2026-01-31", "2026-02-27"],
      ["2026-02-28", "2026-03-30"],
      ["2026-03-31", "2026-04-15"],
    ]);
  });

  it("refuses what is no span or too long", () => {
    expect(reportingPeriods("maand", "2026-05-01", "2026-04-01", 14)).toEqual([]);
    expect(reportingPeriods("maand", "2026-02-30", "2026-04-01", 14)).toEqual([]);
    expect(reportingPeriods("maand", "2020-01-01", "2026-01-01", 14)).toEqual([]);
    expect(reportingPeriods("halfjaar", "2026-01-01", "2026-01-01", 14)).toHaveLength(1);
  });

  it("names a period the way people say it", () => {
    expect(periodLabel({ startsOn: "2026-01-01", endsOn: "2026-01-31" })).toBe("januari 2026");
    expect(periodLabel({ startsOn: "2026-04-01", endsOn: "2026-06-30" })).toBe("2e kwartaal 2026");
    expect(periodLabel({ startsOn: "2026-07-01", endsOn: "2026-12-31" })).toBe("2e halfjaar 2026");
    expect(periodLabel({ startsOn: "2026-07-01", endsOn: "2026-12-31" }, "en")).toBe("H2 2026");
    expect(periodLabel({ startsOn: "2026-02-10", endsOn: "2026-03-09" })).toBeNull();
  });
});
