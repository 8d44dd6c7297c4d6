import { describe, expect, it } from "vitest";
import { ballotProblem, combineRankings, compactBallot } from "./ranking";

const ballot = (participantId: number, ...order: number[]) => ({
  participantId,
  positions: order.map((itemId, index) => ({ itemId, position: index + 1 })),
});

describe("the combined ranking of a session (Borda count)", () => {
  it("gives n points for a first place down to 1 for the last, and orders by points", () => {
    const result = combineRankings([10, 20, 30], [ballot(1, 20, 10, 30), ballot(2, 20, 30, 10)]);
    expect(result.maxPoints).toBe(3);
    expect(result.ballots).toBe(2);
    expect(result.rows.map((r) => [r.itemId, r.rank, r.points, r.firstPlaces, r.tie])).toEqual([
      [20, 1, 6, 2, "none"],
      // 10 and 30 both have 3 points and no first place: they share the rank
      [10, 2, 3, 0, "shared"],
      [30, 2, 3, 0, "shared"],
    ]);
  });

  it("lets the number of first places decide between equal points, and says so", () => {
    // 10: 3 + 1 = 4, one first place; 20: 2 + 2 = 4, none; 30: 1 + 3 = 4, one first place.
    const result = combineRankings([10, 20, 30], [ballot(1, 10, 20, 30), ballot(2, 30, 20, 10)]);
    expect(result.rows.map((r) => [r.itemId, r.rank, r.points, r.tie])).toEqual([
      [10, 1, 4, "shared"],
      [30, 1, 4, "shared"],
      [20, 3, 4, "firstPlaces"],
    ]);
    const broken = combineRankings([10, 20, 30], [ballot(1, 10, 20, 30), ballot(2, 20, 10, 30), ballot(3, 10, 30)]);
    // 10: 3 + 2 + 3 = 8 (two first places); 20: 2 + 3 = 5; 30: 1 + 1 + 2 = 4
    expect(broken.rows.map((r) => [r.itemId, r.rank, r.points, r.tie])).toEqual([
      [10, 1, 8, "none"],
      [20, 2, 5, "none"],
      [30, 3, 4, "none"],
    ]);
    const tiedOnPoints = combineRankings([1, 2, 3, 4], [ballot(1, 1, 2, 3, 4), ballot(2, 2, 3, 1), ballot(3, 4, 1)]);
    // 1: 4 + 2 + 3 = 9, one first; 2: 3 + 4 = 7, one first; 3: 2 + 3 = 5; 4: 1 + 4 = 5, one first
    expect(tiedOnPoints.rows.map((r) => [r.itemId, r.rank, r.points, r.tie])).toEqual([
      [1, 1, 9, "none"],
      [2, 2, 7, "none"],
      [4, 3, 5, "firstPlaces"],
      [3, 4, 5, "firstPlaces"],
    ]);
  });

  it("gives nothing for an opgave a participant left out, and puts what nobody ranked last", () => {
    const result = combineRankings([1, 2, 3, 4], [ballot(1, 3), ballot(2, 3, 1)]);
    expect(result.rows.map((r) => [r.itemId, r.rank, r.points, r.rankedBy])).toEqual([
      [3, 1, 8, 2],
      [1, 2, 3, 1],
      [2, 3, 0, 0],
      [4, 3, 0, 0],
    ]);
  });

  it("counts a ballot with gaps as its order (1, 3 is 1, 2)", () => {
    expect(
      compactBallot([
        { itemId: 5, position: 3 },
        { itemId: 6, position: 1 },
      ]),
    ).toEqual([
      { itemId: 6, position: 1 },
      { itemId: 5, position: 2 },
    ]);
    const gap = combineRankings([5, 6, 7], [{ participantId: 1, positions: [{ itemId: 5, position: 3 }] }]);
    expect(gap.rows[0]).toMatchObject({ itemId: 5, points: 3 });
  });

  it("has no rows to show without opgaven, and all at zero without ballots", () => {
    expect(combineRankings([], []).rows).toEqual([]);
    expect(combineRankings([1, 2], []).rows.map((r) => [r.rank, r.points, r.tie])).toEqual([
      [1, 0, "shared"],
      [1, 0, "shared"],
    ]);
  });
});

describe("a participant's ranking", () => {
  it("is refused with a position used twice, out of range, an unknown opgave, or nothing ranked", () => {
    const items = [1, 2, 3];
    expect(ballotProblem([], items)).toBe("empty");
    expect(
      ballotProblem(
        [
          { itemId: 1, position: 1 },
          { itemId: 2, position: 1 },
        ],
        items,
      ),
    ).toBe("duplicatePosition");
    expect(ballotProblem([{ itemId: 1, position: 4 }], items)).toBe("positionOutOfRange");
    expect(ballotProblem([{ itemId: 9, position: 1 }], items)).toBe("unknownItem");
    expect(
      ballotProblem(
        [
          { itemId: 3, position: 1 },
          { itemId: 1, position: 2 },
        ],
        items,
      ),
    ).toBeNull();
  });
});
