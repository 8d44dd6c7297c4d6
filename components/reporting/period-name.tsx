import { useLocale, useTranslations } from "next-intl";
import { FormattedDay } from "@/components/ui/formatted-date";
import { periodLabel } from "@/lib/domain/reporting-periods";
import type { PeriodState } from "@/lib/domain/submissions";
import { shortLocale } from "@/lib/i18n/settings";

// Not async, as these stand in every row of the reporting lists: an async component is sent as a part of its own.

/** A reporting period the way people name it ("1e kwartaal 2026"), or by its first and last day. */
export function PeriodName({ period }: { period: { startsOn: string; endsOn: string } }) {
  const locale = shortLocale(useLocale());
  const t = useTranslations("reportingManage");
  const label = periodLabel(period, locale);
  if (label) return <>{label}</>;
  return (
    <>
      {t.rich("span", {
        start: () => <FormattedDay value={period.startsOn} />,
        end: () => <FormattedDay value={period.endsOn} />,
      })}
    </>
  );
}

/** Where a period stands, in words (not colour alone); a missed one stands out. */
export function PeriodStateText({ state }: { state: PeriodState }) {
  const states = useTranslations("reportingManage.states");
  return <span className={state === "overdue" ? "font-semibold text-danger" : "font-semibold"}>{states(state)}</span>;
}
