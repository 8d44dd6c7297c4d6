import { describe, expect, it } from "vitest";
import { reportedChange } from "./reported-change";

const previous = (value: number) => ({ measuredOn: "2026-03-15", value });

describe("reportedChange", () => {
  it("says a value is the first when nothing was measured before it", () => {
    expect(reportedChange(null, 12)).toEqual({ kind: "first" });
  });

  it("says a value equals the one before", () => {
    expect(reportedChange(previous(15), 15)).toEqual({ kind: "same", previous: previous(15) });
  });

  it.each([
    [15, 22, 7, 7 / 15, false],
    [15, 8, -7, -7 / 15, false],
    [20, 30, 10, 0.5, false],
    [20, 31, 11, 0.55, true],
    [20, 9, -11, -0.55, true],
    [15, 150, 135, 9, true],
    [-10, -4, 6, 0.6, true],
  ])("from %d to %d: a difference of %d, share %d, large %s", (from, to, difference, share, large) => {
    const change = reportedChange(previous(from), to);
    expect(change).toMatchObject({ kind: "change", difference, large });
    expect(change.kind === "change" ? change.share : undefined).toBeCloseTo(share);
  });

  it("always asks for a look at a change from zero", () => {
    expect(reportedChange(previous(0), 3)).toMatchObject({ kind: "change", difference: 3, share: null, large: true });
  });
});
