// Route 2, subsidiekaders: the words of a subsidy framework and its applications, and the rules for deciding on an
// application. Amounts are whole euros.
import { type PeriodDraft, reportingPeriods } from "./reporting-periods";

/** concept: being written, not visible to partners; open: partners apply; gesloten: no new applications. */
export const FRAMEWORK_STATUSES = ["concept", "open", "gesloten"] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

/**
 * ingediend: waiting for a decision; toegekend: granted with an amount; afgewezen: rejected with a reason;
 * ingetrokken: withdrawn by the partner before a decision.
 */
export const APPLICATION_STATUSES = ["ingediend", "toegekend", "afgewezen", "ingetrokken"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const DECISIONS = ["toegekend", "afgewezen"] as const;
export type Decision = (typeof DECISIONS)[number];

/** The largest budget or amount in euros a framework or application may name: a billion. */
export const MAX_EUROS = 1_000_000_000;

/** A problem as a message key of the "validation" namespace, on a field of the form, with values for the message. */
export type Problem = { key: string; field?: string; params?: Record<string, number> };

/** What is left of the budget after the amounts already granted. Never below zero. */
export function remainingBudget(budget: number, granted: readonly number[]): number {
  return Math.max(0, budget - granted.reduce((sum, amount) => sum + amount, 0));
}

/** Whether a partner may apply now: only while the framework is open and not archived. */
export function applicationProblem(
  framework: { status: FrameworkStatus; archived: boolean; budget: number },
  requestedAmount: number,
): Problem | null {
  if (framework.archived || framework.status !== "open") return { key: "frameworkNotOpen" };
  if (requestedAmount > framework.budget) {
    return { key: "requestedAboveBudget", field: "requestedAmount", params: { amount: framework.budget } };
  }
  return null;
}

export type DecisionCase = {
  application: { status: ApplicationStatus; requestedAmount: number };
  framework: { status: FrameworkStatus; archived: boolean; budget: number };
  /** The amounts granted to the framework's other applications. */
  grantedElsewhere: readonly number[];
  decision: { decision: Decision; amount: number | null; reason: string };
  /**
   * The agreed effects the application contributes to, and whether each, its indicator or the indicator's programme
   * is archived: a grant creates reporting obligations on those indicators, so each must still be in use.
   */
  effects?: readonly { effectArchived: boolean; indicatorArchived: boolean; programmeArchived: boolean }[];
};

/**
 * The rules for a decision on an application: decided once; a grant names a whole amount of at least one euro, at
 * most what was requested and at most what is left of the framework's budget; a rejection gives its reason.
 */
export function decisionProblem({
  application,
  framework,
  grantedElsewhere,
  decision,
  effects = [],
}: DecisionCase): Problem | null {
  if (application.status === "ingetrokken") return { key: "applicationWithdrawn" };
  if (application.status !== "ingediend") return { key: "applicationDecided" };
  if (framework.archived) return { key: "archivedFramework" };
  if (framework.status === "concept") return { key: "frameworkNotOpen" };
  if (decision.decision === "afgewezen") {
    return decision.reason.trim() === "" ? { key: "rejectReasonRequired", field: "reason" } : null;
  }
  // A grant creates reporting obligations: not on an effect, indicator or programme that was archived meanwhile (the
  // partner would report on something nobody follows any more). A closed round is still decided on: closing stops
  // new applications, the decisions come after.
  if (effects.some((e) => e.effectArchived)) return { key: "grantEffectArchived" };
  if (effects.some((e) => e.indicatorArchived)) return { key: "grantIndicatorArchived" };
  if (effects.some((e) => e.programmeArchived)) return { key: "grantProgrammeArchived" };
  const amount = decision.amount;
  if (amount === null) return { key: "grantAmountRequired", field: "amount" };
  if (!Number.isInteger(amount) || amount < 1) return { key: "wholeEuros", field: "amount" };
  if (amount > application.requestedAmount) {
    return { key: "amountAboveRequested", field: "amount", params: { amount: application.requestedAmount } };
  }
  const left = remainingBudget(framework.budget, grantedElsewhere);
  if (amount > left) return { key: "amountAboveBudget", field: "amount", params: { amount: left } };
  return null;
}

/** Whether a partner may still withdraw its application: only while it waits for a decision. */
export function withdrawalProblem(application: { status: ApplicationStatus }): Problem | null {
  if (application.status === "ingetrokken") return { key: "applicationWithdrawn" };
  if (application.status !== "ingediend") return { key: "decidedNotWithdrawn" };
  return null;
}

/** How long after a period ends the partner's report is due. */
export const REPORT_DUE_AFTER_DAYS = 30;

/**
 * The reporting periods a grant gives the partner: per half year over the framework's period, each due a month
 * after it ends. A framework longer than the reporting module allows at once gets none (the manager adds them).
 */
export function grantPeriods(framework: { startsOn: string; endsOn: string }): PeriodDraft[] {
  return reportingPeriods("halfjaar", framework.startsOn, framework.endsOn, REPORT_DUE_AFTER_DAYS);
}

/** Periods from `drafts` that overlap none of `existing`: a partner's periods in a programme never overlap. */
export function freePeriods(
  drafts: readonly PeriodDraft[],
  existing: readonly { startsOn: string; endsOn: string }[],
): PeriodDraft[] {
  return drafts.filter((d) => !existing.some((e) => d.startsOn <= e.endsOn && e.startsOn <= d.endsOn));
}
