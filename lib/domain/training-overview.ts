// The figures of a learning track for the trainer and for management: how often the participants came, how many of
// the track's goals the trainer judged reached, and the growth in the impact scan. Plain functions, no database.
import type { GoalJudgement } from "./training";

export type TrackAttendance = { present: number; recorded: number; rate: number | null };

/**
 * The attendance of the whole track: of all presences recorded (per session, per participant; null or missing:
 * not recorded), the share present as a whole percentage; null when nothing was recorded.
 */
export function trackAttendance(records: readonly (boolean | null | undefined)[][]): TrackAttendance {
  let present = 0;
  let recorded = 0;
  for (const session of records) {
    for (const record of session) {
      if (typeof record !== "boolean") continue;
      recorded += 1;
      if (record) present += 1;
    }
  }
  return { present, recorded, rate: recorded ? Math.round((present / recorded) * 100) : null };
}

export type GoalsReached = {
  total: number;
  bereikt: number;
  deels: number;
  niet: number;
  /** Goals the trainer has not judged yet. */
  open: number;
  /** Share of the judged goals reached, counting a partly reached goal as half, as a whole percentage. */
  score: number | null;
};

/** How many goals were reached, partly reached, not reached or not yet judged. */
export function goalsReached(judgements: readonly (GoalJudgement | null)[]): GoalsReached {
  const count = (j: GoalJudgement) => judgements.filter((value) => value === j).length;
  const bereikt = count("bereikt");
  const deels = count("deels");
  const niet = count("niet");
  const judged = bereikt + deels + niet;
  return {
    total: judgements.length,
    bereikt,
    deels,
    niet,
    open: judgements.length - judged,
    score: judged ? Math.round(((bereikt + deels / 2) / judged) * 100) : null,
  };
}

/** The change between two overall maturity scores, to one decimal; null when one of them is missing. */
export function maturityGrowth(before: number | null, after: number | null): number | null {
  return before !== null && after !== null ? Math.round((after - before) * 10) / 10 : null;
}
