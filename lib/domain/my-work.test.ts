import { describe, expect, it } from "vitest";
import { daysBetween, dueState, kindOfSlug, MY_WORK_SLUGS, myWorkKinds, pageWithin } from "./my-work";

describe("myWorkKinds", () => {
  it("lists for each role only the work the kernel lets it have", () => {
    expect(myWorkKinds("partner")).toEqual([
      "reportsDue",
      "actionItems",
      "coachingActions",
      "sessionRankings",
      "sessions",
    ]);
    expect(myWorkKinds("teamlid")).toEqual([
      "actionItems",
      "coachingActions",
      "sessionRankings",
      "measurements",
      "reportsToReview",
      "learningQuestions",
      "roadmapSteps",
      "sessions",
    ]);
    expect(myWorkKinds("management")).toEqual([
      "actionItems",
      "coachingActions",
      "sessionRankings",
      "corrections",
      "learningQuestions",
      "roadmapSteps",
      "sessions",
    ]);
    expect(myWorkKinds("beheerder")).toContain("corrections");
    expect(myWorkKinds("beheerder")).toContain("measurements");
    expect(myWorkKinds("programmamanager")).not.toContain("corrections");
    // Reports are handed in by partners only, and reviewed by those who may review them somewhere: not management.
    for (const role of ["beheerder", "programmamanager", "teamlid"] as const) {
      expect(myWorkKinds(role)).toContain("reportsToReview");
      expect(myWorkKinds(role)).not.toContain("reportsDue");
    }
    expect(myWorkKinds("management")).not.toContain("reportsToReview");
    expect(myWorkKinds("partner")).not.toContain("reportsToReview");
  });
});

describe("kindOfSlug", () => {
  it("reads the Dutch name in the address back, and nothing else", () => {
    expect(kindOfSlug("actiepunten")).toBe("actionItems");
    expect(kindOfSlug(MY_WORK_SLUGS.corrections)).toBe("corrections");
    expect(kindOfSlug("rapportages-te-beoordelen")).toBe("reportsToReview");
    expect(kindOfSlug("rapportages-in-te-leveren")).toBe("reportsDue");
    expect(kindOfSlug("actionItems")).toBeUndefined();
    expect(kindOfSlug(undefined)).toBeUndefined();
  });
});

describe("dueState", () => {
  it("is overdue only after the due day", () => {
    expect(dueState("2026-12-01", "2026-12-02")).toBe("overdue");
    expect(dueState("2026-12-02", "2026-12-02")).toBe("due");
    expect(dueState("2027-01-01", "2026-12-02")).toBe("due");
    expect(dueState(null, "2026-12-02")).toBe("none");
  });
});

describe("daysBetween", () => {
  it("counts calendar days, also across a change of summer time and a year", () => {
    expect(daysBetween("2026-11-30", "2026-12-02")).toBe(2);
    expect(daysBetween("2026-10-20", "2026-10-30")).toBe(10);
    expect(daysBetween("2025-12-31", "2026-01-01")).toBe(1);
    expect(daysBetween("2026-12-02", "2026-12-02")).toBe(0);
    expect(daysBetween("2026-12-03", "2026-12-02")).toBe(0);
  });
});

describe("pageWithin", () => {
  it("keeps a page number within the list", () => {
    expect(pageWithin(1, 0)).toEqual({ page: 1, pageCount: 1 });
    expect(pageWithin(2, 26, 25)).toEqual({ page: 2, pageCount: 2 });
    expect(pageWithin(9, 26, 25)).toEqual({ page: 2, pageCount: 2 });
    expect(pageWithin(Number.NaN, 26, 25)).toEqual({ page: 1, pageCount: 2 });
    expect(pageWithin(-3, 26, 25)).toEqual({ page: 1, pageCount: 2 });
  });
});
