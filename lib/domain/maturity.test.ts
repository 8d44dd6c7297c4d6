import { describe, expect, it } from "vitest";
import {
  type Answers,
  attendanceRate,
  dimensionScores,
  isComplete,
  MATURITY_STATEMENTS,
  overallScore,
  scoreChange,
  suggestModules,
  weakestDimensions,
} from "./maturity";

/** Every statement at `level`, with some overridden. */
const all = (level: number, overrides: Answers = {}): Answers => ({
  ...Object.fromEntries(MATURITY_STATEMENTS.map((s) => [s.key, level])),
  ...overrides,
});

describe("scores per dimension", () => {
  it("averages the two statements of each dimension to one decimal", () => {
    const scores = dimensionScores(all(3, { s01: 2, s02: 3, s05: 5, s06: 4, s11: 1, s12: 2 }));
    expect(scores).toEqual({
      strategie: 2.5,
      verandertheorie: 3,
      meten: 4.5,
      leren: 3,
      bijsturen: 3,
      partners: 1.5,
    });
    expect(overallScore(scores)).toBe(2.9);
  });

  it("leaves out answers outside the scale, and a dimension without answers has no score", () => {
    const scores = dimensionScores({ s01: 4, s02: 9, s03: 0, s05: 2.5 });
    expect(scores.strategie).toBe(4);
    expect(scores.verandertheorie).toBeNull();
    expect(scores.meten).toBeNull();
    expect(overallScore(dimensionScores({}))).toBeNull();
    expect(isComplete({ s01: 4 })).toBe(false);
    expect(isComplete(all(2))).toBe(true);
  });
});

describe("change over time", () => {
  it("gives the rise or fall per dimension, and nothing where a scan lacks a score", () => {
    const before = dimensionScores(all(2, { s11: 1, s12: 1 }));
    const after = dimensionScores(all(3, { s09: 2, s10: 1 }));
    const changes = scoreChange(before, after);
    expect(changes.find((c) => c.dimension === "partners")).toEqual({
      dimension: "partners",
      before: 1,
      after: 3,
      change: 2,
    });
    expect(changes.find((c) => c.dimension === "bijsturen")?.change).toBe(-0.5);
    const partial = scoreChange({ ...before, meten: null }, after);
    expect(partial.find((c) => c.dimension === "meten")?.change).toBeNull();
  });
});

describe("module suggestions", () => {
  it("points the weakest dimension to the modules that strengthen it", () => {
    const scores = dimensionScores(all(4, { s05: 1, s06: 2 }));
    expect(weakestDimensions(scores)).toEqual(["meten"]);
    expect(suggestModules(scores)).toEqual(["indicatoren", "aannames"]);
  });

  it("takes every dimension that ties for lowest, each module once", () => {
    const scores = dimensionScores(all(4, { s03: 2, s04: 2, s05: 2, s06: 2 }));
    expect(weakestDimensions(scores)).toEqual(["verandertheorie", "meten"]);
    expect(suggestModules(scores)).toEqual(["verandertheorie", "aannames", "indicatoren"]);
  });

  it("suggests nothing when every dimension is at the top, or nothing was answered", () => {
    expect(suggestModules(dimensionScores(all(5)))).toEqual([]);
    expect(suggestModules(dimensionScores({}))).toEqual([]);
  });
});

describe("attendance rate", () => {
  it("counts the share present of the sessions recorded, as a whole percentage", () => {
    expect(attendanceRate([true, true, false])).toEqual({ present: 2, recorded: 3, rate: 67 });
    expect(attendanceRate([true, null, undefined, true])).toEqual({ present: 2, recorded: 2, rate: 100 });
    expect(attendanceRate([null])).toEqual({ present: 0, recorded: 0, rate: null });
    expect(attendanceRate([false, false])).toEqual({ present: 0, recorded: 2, rate: 0 });
  });
});
