import { describe, expect, it } from "vitest";
import { compareByRisk, isAtRisk, RISK_MATRIX_STATUSES, type RiskInput, riskMatrix, riskRank } from "./assumption-risk";
import { ASSUMPTION_STATUSES, CRITICALITIES } from "./constants";

const EXPECTED_ORDER: RiskInput[] = [
  { status: "weerlegd", criticality: "hoog" },
  { status: "ongetoetst", criticality: "hoog" },
  { status: "weerlegd", criticality: "midden" },
  { status: "in_onderzoek", criticality: "hoog" },
  { status: "ongetoetst", criticality: "midden" },
  { status: "deels_bevestigd", criticality: "hoog" },
  { status: "weerlegd", criticality: "laag" },
  { status: "in_onderzoek", criticality: "midden" },
  { status: "bevestigd", criticality: "hoog" },
  { status: "ongetoetst", criticality: "laag" },
  { status: "deels_bevestigd", criticality: "midden" },
  { status: "in_onderzoek", criticality: "laag" },
  { status: "bevestigd", criticality: "midden" },
  { status: "deels_bevestigd", criticality: "laag" },
  { status: "bevestigd", criticality: "laag" },
];

const ALL: RiskInput[] = CRITICALITIES.flatMap((criticality) =>
  ASSUMPTION_STATUSES.map((status) => ({ criticality, status })),
);

describe("ordering by risk", () => {
  it("puts every combination in the documented order", () => {
    expect([...ALL].sort(compareByRisk)).toEqual(EXPECTED_ORDER);
    expect([...ALL].reverse().sort(compareByRisk)).toEqual(EXPECTED_ORDER);
  });

  it("ranks 1 to 15 without ties", () => {
    expect(EXPECTED_ORDER.map(riskRank)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it("keeps the given order among equal risks", () => {
    const items = [
      { id: "a", criticality: "laag", status: "bevestigd" },
      { id: "b", criticality: "hoog", status: "weerlegd" },
      { id: "c", criticality: "laag", status: "bevestigd" },
      { id: "d", criticality: "hoog", status: "weerlegd" },
    ] as const;
    expect([...items].sort(compareByRisk).map((i) => i.id)).toEqual(["b", "d", "a", "c"]);
  });
});

describe("assumptions at risk", () => {
  it("are the refuted ones, and the critical ones nobody tested", () => {
    expect(ALL.filter(isAtRisk)).toEqual([
      { criticality: "hoog", status: "ongetoetst" },
      { criticality: "hoog", status: "weerlegd" },
      { criticality: "midden", status: "weerlegd" },
      { criticality: "laag", status: "weerlegd" },
    ]);
  });
});

describe("the risk matrix", () => {
  it("has rows hoog, midden, laag and the worrying statuses on the left", () => {
    const matrix = riskMatrix([]);
    expect(matrix.map((row) => row.criticality)).toEqual(["hoog", "midden", "laag"]);
    for (const row of matrix) {
      expect(row.cells.map((cell) => cell.status)).toEqual([
        "ongetoetst",
        "weerlegd",
        "in_onderzoek",
        "deels_bevestigd",
        "bevestigd",
      ]);
      expect(row.cells.every((cell) => cell.items.length === 0)).toBe(true);
    }
    expect(RISK_MATRIX_STATUSES).toHaveLength(ASSUMPTION_STATUSES.length);
  });

  it("puts each item in its own cell, keeping their order", () => {
    const items = [
      { id: 1, criticality: "midden", status: "weerlegd" },
      { id: 2, criticality: "hoog", status: "ongetoetst" },
      { id: 3, criticality: "midden", status: "weerlegd" },
      { id: 4, criticality: "laag", status: "bevestigd" },
    ] as const;
    const matrix = riskMatrix([...items]);
    const cell = (row: number, column: number) => matrix[row]?.cells[column]?.items.map((i) => i.id);
    expect(cell(1, 1)).toEqual([1, 3]);
    expect(cell(0, 0)).toEqual([2]);
    expect(cell(2, 4)).toEqual([4]);
    const placed = matrix.flatMap((row) => row.cells.flatMap((c) => c.items));
    expect(placed).toHaveLength(items.length);
  });
});
