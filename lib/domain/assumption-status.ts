// Changing an assumption's status, by hand or on the strength of a finding linked to it. Both ways follow one rule
// and leave one kind of trace (a history row and the audit event "assumption.status_changed"); this module holds
// the part that needs no database: whether the change may be made, and how its audit event reads.
import type { AssumptionStatus, Verdict } from "./constants";

/** The finding a change rests on; `verdict` is that of its link to the assumption, null when it is not linked. */
export type StatusEvidence = { findingId: number; title: string; verdict: Verdict | null };

export type StatusChange = {
  statement: string;
  from: AssumptionStatus;
  to: AssumptionStatus;
  reason: string;
  /** Absent for a change by hand. */
  evidence?: StatusEvidence;
};

export type StatusChangeRefusal =
  | { error: "findingNotLinked"; field?: undefined }
  | { error: "statusUnchanged"; field: "status" };

/** Why the change cannot be made, or null when it can: a finding must be linked, and the status must change. */
export function statusChangeRefusal(change: StatusChange): StatusChangeRefusal | null {
  if (change.evidence && change.evidence.verdict === null) return { error: "findingNotLinked" };
  if (change.from === change.to) return { error: "statusUnchanged", field: "status" };
  return null;
}

/** The audit event of a change that was made: a change from a finding names it, with its verdict. */
export function statusChangeAudit({ statement, from, to, reason, evidence }: StatusChange) {
  const summary = `${statement}: ${from} → ${to}`;
  const base = { action: "assumption.status_changed", entityType: "assumption", before: { status: from } };
  if (!evidence) return { ...base, summary, after: { status: to, reason } };
  return {
    ...base,
    summary: `${summary} (${evidence.title})`,
    after: { status: to, reason, findingId: evidence.findingId, verdict: evidence.verdict },
  };
}
