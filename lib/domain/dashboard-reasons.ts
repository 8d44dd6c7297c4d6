// Why a programme needs attention, item by item, and which programme needs it most. Pure: the dashboard's data layer
// loads the rows of all programmes at once and this module sorts them out per programme.
import type { AssumptionStatus, CorrectionStatus, Criticality } from "./constants";
import { gapToLine, type LineGap } from "./course-line";
import type { DashboardAssumption, DashboardIndicator, DashboardStatusChange } from "./dashboard";
import { assessIndicator } from "./indicator-status";
import { isOverdue as isQuestionOverdue } from "./learning-questions";
import { isMeasurementOverdue } from "./measurement-schedule";
import { compareDutch, dayIn, parseDay } from "./time";

/** How many items of one kind the "Aandacht nodig" list names per programme; the link behind the count shows all. */
export const REASONS_SHOWN = 3;

/** A course correction that waits for a decision now (status voorgesteld), whenever it was proposed. */
export type DashboardWaiting = { id: number; programmeId: number; title: string; proposedAt: Date };
/** An open action item of a reflection session; only one with a due date before today is a reason. */
export type DashboardActionItem = {
  id: number;
  programmeId: number;
  description: string;
  dueDate: string | null;
  ownerName: string | null;
};
/** A move of a course correction to a status, with its title: decisions are shown beside the reasons. */
export type DashboardDecision = {
  correctionId: number;
  programmeId: number;
  title: string;
  toStatus: CorrectionStatus;
  changedAt: Date;
};

export type IndicatorReason = {
  id: number;
  name: string;
  unit: string;
  direction: DashboardIndicator["direction"];
  status: "uit_koers" | "aandacht";
  latest: { measuredOn: string; value: number };
  targetValue: number | null;
  targetDate: string | null;
  /** Where the line from baseline to target is today and how far the latest value lies from it. */
  line: LineGap | null;
  /** Share of the whole way from baseline to target the latest value lags behind the line on its own date. */
  behindShare: number;
};

export type AssumptionReason = {
  id: number;
  statement: string;
  criticality: Criticality;
  status: Extract<AssumptionStatus, "weerlegd" | "ongetoetst">;
  /** Refuted: when it was found wrong (null when no change was recorded); untested: when it was written down. */
  since: Date | null;
};

export type OverdueMeasurementReason = { id: number; name: string; dueOn: string };
export type OverdueActionReason = {
  id: number;
  description: string;
  dueDate: string;
  ownerName: string | null;
  daysLate: number;
};
export type WaitingReason = { id: number; title: string; proposedAt: Date; daysWaiting: number };
/** Decided within the period; carried out too when that also happened within it. */
export type DecidedCorrection = { id: number; title: string; decidedAt: Date; carriedOutAt: Date | null };

/**
 * How urgent a programme is, most urgent first:
 * 1. uit_koers: an indicator off course, or a critical (hoog) assumption refuted: the plan does not work as meant.
 * 2. te_laat: a measurement, an action item or a learning question past its date: the picture is not up to date.
 * 3. aandacht: an indicator needing attention, a critical assumption still untested, another assumption refuted, or a
 *    course correction waiting for a decision.
 */
export const ATTENTION_LEVELS = ["uit_koers", "te_laat", "aandacht"] as const;
export type AttentionLevel = (typeof ATTENTION_LEVELS)[number];

export type Urgency = Record<AttentionLevel, number>;

export type ProgrammeReasons = {
  /** The most urgent level with a reason; null when nothing asks for attention. */
  level: AttentionLevel | null;
  /** How many reasons of each level: the order of the "Aandacht nodig" list and of the table. */
  urgency: Urgency;
  /** Off course first, then needing attention; within each, the furthest behind first. */
  indicators: IndicatorReason[];
  /** Refuted critical ones first, then the other refuted ones, then the critical untested ones. */
  assumptions: AssumptionReason[];
  overdueMeasurements: OverdueMeasurementReason[];
  /** The longest overdue first. */
  overdueActions: OverdueActionReason[];
  overdueQuestions: number;
  /** The longest waiting first. */
  waiting: WaitingReason[];
  /** Decided within the period, the latest first: not a reason, but what is being done about the others. */
  decided: DecidedCorrection[];
};

export type ReasonInput = {
  programmes: readonly { id: number }[];
  indicators: readonly DashboardIndicator[];
  assumptions: readonly DashboardAssumption[];
  statusChanges: readonly DashboardStatusChange[];
  questions: readonly {
    programmeId: number;
    status: Parameters<typeof isQuestionOverdue>[0]["status"];
    dueDate: string | null;
  }[];
  waiting: readonly DashboardWaiting[];
  actionItems: readonly DashboardActionItem[];
  /** Moves within the period; those to besloten are shown as decided, with a move to doorgevoerd beside them. */
  decisions: readonly DashboardDecision[];
};

