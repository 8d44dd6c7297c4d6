// The figures of the management dashboard, per programme and for the whole portfolio. Pure: the data layer loads
// the rows of every programme at once (a fixed number of statements) and this module sorts them out.
import { isAtRisk } from "./assumption-risk";
import {
  ASSUMPTION_STATUSES,
  type AssumptionStatus,
  type CorrectionStatus,
  type Criticality,
  CYCLE_PHASES,
  type CyclePhase,
  INDICATOR_STATUSES,
  type IndicatorDirection,
  type IndicatorStatus,
  type LearningQuestionStatus,
  type MeasurementFrequency,
  type ProgrammeStatus,
  type StudyStatus,
} from "./constants";
import {
  collectReasons,
  compareUrgency,
  type DashboardActionItem,
  type DashboardDecision,
  type DashboardWaiting,
  emptyReasons,
  type ProgrammeReasons,
  withOverdueActions,
} from "./dashboard-reasons";
import { assessIndicator } from "./indicator-status";
import { isActive, isOverdue as isQuestionOverdue } from "./learning-questions";
import { addDays, addMonths, isMeasurementOverdue } from "./measurement-schedule";
import { compareDutch, endOfDay, parseDay, startOfDay } from "./time";

/** Without a chosen period, the dashboard counts the course corrections of the last 90 days. */
export const DEFAULT_PERIOD_DAYS = 90;
/** The assumption chart shows the end of this many months, the current month (so far) included. */
export const TREND_MONTHS = 6;

export type DashboardProgramme = {
  id: number;
  name: string;
  route: string | null;
  status: ProgrammeStatus;
  phase: CyclePhase;
  round: number;
  ownerId: number;
  ownerName: string;
};

export type DashboardIndicator = {
  id: number;
  programmeId: number;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  frequency: MeasurementFrequency;
  /** Only the latest counts for the status and the schedule, so the data layer may pass just that one. */
  measurements: { measuredOn: string; value: number }[];
};

export type DashboardAssumption = {
  id: number;
  programmeId: number;
  statement: string;
  criticality: Criticality;
  status: AssumptionStatus;
  createdAt: Date;
};

export type DashboardStatusChange = {
  id: number;
  assumptionId: number;
  fromStatus: AssumptionStatus | null;
  toStatus: AssumptionStatus;
  changedAt: Date;
};

export type DashboardStudy = { programmeId: number; status: StudyStatus };
export type DashboardQuestion = { programmeId: number; status: LearningQuestionStatus; dueDate: string | null };
/** A move of a course correction within the period; the figures count those to voorgesteld and besloten. */
export type DashboardTransition = DashboardDecision & { toStatus: CorrectionStatus };
export type DashboardActivity = { programmeId: number; lastActivityAt: Date };

export type DashboardInput = {
  programmes: DashboardProgramme[];
  indicators: DashboardIndicator[];
  assumptions: DashboardAssumption[];
  statusChanges: DashboardStatusChange[];
  studies: DashboardStudy[];
  questions: DashboardQuestion[];
  transitions: DashboardTransition[];
  activity: DashboardActivity[];
  /** Course corrections waiting for a decision now. */
  waiting: DashboardWaiting[];
  /** Open action items; those past their due date are reasons. */
  actionItems: DashboardActionItem[];
};

/** Calendar days, both included. */
export type Period = { from: string; to: string };

export type DashboardFilters = {
  /** A route key, or "geen" for programmes without a route. */
  route?: string;
  status?: ProgrammeStatus;
  ownerId?: number;
};

export type IndicatorCounts = Record<IndicatorStatus, number> & { total: number };
export type AssumptionRisk = { criticalUntested: number; refuted: number; atRisk: number };
export type Figures = {
  indicators: IndicatorCounts;
  assumptions: AssumptionRisk;
  studiesRunning: number;
  questions: { open: number; answered: number };
  /** Proposed and decided within the period; waiting: proposed and not yet decided, whenever proposed. */
  corrections: { proposed: number; decided: number; waiting: number };
  overdue: { measurements: number; questions: number; actions: number };
};
export type ProgrammeFigures = Figures & {
  programme: DashboardProgramme;
  lastActivityAt: Date | null;
  reasons: ProgrammeReasons;
};
export type PortfolioTotals = Figures & { programmes: number; phases: Record<CyclePhase, number> };
export type AssumptionMonth = {
  /** "2026-07". */
  month: string;
  /** The moment the counts hold: the start of the next month, or now for the current month. */
  at: Date;
  current: boolean;
  counts: Record<AssumptionStatus, number>;
};
export type Dashboard = { rows: ProgrammeFigures[]; totals: PortfolioTotals; assumptionTrend: AssumptionMonth[] };

