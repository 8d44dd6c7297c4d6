import { useTranslations } from "next-intl";
import type { AssumptionStatus, Criticality, IndicatorStatus } from "@/lib/domain/constants";

const BADGE = "inline-block rounded-ik px-2 py-0.5 text-sm font-semibold";

const INDICATOR_STYLE: Record<IndicatorStatus, string> = {
  op_koers: "bg-success-surface text-success",
  aandacht: "bg-warning-surface text-ink",
  uit_koers: "bg-danger-surface text-danger",
  geen_gegevens: "bg-surface-strong text-ink",
};

/** Status in words and colour; the words carry the meaning, the colour only helps. */
export function IndicatorStatusBadge({ status }: { status: IndicatorStatus }) {
  const t = useTranslations("programmes.indicatorStatus");
  return <span className={`${BADGE} ${INDICATOR_STYLE[status]}`}>{t(status)}</span>;
}

const ASSUMPTION_STYLE: Record<AssumptionStatus, string> = {
  ongetoetst: "bg-surface-strong text-ink",
  in_onderzoek: "bg-info-surface text-ink",
  bevestigd: "bg-success-surface text-success",
  deels_bevestigd: "bg-warning-surface text-ink",
  weerlegd: "bg-danger-surface text-danger",
};

export function AssumptionStatusBadge({ status }: { status: AssumptionStatus }) {
  const t = useTranslations("programmes.assumptionStatus");
  return <span className={`${BADGE} ${ASSUMPTION_STYLE[status]}`}>{t(status)}</span>;
}

const CRITICALITY_STYLE: Record<Criticality, string> = {
  hoog: "border-2 border-danger text-danger",
  midden: "border-2 border-ink text-ink",
  laag: "border border-line text-muted",
};

export function CriticalityBadge({ criticality }: { criticality: Criticality }) {
  const t = useTranslations("programmes.criticality");
  return <span className={`${BADGE} ${CRITICALITY_STYLE[criticality]}`}>{t(criticality)}</span>;
}
