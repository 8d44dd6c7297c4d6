// The combined ranking of a strategic session: every participant puts the opgaven in order, and a Borda count turns
// those orders into one. Pure, so the session page, the processing of outcomes and the tests agree on every number.

/** One participant's order: position 1 is what they find most pressing. Opgaven they left out get no points. */
export type Ballot = { participantId: number; positions: { itemId: number; position: number }[] };

/**
 * How an opgave ended up where it is: `none` when its points alone decide, `firstPlaces` when it had as many points as
 * another and the number of first places decided, `shared` when even that was equal and the rank is shared.
 */
export type TieNote = "none" | "firstPlaces" | "shared";

export type CombinedRow = {
  itemId: number;
  /** 1 is the most pressing; shared ranks skip the next (1, 2, 2, 4). */
  rank: number;
  points: number;
  firstPlaces: number;
  /** How many participants ranked it at all. */
  rankedBy: number;
  tie: TieNote;
};

export type CombinedRanking = {
  /** Points for a first place: the number of opgaven named in the session. */
  maxPoints: number;
  ballots: number;
  rows: CombinedRow[];
};

/** Why a ballot cannot count: a position used twice, or one outside 1..itemCount, or an opgave not in the session. */
export function ballotProblem(
  positions: { itemId: number; position: number }[],
  itemIds: readonly number[],
): "duplicatePosition" | "positionOutOfRange" | "unknownItem" | "empty" | null {
  if (positions.length === 0) return "empty";
  const known = new Set(itemIds);
  if (positions.some((p) => !known.has(p.itemId))) return "unknownItem";
  if (positions.some((p) => !Number.isInteger(p.position) || p.position < 1 || p.position > itemIds.length)) {
    return "positionOutOfRange";
  }
  if (new Set(positions.map((p) => p.position)).size !== positions.length) return "duplicatePosition";
  if (new Set(positions.map((p) => p.itemId)).size !== positions.length) return "duplicatePosition";
  return null;
}

/** The ballot's order without gaps: positions 1, 3, 4 become 1, 2, 3. */
export function compactBallot(positions: { itemId: number; position: number }[]) {
  return [...positions]
    .sort((a, b) => a.position - b.position)
    .map((p, index) => ({ itemId: p.itemId, position: index + 1 }));
}

/**
 * Borda count. With n opgaven named in the session, a first place is worth n points, a second n - 1, down to 1 for
 * place n; an opgave a participant did not rank gets 0 from them. The most points ranks first. Equal points: the one
 * with more first places goes ahead; still equal: they share the rank. Opgaven nobody ranked come last, sharing a
 * rank, with 0 points.
 */
export function combineRankings(itemIds: readonly number[], ballots: readonly Ballot[]): CombinedRanking {
  const maxPoints = itemIds.length;
  const tally = new Map(itemIds.map((id) => [id, { itemId: id, points: 0, firstPlaces: 0, rankedBy: 0 }]));
  for (const ballot of ballots) {
    for (const { itemId, position } of compactBallot(ballot.positions)) {
      const row = tally.get(itemId);
      if (!row) continue;
      row.points += maxPoints - position + 1;
      row.rankedBy += 1;
      if (position === 1) row.firstPlaces += 1;
    }
  }
  const order = [...tally.values()].sort(
    (a, b) =>
      b.points - a.points || b.firstPlaces - a.firstPlaces || itemIds.indexOf(a.itemId) - itemIds.indexOf(b.itemId),
  );
  const rows: CombinedRow[] = [];
  order.forEach((row, index) => {
    const previous = rows[index - 1];
    const samePoints = (other: { points: number } | undefined) => other !== undefined && other.points === row.points;
    const sameAll = (other: { points: number; firstPlaces: number } | undefined) =>
      samePoints(other) && other?.firstPlaces === row.firstPlaces;
    const rank = previous && sameAll(previous) ? previous.rank : index + 1;
    const next = order[index + 1];
    const tie: TieNote =
      sameAll(previous) || sameAll(next) ? "shared" : samePoints(previous) || samePoints(next) ? "firstPlaces" : "none";
    rows.push({ ...row, rank, tie });
  });
  return { maxPoints, ballots: ballots.length, rows };
}