export function defaultPeriod(today: string): Period {
  return { from: addDays(today, -DEFAULT_PERIOD_DAYS) ?? today, to: today };
}

/** The programmes that pass the filters; a filter left out lets everything through. */
export function filterProgrammes<T extends Pick<DashboardProgramme, "route" | "status" | "ownerId">>(
  programmes: readonly T[],
  filters: DashboardFilters,
): T[] {
  return programmes.filter(
    (p) =>
      (filters.route === undefined || (filters.route === "geen" ? p.route === null : p.route === filters.route)) &&
      (filters.status === undefined || p.status === filters.status) &&
      (filters.ownerId === undefined || p.ownerId === filters.ownerId),
  );
}

/** Everyone who owns one of these programmes, once each, by name: the choices of the owner filter. */
export function ownerOptions(programmes: readonly Pick<DashboardProgramme, "ownerId" | "ownerName">[]) {
  const owners = new Map<number, string>();
  for (const p of programmes) owners.set(p.ownerId, p.ownerName);
  return [...owners].map(([id, name]) => ({ id, name })).sort((a, b) => compareDutch(a.name, b.name) || a.id - b.id);
}

/** The period as instants: from the start of the first day up to (not including) the start of the day after the last. */
export function periodBounds(period: Period): { start: Date; end: Date } | null {
  const start = startOfDay(period.from);
  const end = endOfDay(period.to);
  return start && end ? { start, end } : null;
}

function emptyFigures(): Figures {
  return {
    indicators: { op_koers: 0, aandacht: 0, uit_koers: 0, geen_gegevens: 0, total: 0 },
    assumptions: { criticalUntested: 0, refuted: 0, atRisk: 0 },
    studiesRunning: 0,
    questions: { open: 0, answered: 0 },
    corrections: { proposed: 0, decided: 0, waiting: 0 },
    overdue: { measurements: 0, questions: 0, actions: 0 },
  };
}

function addInto(total: Figures, part: Figures) {
  for (const status of INDICATOR_STATUSES) total.indicators[status] += part.indicators[status];
  total.indicators.total += part.indicators.total;
  total.assumptions.criticalUntested += part.assumptions.criticalUntested;
  total.assumptions.refuted += part.assumptions.refuted;
  total.assumptions.atRisk += part.assumptions.atRisk;
  total.studiesRunning += part.studiesRunning;
  total.questions.open += part.questions.open;
  total.questions.answered += part.questions.answered;
  total.corrections.proposed += part.corrections.proposed;
  total.corrections.decided += part.corrections.decided;
  total.corrections.waiting += part.corrections.waiting;
  total.overdue.measurements += part.overdue.measurements;
  total.overdue.questions += part.overdue.questions;
  total.overdue.actions += part.overdue.actions;
}

function latestOf(measurements: DashboardIndicator["measurements"]): string | null {
  let latest: string | null = null;
  for (const m of measurements) if (parseDay(m.measuredOn) && (!latest || m.measuredOn > latest)) latest = m.measuredOn;
  return latest;
}

/**
 * What the dashboard keeps of one programme between requests: its figures, last activity, reasons and assumption
 * counts per month of the trend. Not in it: the programme record itself (name, owner, phase) and its overdue action
 * items, which every request reads fresh (assembleDashboard adds them).
 */
export type ProgrammePart = Figures & {
  lastActivityAt: Date | null;
  reasons: ProgrammeReasons;
  /** Per month of the trend (oldest first), how many of the programme's assumptions had each status. */
  trend: Record<AssumptionStatus, number>[];
};

/**
 * Each programme's figures, in the order given, and the totals of them all.
 * - Indicators: the status by assessIndicator; overdue when the next measurement (isMeasurementOverdue) is missed.
 * - Assumption risk: critical (hoog) and untested, plus refuted at any criticality (isAtRisk counts both).
 * - Studies running: status "lopend". Learning questions: open (still to answer: open or in behandeling), answered,
 *   and overdue (still to answer, due date before today).
 * - Corrections: proposed (a move to "voorgesteld") and decided (a move to "besloten") within the period; waiting:
 *   status "voorgesteld" now.
 * - Action items: open with a due date before today count as overdue.
 * - Each programme's reasons for attention (lib/domain/dashboard-reasons.ts).
 * Rows of programmes that are not in `programmes` are ignored.
 */
export function computeDashboard(
  input: DashboardInput,
  options: { today: string; now: Date; period: Period },
): Dashboard {
  return assembleDashboard(input.programmes, computeParts(input, options), input.actionItems, options);
}

