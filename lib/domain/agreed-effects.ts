// The rules of a gezamenlijk afgesproken effect (route 2): its baseline and target are values its indicator accepts,
// the baseline is measured before the target is due and not in the future, the target lies within ten years and
// points the way the indicator should go. Pure, so the data layer applies them inside its transaction.
import type { IndicatorDirection } from "./constants";
import { type IndicatorBounds, measurementValueProblem, type Problem } from "./plausible";

/** How far ahead a target may lie: an agreement with partners is about the coming years, not a generation. */
export const MAX_TARGET_YEARS = 10;

export type AgreedEffectValues = {
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
};

export type EffectIndicator = IndicatorBounds & { direction: IndicatorDirection };

/** Every problem of an effect's figures, per form field; empty when it may be stored. */
export function agreedEffectProblems(
  effect: AgreedEffectValues,
  indicator: EffectIndicator,
  today: string,
): Partial<Record<keyof AgreedEffectValues, Problem[]>> {
  const problems: Partial<Record<keyof AgreedEffectValues, Problem[]>> = {};
  const add = (field: keyof AgreedEffectValues, problem: Problem) => {
    problems[field] = [...(problems[field] ?? []), problem];
  };
  const baseline = measurementValueProblem(indicator, effect.baselineValue);
  if (baseline) add("baselineValue", baseline);
  const target = measurementValueProblem(indicator, effect.targetValue);
  if (target) add("targetValue", target);
  if (!baseline && !target) {
    const wrongWay =
      indicator.direction === "hoger"
        ? effect.targetValue <= effect.baselineValue
        : effect.targetValue >= effect.baselineValue;
    if (wrongWay) add("targetValue", { key: indicator.direction === "hoger" ? "targetNotHigher" : "targetNotLower" });
  }
  if (effect.baselineDate > today) add("baselineDate", { key: "baselineInFuture" });
  if (effect.targetDate <= effect.baselineDate) {
    add("targetDate", { key: "targetBeforeBaseline", values: { date: effect.baselineDate } });
  }
  const latest = latestTargetDay(today);
  if (effect.targetDate > latest) add("targetDate", { key: "targetTooFar", values: { date: latest } });
  return problems;
}

/** The last day a target may be set on, seen from today. */
export function latestTargetDay(today: string): string {
  return `${Number(today.slice(0, 4)) + MAX_TARGET_YEARS}${today.slice(4)}`;
}

export const hasProblems = (problems: Record<string, Problem[] | undefined>) =>
  Object.values(problems).some((list) => list && list.length > 0);
