import { describe, expect, it } from "vitest";
import { goalsReached, maturityGrowth, trackAttendance } from "./training-overview";

describe("trackAttendance", () => {
  it("counts every recorded presence of every session, and leaves unrecorded ones out", () => {
    expect(
      trackAttendance([
        [true, true, true],
        [true, false, null],
        [false, undefined, true],
      ]),
    ).toEqual({ present: 5, recorded: 7, rate: 71 });
  });

  it("has no rate when nothing was recorded", () => {
    expect(trackAttendance([])).toEqual({ present: 0, recorded: 0, rate: null });
    expect(trackAttendance([[null, undefined]])).toEqual({ present: 0, recorded: 0, rate: null });
  });

  it("is 100 when everyone was always there", () => {
    expect(trackAttendance([[true], [true]]).rate).toBe(100);
  });
});

describe("goalsReached", () => {
  it("counts the judgements, and the goals not judged yet", () => {
    expect(goalsReached(["bereikt", "deels", "niet", null, "bereikt"])).toEqual({
      total: 5,
      bereikt: 2,
      deels: 1,
      niet: 1,
      open: 1,
      score: 63,
    });
  });

  it("counts a partly reached goal as half, and scores only judged goals", () => {
    expect(goalsReached(["deels", "deels"]).score).toBe(50);
    expect(goalsReached(["bereikt", null]).score).toBe(100);
    expect(goalsReached(["niet"]).score).toBe(0);
  });

  it("has no score before the trainer judged anything", () => {
    expect(goalsReached([null, null])).toMatchObject({ total: 2, open: 2, score: null });
    expect(goalsReached([])).toMatchObject({ total: 0, score: null });
  });
});

describe("maturityGrowth", () => {
  it("is the rise from before to after, to one decimal", () => {
    expect(maturityGrowth(2.1, 3.3)).toBe(1.2);
    expect(maturityGrowth(3, 2.5)).toBe(-0.5);
  });

  it("is unknown when a scan is missing", () => {
    expect(maturityGrowth(null, 3)).toBeNull();
    expect(maturityGrowth(2, null)).toBeNull();
  });
});
