// Ordering the assumption register by risk, and the matrix of criticality against status.
import { type AssumptionStatus, CRITICALITIES, type Criticality } from "./constants";

export type RiskInput = { criticality: Criticality; status: AssumptionStatus };

/**
 * Rank 1 is the most urgent. An assumption is risky when being wrong would hurt (criticality) and when we know, or do
 * not yet know, that it is wrong (status). Read the table as: status counts one step per column from weerlegd to
 * bevestigd, criticality two steps per row; equal totals put the more worrying status first. So a refuted critical
 * assumption leads, an untested critical one follows, and a confirmed one of low criticality comes last.
 */
const RISK_RANK: Record<Criticality, Record<AssumptionStatus, number>> = {
  hoog: { weerlegd: 1, ongetoetst: 2, in_onderzoek: 4, deels_bevestigd: 6, bevestigd: 9 },
  midden: { weerlegd: 3, ongetoetst: 5, in_onderzoek: 8, deels_bevestigd: 11, bevestigd: 13 },
  laag: { weerlegd: 7, ongetoetst: 10, in_onderzoek: 12, deels_bevestigd: 14, bevestigd: 15 },
};

/** The matrix columns: the worrying statuses on the left. */
export const RISK_MATRIX_STATUSES = ["ongetoetst", "weerlegd", "in_onderzoek", "deels_bevestigd", "bevestigd"] as const;

/** Lower is more urgent: 1 for a refuted critical assumption up to 15 for a confirmed one of low criticality. */
export function riskRank(a: RiskInput): number {
  return RISK_RANK[a.criticality][a.status];
}

/** For sorting, most urgent first; Array.prototype.sort is stable, so equal risks keep their order. */
export function compareByRisk(a: RiskInput, b: RiskInput): number {
  return riskRank(a) - riskRank(b);
}

/** Needs action now: a critical assumption nobody has tested, or any assumption that turned out wrong. */
export function isAtRisk(a: RiskInput): boolean {
  return a.status === "weerlegd" || (a.criticality === "hoog" && a.status === "ongetoetst");
}

/** Rows by criticality (hoog first), columns in RISK_MATRIX_STATUSES order; each cell keeps the items' order. */
export function riskMatrix<T extends RiskInput>(
  items: T[],
): { criticality: Criticality; cells: { status: AssumptionStatus; items: T[] }[] }[] {
  return CRITICALITIES.map((criticality) => ({
    criticality,
    cells: RISK_MATRIX_STATUSES.map((status) => ({
      status,
      items: items.filter((item) => item.criticality === criticality && item.status === status),
    })),
  }));
}