/** Whole calendar days from one day to a later one; 0 for the same day or a later start. */
export function daysBetween(from: string, to: string): number {
  const a = parseDay(from);
  const b = parseDay(to);
  if (!a || !b) return 0;
  const days = (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
  return Math.max(0, Math.round(days));
}

/** A programme with nothing that asks for attention. */
export function emptyReasons(): ProgrammeReasons {
  return {
    level: null,
    urgency: { uit_koers: 0, te_laat: 0, aandacht: 0 },
    indicators: [],
    assumptions: [],
    overdueMeasurements: [],
    overdueActions: [],
    overdueQuestions: 0,
    waiting: [],
    decided: [],
  };
}

function latestOf(measurements: DashboardIndicator["measurements"]): string | null {
  let latest: string | null = null;
  for (const m of measurements) if (parseDay(m.measuredOn) && (!latest || m.measuredOn > latest)) latest = m.measuredOn;
  return latest;
}

const ASSUMPTION_ORDER = (a: AssumptionReason) => (a.status === "weerlegd" ? (a.criticality === "hoog" ? 0 : 1) : 2);

/** Each programme's reasons, by programme id; rows of programmes not in `programmes` are ignored. */
export function collectReasons(input: ReasonInput, today: string): Map<number, ProgrammeReasons> {
  const reasons = new Map(input.programmes.map((p) => [p.id, emptyReasons()]));

  for (const indicator of input.indicators) {
    const r = reasons.get(indicator.programmeId);
    if (!r) continue;
    const assessment = assessIndicator(indicator);
    const { status, latest } = assessment;
    if ((status === "uit_koers" || status === "aandacht") && latest) {
      r.indicators.push({
        id: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        direction: indicator.direction,
        status,
        latest,
        targetValue: indicator.targetValue,
        targetDate: indicator.targetDate,
        line: gapToLine(indicator, latest.value, today),
        behindShare: (assessment.expectedProgress ?? 0) - (assessment.progress ?? 0),
      });
    }
    const due = isMeasurementOverdue(
      indicator.frequency,
      latestOf(indicator.measurements),
      indicator.baselineDate,
      today,
    );
    if (due.overdue && due.dueOn)
      r.overdueMeasurements.push({ id: indicator.id, name: indicator.name, dueOn: due.dueOn });
  }

  const refutedAt = new Map<number, Date>();
  for (const change of input.statusChanges) {
    if (change.toStatus !== "weerlegd") continue;
    const known = refutedAt.get(change.assumptionId);
    if (!known || change.changedAt > known) refutedAt.set(change.assumptionId, change.changedAt);
  }
  for (const assumption of input.assumptions) {
    const r = reasons.get(assumption.programmeId);
    if (!r) continue;
    const { id, statement, criticality } = assumption;
    if (assumption.status === "weerlegd") {
      r.assumptions.push({ id, statement, criticality, status: "weerlegd", since: refutedAt.get(id) ?? null });
    } else if (assumption.status === "ongetoetst" && criticality === "hoog") {
      r.assumptions.push({ id, statement, criticality, status: "ongetoetst", since: assumption.createdAt });
    }
  }

  for (const question of input.questions) {
    const r = reasons.get(question.programmeId);
    if (r && isQuestionOverdue(question, today)) r.overdueQuestions += 1;
  }

  for (const item of input.actionItems) {
    const r = reasons.get(item.programmeId);
    if (r) pushOverdueAction(r, item, today);
  }

  for (const correction of input.waiting) {
    const r = reasons.get(correction.programmeId);
    if (!r) continue;
    const { id, title, proposedAt } = correction;
    r.waiting.push({ id, title, proposedAt, daysWaiting: daysBetween(dayIn(proposedAt), today) });
  }

  const decided = new Map<number, { programmeId: number; item: DecidedCorrection }>();
  const carriedOut = new Map<number, Date>();
  for (const move of input.decisions) {
    if (move.toStatus === "doorgevoerd") carriedOut.set(move.correctionId, move.changedAt);
    if (move.toStatus !== "besloten") continue;
    const known = decided.get(move.correctionId);
    if (known && known.item.decidedAt >= move.changedAt) continue;
    const item = { id: move.correctionId, title: move.title, decidedAt: move.changedAt, carriedOutAt: null };
    decided.set(move.correctionId, { programmeId: move.programmeId, item });
  }
  for (const { programmeId, item } of decided.values()) {
    reasons.get(programmeId)?.decided.push({ ...item, carriedOutAt: carriedOut.get(item.id) ?? null });
  }

  for (const r of reasons.values()) finish(r);
  return reasons;
}

function pushOverdueAction(r: ProgrammeReasons, item: DashboardActionItem, today: string) {
  if (!item.dueDate || !parseDay(item.dueDate) || item.dueDate >= today) return;
  r.overdueActions.push({
    id: item.id,
    description: item.description,
    dueDate: item.dueDate,
    ownerName: item.ownerName,
    daysLate: daysBetween(item.dueDate, today),
  });
}

/**
 * A programme's reasons with its open action items added: those past their due date today become reasons and the
 * urgency is worked out again. The dashboard keeps the other reasons per gemeente and reads the action items (whose
 * owner names and lateness change without a write of the gemeente) fresh on every request.
 */
export function withOverdueActions(
  reasons: ProgrammeReasons,
  items: readonly DashboardActionItem[],
  today: string,
): ProgrammeReasons {
  const r = { ...reasons, overdueActions: [...reasons.overdueActions] };
  for (const item of items) pushOverdueAction(r, item, today);
  finish(r);
  return r;
}

/** Sorts each kind of reason and works out the programme's urgency. */
function finish(r: ProgrammeReasons) {
  r.indicators.sort(
    (a, b) =>
      (a.status === "uit_koers" ? 0 : 1) - (b.status === "uit_koers" ? 0 : 1) ||
      b.behindShare - a.behindShare ||
      compareDutch(a.name, b.name),
  );
  r.assumptions.sort((a, b) => ASSUMPTION_ORDER(a) - ASSUMPTION_ORDER(b) || a.id - b.id);
  r.overdueMeasurements.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id);
  r.overdueActions.sort((a, b) => b.daysLate - a.daysLate || a.id - b.id);
  r.waiting.sort((a, b) => a.proposedAt.getTime() - b.proposedAt.getTime() || a.id - b.id);
  r.decided.sort((a, b) => b.decidedAt.getTime() - a.decidedAt.getTime() || b.id - a.id);

  const offCourse = r.indicators.filter((i) => i.status === "uit_koers").length;
  const refutedCritical = r.assumptions.filter((a) => a.status === "weerlegd" && a.criticality === "hoog").length;
  r.urgency = {
    uit_koers: offCourse + refutedCritical,
    te_laat: r.overdueMeasurements.length + r.overdueActions.length + r.overdueQuestions,
    aandacht: r.indicators.length - offCourse + r.assumptions.length - refutedCritical + r.waiting.length,
  };
  r.level = ATTENTION_LEVELS.find((level) => r.urgency[level] > 0) ?? null;
}