/** Every programme's part (see ProgrammePart), by programme id; the action items of `input` are left out. */
export function computeParts(
  input: Omit<DashboardInput, "programmes"> & { programmes: readonly { id: number }[] },
  options: { today: string; now: Date; period: Period },
): Map<number, ProgrammePart> {
  const figures = new Map<number, Figures>(input.programmes.map((p) => [p.id, emptyFigures()]));
  const of = (programmeId: number) => figures.get(programmeId);

  for (const indicator of input.indicators) {
    const f = of(indicator.programmeId);
    if (!f) continue;
    f.indicators[assessIndicator(indicator).status] += 1;
    f.indicators.total += 1;
    const due = isMeasurementOverdue(
      indicator.frequency,
      latestOf(indicator.measurements),
      indicator.baselineDate,
      options.today,
    );
    if (due.overdue) f.overdue.measurements += 1;
  }

  for (const assumption of input.assumptions) {
    const f = of(assumption.programmeId);
    if (!f) continue;
    if (assumption.criticality === "hoog" && assumption.status === "ongetoetst") f.assumptions.criticalUntested += 1;
    if (assumption.status === "weerlegd") f.assumptions.refuted += 1;
    if (isAtRisk(assumption)) f.assumptions.atRisk += 1;
  }

  for (const study of input.studies) {
    const f = of(study.programmeId);
    if (f && study.status === "lopend") f.studiesRunning += 1;
  }

  for (const question of input.questions) {
    const f = of(question.programmeId);
    if (!f) continue;
    if (isActive(question.status)) f.questions.open += 1;
    if (question.status === "beantwoord") f.questions.answered += 1;
    if (isQuestionOverdue(question, options.today)) f.overdue.questions += 1;
  }

  const bounds = periodBounds(options.period);
  for (const transition of input.transitions) {
    const f = of(transition.programmeId);
    if (!f || !bounds) continue;
    const at = transition.changedAt.getTime();
    if (at < bounds.start.getTime() || at >= bounds.end.getTime()) continue;
    if (transition.toStatus === "voorgesteld") f.corrections.proposed += 1;
    if (transition.toStatus === "besloten") f.corrections.decided += 1;
  }

  const lastActivity = new Map<number, Date>();
  for (const row of input.activity) {
    const known = lastActivity.get(row.programmeId);
    if (!known || row.lastActivityAt > known) lastActivity.set(row.programmeId, row.lastActivityAt);
  }

  const reasons = collectReasons({ ...input, actionItems: [], decisions: input.transitions }, options.today);

  const months = trendMonths(options.today, options.now);
  const changesOf = groupBy(input.statusChanges, (c) => c.assumptionId);
  const assumptionsOf = groupBy(input.assumptions, (a) => a.programmeId);

  return new Map(
    input.programmes.map((programme) => {
      const f = figures.get(programme.id) ?? emptyFigures();
      const why = reasons.get(programme.id) ?? emptyReasons();
      f.corrections.waiting = why.waiting.length;
      const trend = trendCounts(assumptionsOf.get(programme.id) ?? [], changesOf, months);
      return [programme.id, { ...f, lastActivityAt: lastActivity.get(programme.id) ?? null, reasons: why, trend }];
    }),
  );
}

/**
 * The dashboard of these programmes from their parts: each row with the programme record and its overdue action
 * items added, the totals and the trend summed over them. A programme without a part counts as empty.
 */
