// Route 2, monitoring together: what the partners reported against the gezamenlijk afgesproken effecten of an opgave
// or a subsidiekader, summed and per partner, against the targets; and which reports are late. Pure: the data layer
// hands in the rows it may show, this module decides what counts.
import { counts, type SubmissionStatus } from "./submissions";

/** An agreed effect as the monitoring needs it, with the window and the partners whose reports count for it. */
export type MonitoredEffect = {
  id: number;
  indicatorId: number;
  baselineValue: number;
  targetValue: number;
  /** Only these partners' reports count (a framework: the partners granted on this effect); null: every partner. */
  partnerIds: readonly number[] | null;
  /** Calendar days, inclusive: only values measured within count (a framework's period); null: no bound. */
  from: string | null;
  to: string | null;
};

/** One value a partner reported for an indicator, with the status of the report it is part of. */
export type ReportedValue = {
  /** The submission value's id: the same value reached twice (two frameworks, two effects) is still one value. */
  valueId: number;
  indicatorId: number;
  partnerId: number;
  partnerName: string;
  measuredOn: string;
  value: number;
  status: SubmissionStatus;
};

/** A partner's own target on an effect, from a granted application. */
export type PartnerTarget = {
  applicationId: number;
  effectId: number;
  partnerId: number;
  partnerName: string;
  target: number;
};

export type PartnerPart = {
  partnerId: number;
  partnerName: string;
  /** The sum of the partner's approved values for the effect. */
  total: number;
  /** How many approved values that sum is made of. */
  valueCount: number;
  /** The sum of the partner's targets on the effect from granted applications; null when it has none. */
  target: number | null;
};

export type EffectTotal = {
  effectId: number;
  /** The sum of every approved value for the effect, each value once. */
  total: number;
  valueCount: number;
  /** Values handed in but not approved yet: shown, never counted. */
  pendingCount: number;
  /** The agreed effect's own target. */
  targetValue: number;
  /** The sum of the granted applications' targets on the effect; null when there are none. */
  grantedTarget: number | null;
  /** Per partner, by name; partners with only a target and no approved value yet are listed too. */
  partners: PartnerPart[];
};

function withinWindow(effect: MonitoredEffect, value: ReportedValue) {
  if (effect.from !== null && value.measuredOn < effect.from) return false;
  if (effect.to !== null && value.measuredOn > effect.to) return false;
  return true;
}

/** The values that serve this effect, each once: same indicator, a partner that counts, within the window. */
export function valuesFor(effect: MonitoredEffect, values: readonly ReportedValue[]): ReportedValue[] {
  const partners = effect.partnerIds === null ? null : new Set(effect.partnerIds);
  const seen = new Map<number, ReportedValue>();
  for (const value of values) {
    if (value.indicatorId !== effect.indicatorId) continue;
    if (partners !== null && !partners.has(value.partnerId)) continue;
    if (!withinWindow(effect, value)) continue;
    if (!seen.has(value.valueId)) seen.set(value.valueId, value);
  }
  return [...seen.values()];
}

const sum = (numbers: readonly number[]) => numbers.reduce((total, n) => total + n, 0);

/**
 * Per effect: the approved values summed, and per partner against its own target. Only approved values count; a
 * value that reaches an effect more than once (listed through two frameworks, say) counts once. A partner's targets
 * from different applications on the same effect add up; the same application is counted once.
 */
export function effectTotals(
  effects: readonly MonitoredEffect[],
  values: readonly ReportedValue[],
  targets: readonly PartnerTarget[],
): EffectTotal[] {
  return effects.map((effect) => {
    const serving = valuesFor(effect, values);
    const approved = serving.filter((v) => counts(v.status));
    const effectTargets = uniqueTargets(targets.filter((t) => t.effectId === effect.id));
    const partnerNames = new Map<number, string>();
    for (const target of effectTargets) partnerNames.set(target.partnerId, target.partnerName);
    for (const value of serving) partnerNames.set(value.partnerId, value.partnerName);
    const partnerIds = new Set([...approved.map((v) => v.partnerId), ...effectTargets.map((t) => t.partnerId)]);
    const partners = [...partnerIds].map((partnerId) => {
      const own = approved.filter((v) => v.partnerId === partnerId);
      const ownTargets = effectTargets.filter((t) => t.partnerId === partnerId);
      return {
        partnerId,
        partnerName: partnerNames.get(partnerId) ?? "",
        total: sum(own.map((v) => v.value)),
        valueCount: own.length,
        target: ownTargets.length === 0 ? null : sum(ownTargets.map((t) => t.target)),
      };
    });
    return {
      effectId: effect.id,
      total: sum(approved.map((v) => v.value)),
      valueCount: approved.length,
      pendingCount: serving.filter((v) => v.status === "ingediend").length,
      targetValue: effect.targetValue,
      grantedTarget: effectTargets.length === 0 ? null : sum(effectTargets.map((t) => t.target)),
      partners: partners.sort((a, b) => a.partnerName.localeCompare(b.partnerName, "nl")),
    };
  });
}

function uniqueTargets(targets: readonly PartnerTarget[]) {
  const seen = new Map<string, PartnerTarget>();
  for (const target of targets) seen.set(`${target.applicationId}:${target.effectId}`, target);
  return [...seen.values()];
}

/**
 * Per indicator: the approved values of all the given effects on it, each value once. Two agreed effects on the same
 * indicator both show a value that serves them; added up over the opgave, it still counts once.
 */
export function indicatorTotals(
  effects: readonly MonitoredEffect[],
  values: readonly ReportedValue[],
): { indicatorId: number; total: number; valueCount: number; effectIds: number[] }[] {
  const indicatorIds = [...new Set(effects.map((e) => e.indicatorId))];
  return indicatorIds.map((indicatorId) => {
    const onIndicator = effects.filter((e) => e.indicatorId === indicatorId);
    const distinct = new Map<number, ReportedValue>();
    for (const effect of onIndicator) {
      for (const value of valuesFor(effect, values)) {
        if (counts(value.status)) distinct.set(value.valueId, value);
      }
    }
    const approved = [...distinct.values()];
    return {
      indicatorId,
      total: sum(approved.map((v) => v.value)),
      valueCount: approved.length,
      effectIds: onIndicator.map((e) => e.id),
    };
  });
}

/** A reporting period of a partner, with the status of its report (null: nothing started). */
export type MonitoredPeriod = {
  periodId: number;
  partnerId: number;
  partnerName: string;
  startsOn: string;
  endsOn: string;
  dueOn: string;
  status: SubmissionStatus | null;
};

/**
 * The periods whose report is late: the due date (a calendar day) has passed and nothing was handed in — no report,
 * a concept, or one sent back and not handed in again. A submitted or approved report is not late. Each period once,
 * the longest overdue first.
 */
export function latePeriods(periods: readonly MonitoredPeriod[], today: string): MonitoredPeriod[] {
  const late = new Map<number, MonitoredPeriod>();
  for (const period of periods) {
    if (period.dueOn >= today) continue;
    if (period.status === "ingediend" || period.status === "goedgekeurd") continue;
    late.set(period.periodId, period);
  }
  return [...late.values()].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.periodId - b.periodId);
}

/** How much of a target the reported total is, as a share (1: the target is met); null without a target. */
export function shareOfTarget(total: number, target: number | null): number | null {
  if (target === null || target === 0) return null;
  return total / target;
}
