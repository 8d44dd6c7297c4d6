// Where each number of the dashboard leads: the list of exactly the items it counts, filtered through its URL.
import type { IndicatorStatus } from "@/lib/domain/constants";
import type { Period } from "@/lib/domain/dashboard";

export function reasonHrefs(programmeId: number, period: Period) {
  const base = `/programmes/${programmeId}`;
  const within = `from=${period.from}&to=${period.to}`;
  return {
    indicators: (status: IndicatorStatus) => `${base}/indicators?status=${status}`,
    overdueMeasurements: `${base}/indicators?overdue=1`,
    refuted: `${base}/assumptions?status=weerlegd`,
    criticalUntested: `${base}/assumptions?criticality=hoog&status=ongetoetst`,
    studiesRunning: `${base}/studies?status=lopend`,
    questionsOpen: `${base}/learning-questions?status=open`,
    questionsAnswered: `${base}/learning-questions?status=beantwoord`,
    overdueQuestions: `${base}/learning-questions?overdue=1`,
    overdueActions: `${base}/reflections/action-items?overdue=1`,
    waiting: `${base}/corrections?status=voorgesteld`,
    proposed: `${base}/corrections?step=voorgesteld&${within}`,
    decided: `${base}/corrections?step=besloten&${within}`,
  };
}
