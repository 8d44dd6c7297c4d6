// The reasons of the dashboard in words: each item as a short text with its numbers, dates and a link to its page.

import { getFormatter, getTranslations } from "next-intl/server";
import { FormattedDate, FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { readingDigits } from "@/lib/domain/course-line";
import type {
  AssumptionReason,
  IndicatorReason,
  OverdueActionReason,
  OverdueMeasurementReason,
  WaitingReason,
} from "@/lib/domain/dashboard-reasons";

/** Renderers for each kind of reason of one programme, in the viewer's language. */
export async function reasonText(programmeId: number) {
  const base = `/programmes/${programmeId}`;
  const [t, criticality, format] = await Promise.all([
    getTranslations("dashboard.attention"),
    getTranslations("programmes.criticality"),
    getFormatter(),
  ]);
  const amount = (value: number, unit: string, computed = false) =>
    t("amount", {
      value: format.number(value, computed ? { maximumFractionDigits: readingDigits(value) } : {}),
      unit,
    });

  return {
    indicator: (item: IndicatorReason) => {
      const { line } = item;
      return (
        <>
          <Link href={`${base}/indicators/${item.id}`} className="font-semibold">
            {item.name}
          </Link>
          .{" "}
          {t.rich("latest", {
            value: amount(item.latest.value, item.unit),
            date: () => <FormattedDay value={item.latest.measuredOn} />,
          })}{" "}
          {item.targetValue !== null
            ? item.targetDate
              ? t.rich("target", {
                  value: amount(item.targetValue, item.unit),
                  date: () => <FormattedDay value={item.targetDate ?? ""} />,
                })
              : t("targetNoDate", { value: amount(item.targetValue, item.unit) })
            : null}{" "}
          {line ? (
            <>
              {t(line.targetDue ? "expectedTargetDue" : "expected", {
                value: amount(line.expected, item.unit, true),
              })}{" "}
              <span className="font-semibold">
                {line.side === "op"
                  ? t("onLine")
                  : t(line.side === "onder" ? "below" : "above", {
                      distance: amount(line.distance, item.unit, true),
                    })}
              </span>
              {item.direction === "lager" ? <> {t("lowerIsBetter")}</> : null}
            </>
          ) : (
            t("noLine")
          )}
        </>
      );
    },
    assumption: (item: AssumptionReason) => (
      <>
        <Link href={`${base}/assumptions/${item.id}`}>
          <q>{item.statement}</q>
        </Link>{" "}
        {item.status === "ongetoetst"
          ? t.rich("untestedSince", { date: () => <FormattedDate value={item.since} format="date" /> })
          : item.since
            ? t.rich("refutedOn", {
                criticality: criticality(item.criticality).toLowerCase(),
                date: () => <FormattedDate value={item.since} format="date" />,
              })
            : t("refutedNoDate", { criticality: criticality(item.criticality).toLowerCase() })}
      </>
    ),
    measurement: (item: OverdueMeasurementReason) => (
      <>
        <Link href={`${base}/indicators/${item.id}`} className="font-semibold">
          {item.name}
        </Link>
        . {t.rich("measurementDue", { date: () => <FormattedDay value={item.dueOn} /> })}
      </>
    ),
    action: (item: OverdueActionReason) => (
      <>
        <span className="font-semibold">{item.description}</span>.{" "}
        {t.rich("actionDue", { days: item.daysLate, date: () => <FormattedDay value={item.dueDate} /> })}
        {item.ownerName ? <> {t("actionOwner", { name: item.ownerName })}</> : null}
      </>
    ),
    waiting: (item: WaitingReason) => (
      <>
        <Link href={`${base}/corrections/${item.id}`} className="font-semibold">
          {item.title}
        </Link>
        .{" "}
        {t.rich("waitingSince", {
          days: item.daysWaiting,
          date: () => <FormattedDate value={item.proposedAt} format="date" />,
        })}
      </>
    ),
  };
}