export function assembleDashboard(
  programmes: readonly DashboardProgramme[],
  parts: ReadonlyMap<number, ProgrammePart>,
  actionItems: readonly DashboardActionItem[],
  options: { today: string; now: Date },
): Dashboard {
  const itemsOf = groupBy(actionItems, (item) => item.programmeId);
  const months = trendMonths(options.today, options.now);
  const trend = months.map(({ month, at, current }) => ({ month, at, current, counts: emptyStatusCounts() }));
  const totals: PortfolioTotals = {
    ...emptyFigures(),
    programmes: programmes.length,
    phases: Object.fromEntries(CYCLE_PHASES.map((phase) => [phase, 0])) as Record<CyclePhase, number>,
  };
  const rows = programmes.map((programme) => {
    const part = parts.get(programme.id);
    const reasons = withOverdueActions(part?.reasons ?? emptyReasons(), itemsOf.get(programme.id) ?? [], options.today);
    const f: Figures = part
      ? {
          indicators: { ...part.indicators },
          assumptions: { ...part.assumptions },
          studiesRunning: part.studiesRunning,
          questions: { ...part.questions },
          corrections: { ...part.corrections },
          overdue: { ...part.overdue },
        }
      : emptyFigures();
    f.overdue.actions = reasons.overdueActions.length;
    addInto(totals, f);
    totals.phases[programme.phase] += 1;
    part?.trend.forEach((counts, index) => {
      const month = trend[index];
      if (month) for (const status of ASSUMPTION_STATUSES) month.counts[status] += counts[status] ?? 0;
    });
    return { ...f, programme, lastActivityAt: part?.lastActivityAt ?? null, reasons };
  });
  return { rows, totals, assumptionTrend: trend };
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function emptyStatusCounts() {
  return Object.fromEntries(ASSUMPTION_STATUSES.map((s) => [s, 0])) as Record<AssumptionStatus, number>;
}

/** "2026-07" for the month `offset` months from the month of this day. */
function monthOf(today: string, offset: number): string {
  return (addMonths(`${today.slice(0, 7)}-01`, offset) ?? today).slice(0, 7);
}

/**
 * What status an assumption had at a moment: the status of its last change before then; before its first change, the
 * status that change started from; without changes, its status now. Null when it did not exist yet: created later
 * and no change before then (demo data and imports may record changes from before the record was made).
 */
export function statusAt(
  assumption: Pick<DashboardAssumption, "status" | "createdAt">,
  changes: readonly DashboardStatusChange[],
  at: Date,
): AssumptionStatus | null {
  const sorted = [...changes].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime() || a.id - b.id);
  const first = sorted[0];
  const born = Math.min(assumption.createdAt.getTime(), first ? first.changedAt.getTime() : Number.POSITIVE_INFINITY);
  if (born >= at.getTime()) return null;
  const before = sorted.filter((c) => c.changedAt.getTime() < at.getTime()).at(-1);
  if (before) return before.toStatus;
  if (first) return first.fromStatus ?? "ongetoetst";
  return assumption.status;
}

/** The last TREND_MONTHS months, the current one last: the moment each one's counts hold. */
function trendMonths(today: string, now: Date): Omit<AssumptionMonth, "counts">[] {
  return Array.from({ length: TREND_MONTHS }, (_, index) => {
    const month = monthOf(today, index - TREND_MONTHS + 1);
    const nextMonthStart = startOfDay(`${monthOf(`${month}-01`, 1)}-01`) ?? now;
    const current = nextMonthStart.getTime() > now.getTime();
    return { month, at: current ? now : nextMonthStart, current };
  });
}

function trendCounts(
  assumptions: readonly DashboardAssumption[],
  changesOf: ReadonlyMap<number, DashboardStatusChange[]>,
  months: readonly Omit<AssumptionMonth, "counts">[],
): Record<AssumptionStatus, number>[] {
  return months.map(({ at }) => {
    const counts = emptyStatusCounts();
    for (const assumption of assumptions) {
      const status = statusAt(assumption, changesOf.get(assumption.id) ?? [], at);
      if (status) counts[status] += 1;
    }
    return counts;
  });
}

/** Counts per assumption status at the end of each of the last TREND_MONTHS months; the current month counts now. */
export function assumptionTrend(
  assumptions: readonly DashboardAssumption[],
  changes: readonly DashboardStatusChange[],
  today: string,
  now: Date,
): AssumptionMonth[] {
  const months = trendMonths(today, now);
  const counts = trendCounts(
    assumptions,
    groupBy(changes, (c) => c.assumptionId),
    months,
  );
  return months.map((month, index) => ({ ...month, counts: counts[index] ?? emptyStatusCounts() }));
}

/** How many programmes the dashboard's table shows at once; the totals and charts always cover all of them. */
export const DASHBOARD_PAGE_SIZE = 15;

/** The programmes that need attention first, by their reasons (compareUrgency in dashboard-reasons.ts). */
export function byUrgency(a: ProgrammeFigures, b: ProgrammeFigures): number {
  return compareUrgency(
    { urgency: a.reasons.urgency, name: a.programme.name },
    { urgency: b.reasons.urgency, name: b.programme.name },
  );
}

/** How many programmes the "Aandacht nodig" list at the top names; the table below holds them all, in the same order. */
export const ATTENTION_LIST_SIZE = 10;

/** The programmes with a reason for attention, most urgent first: the first `size` of them and how many there are. */
export function attentionList(rows: readonly ProgrammeFigures[], size = ATTENTION_LIST_SIZE) {
  const needing = rows.filter((row) => row.reasons.level !== null).sort(byUrgency);
  return { rows: needing.slice(0, size), total: needing.length };
}

/** One page of the table, sorted by urgency; `page` counts from 1 and is kept within range. */
export function dashboardPage(rows: readonly ProgrammeFigures[], page: number, size = DASHBOARD_PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const sorted = [...rows].sort(byUrgency);
  return {
    rows: sorted.slice((current - 1) * size, current * size),
    page: current,
    pages,
    first: (current - 1) * size + 1,
  };
}