/**
 * Most urgent first: more reasons of the first level (uit_koers) first; equal there, more of the second (te_laat);
 * then more of the third (aandacht); then by name. A programme without reasons comes after every one with a reason.
 */
export function compareUrgency(a: { urgency: Urgency; name: string }, b: { urgency: Urgency; name: string }): number {
  for (const level of ATTENTION_LEVELS) {
    const difference = b.urgency[level] - a.urgency[level];
    if (difference !== 0) return difference;
  }
  return compareDutch(a.name, b.name);
}

/** One reason, as the table names it in a line; `level` says how urgent it is. */
export type ReasonLine =
  | { kind: "indicator"; level: AttentionLevel; item: IndicatorReason }
  | { kind: "assumption"; level: AttentionLevel; item: AssumptionReason }
  | { kind: "measurement"; level: "te_laat"; item: OverdueMeasurementReason }
  | { kind: "action"; level: "te_laat"; item: OverdueActionReason }
  | { kind: "questions"; level: "te_laat"; count: number }
  | { kind: "waiting"; level: "aandacht"; item: WaitingReason };

/** Every reason of a programme in one list, the most urgent first, in the order of the levels. */
export function reasonLines(r: ProgrammeReasons): ReasonLine[] {
  const critical = (a: AssumptionReason) => a.status === "weerlegd" && a.criticality === "hoog";
  const lines: ReasonLine[] = [
    ...r.indicators
      .filter((i) => i.status === "uit_koers")
      .map((item) => ({ kind: "indicator" as const, level: "uit_koers" as const, item })),
    ...r.assumptions
      .filter(critical)
      .map((item) => ({ kind: "assumption" as const, level: "uit_koers" as const, item })),
    ...r.overdueMeasurements.map((item) => ({ kind: "measurement" as const, level: "te_laat" as const, item })),
    ...r.overdueActions.map((item) => ({ kind: "action" as const, level: "te_laat" as const, item })),
    ...(r.overdueQuestions > 0
      ? [{ kind: "questions" as const, level: "te_laat" as const, count: r.overdueQuestions }]
      : []),
    ...r.indicators
      .filter((i) => i.status === "aandacht")
      .map((item) => ({ kind: "indicator" as const, level: "aandacht" as const, item })),
    ...r.assumptions
      .filter((a) => !critical(a))
      .map((item) => ({ kind: "assumption" as const, level: "aandacht" as const, item })),
    ...r.waiting.map((item) => ({ kind: "waiting" as const, level: "aandacht" as const, item })),
  ];
  return lines;
}
