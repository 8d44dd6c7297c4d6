// The life of a partner's report for one reporting period: written as a concept, submitted, sent back with comments
// or approved. Only an approved report counts; it is locked, and only the programme's manager reopens it, with a reason.

export const SUBMISSION_STATUSES = ["concept", "ingediend", "teruggestuurd", "goedgekeurd"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** What a partner brings in besides figures: a finding about an assumption, or a lesson. */
export const INSIGHT_KINDS = ["finding", "lesson"] as const;
export type InsightKind = (typeof INSIGHT_KINDS)[number];

/** What someone does with a report; who may do it is the access kernel's question, not this module's. */
export const SUBMISSION_STEPS = ["submit", "sendBack", "approve", "reopen"] as const;
export type SubmissionStep = (typeof SUBMISSION_STEPS)[number];

const MOVES: Record<SubmissionStep, { from: readonly SubmissionStatus[]; to: SubmissionStatus }> = {
  // The partner hands in the whole period: first time, or again after it was sent back.
  submit: { from: ["concept", "teruggestuurd"], to: "ingediend" },
  sendBack: { from: ["ingediend"], to: "teruggestuurd" },
  approve: { from: ["ingediend"], to: "goedgekeurd" },
  // An approved report that turns out wrong goes back to the partner; the approval stays in the history.
  reopen: { from: ["goedgekeurd"], to: "teruggestuurd" },
};

/** The status after `step`, or null when the step is not possible from `from`. */
export function nextStatus(from: SubmissionStatus, step: SubmissionStep): SubmissionStatus | null {
  const move = MOVES[step];
  return move.from.includes(from) ? move.to : null;
}

/** The partner may change values, narrative and insights only while the report is theirs to write. */
export function isEditable(status: SubmissionStatus): boolean {
  return status === "concept" || status === "teruggestuurd";
}

/** Approved is locked: nobody changes it without reopening it first. */
export function isLocked(status: SubmissionStatus): boolean {
  return status === "goedgekeurd";
}

/** Only approved values count: in an indicator's status, the dashboard, the report and the downloads. */
export function counts(status: SubmissionStatus): boolean {
  return status === "goedgekeurd";
}

/** A step that needs words: sending back needs a comment on at least one item or on the whole; reopening a reason. */
export function needsReason(step: SubmissionStep): boolean {
  return step === "sendBack" || step === "reopen";
}

export type PeriodState = "open" | "due" | "overdue" | "submitted" | "sent_back" | "approved";

/**
 * Where a period stands for the overview: approved, submitted or sent back by its report; else open, due within
 * `dueSoonDays`, or overdue once its due date has passed (`today` and `dueOn` are days, YYYY-MM-DD).
 */
export function periodState(
  status: SubmissionStatus | null,
  dueOn: string,
  today: string,
  dueSoonDate: string,
): PeriodState {
  if (status === "goedgekeurd") return "approved";
  if (status === "ingediend") return "submitted";
  if (status === "teruggestuurd") return dueOn < today ? "overdue" : "sent_back";
  if (dueOn < today) return "overdue";
  return dueOn <= dueSoonDate ? "due" : "open";
}
