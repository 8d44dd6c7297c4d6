import "server-only";
import { numberForInput } from "@/lib/domain/number-text";
import { basisValue } from "./indicator-bases";
import type { IndicatorValues } from "./indicator-form";

type SavedIndicator = {
  id: number;
  name: string;
  tocElementId: number | null;
  hypothesisId: number | null;
  unit: string;
  kind: string;
  minValue: number | null;
  maxValue: number | null;
  direction: string;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  source: string;
  frequency: string;
  contribution: string;
  version: number;
};

/** An indicator as its form shows it: numbers as typed the Dutch way ("12,5", never "1e+23"), days as "2026-11-27". */
export function indicatorValues(indicator: SavedIndicator): IndicatorValues {
  return {
    id: indicator.id,
    name: indicator.name,
    basis: basisValue(indicator),
    unit: indicator.unit,
    kind: indicator.kind,
    minValue: numberForInput(indicator.minValue),
    maxValue: numberForInput(indicator.maxValue),
    direction: indicator.direction,
    baselineValue: numberForInput(indicator.baselineValue),
    baselineDate: indicator.baselineDate ?? "",
    targetValue: numberForInput(indicator.targetValue),
    targetDate: indicator.targetDate ?? "",
    source: indicator.source,
    frequency: indicator.frequency,
    contribution: indicator.contribution,
    version: indicator.version,
  };
}
