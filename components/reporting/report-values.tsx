// The values of a partner's report as the gemeente reviews them (and the partner reads them once handed in): per
// value its indicator, day, value with unit, note, the baseline and target, and how it compares with the measurement
// before it. Once approved, each says it is a measurement now, with a link to its indicator.

import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import type { Previous, ReportIndicator } from "@/db/queries/submission-context";
import { reportedChange } from "@/lib/domain/reported-change";
import { reportWords } from "./report-words";
import { ReviewNote } from "./review-note";

export type ReportValue = {
  id: number;
  indicatorId: number;
  indicatorName: string;
  unit: string;
  measuredOn: string;
  value: number;
  note: string;
  reviewComment: string;
  measurementId: number | null;
};

async function changeTexts() {
  const [t, words] = await Promise.all([getTranslations("partnerReport.values"), reportWords()]);
  return (previous: Previous, value: number, unit: string) => {
    const change = reportedChange(previous, value);
    if (change.kind === "first") return { text: t("changeFirst"), large: false };
    const before = {
      value: t("amount", { value: words.number(change.previous.value), unit }),
      date: words.day(change.previous.measuredOn),
    };
    if (change.kind === "same") return { text: t("changeSame", before), large: false };
    const difference = words.format.number(change.difference, { signDisplay: "always" });
    const share =
      change.share === null
        ? ""
        : ` (${words.format.number(change.share, { style: "percent", signDisplay: "always", maximumFractionDigits: 0 })})`;
    return { text: t("change", { ...before, difference: `${difference}${share}` }), large: change.large };
  };
}

export async function ReportValues({
  programmeId,
  values,
  indicators,
  previous,
  commentFor,
  showComments,
  partnerName,
}: {
  programmeId: number;
  values: ReportValue[];
  indicators: ReportIndicator[];
  previous: Record<number, Previous>;
  commentFor?: (value: ReportValue) => ReactNode;
  showComments: boolean;
  partnerName: string;
}) {
  const [t, source, words, changeText] = await Promise.all([
    getTranslations("partnerReport.values"),
    getTranslations("partnerSource"),
    reportWords(),
    changeTexts(),
  ]);
  const facts = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const amount = (value: number | null, unit: string) =>
    value === null ? t("notSet") : t("amount", { value: words.number(value), unit });
  return (
    <section aria-labelledby="values-title" className="flex max-w-3xl flex-col gap-4">
      <h3 id="values-title" className="text-xl">
        {t("title")}
      </h3>
      {values.length === 0 ? <p className="text-muted">{t("none")}</p> : null}
      {values.map((value) => {
        const info = facts.get(value.indicatorId);
        const change = changeText(previous[value.id] ?? null, value.value, value.unit);
        const indicatorPath = `/programmes/${programmeId}/indicators/${value.indicatorId}`;
        return (
          <article
            key={value.id}
            id={`value-${value.id}`}
            aria-labelledby={`value-${value.id}-title`}
            className="flex flex-col gap-3 rounded-ik border border-line p-4"
          >
            <h4 id={`value-${value.id}-title`} className="text-lg">
              {value.indicatorName}
            </h4>
            <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t("measuredOn")}</dt>
              <dd>{words.day(value.measuredOn)}</dd>
              <dt className="font-semibold">{t("valueShort")}</dt>
              <dd>{amount(value.value, value.unit)}</dd>
              <dt className="font-semibold">{t("note")}</dt>
              <dd className="whitespace-pre-line">{value.note.trim() || t("noNote")}</dd>
              {info ? (
                <>
                  <dt className="font-semibold">{t("baselineAndTarget")}</dt>
                  <dd>
                    {t("baselineTarget", {
                      baseline: amount(info.baselineValue, info.unit),
                      target: amount(info.targetValue, info.unit),
                    })}
                  </dd>
                </>
              ) : null}
              <dt className="font-semibold">{t("compared")}</dt>
              <dd>
                {change.text}
                {change.large ? <strong className="block">{t("largeChange")}</strong> : null}
              </dd>
            </dl>
            {value.measurementId !== null ? (
              <p className="rounded-ik bg-success-surface p-3">
                {t("isMeasurement")} <Link href={indicatorPath}>{t("toIndicator", { name: value.indicatorName })}</Link>{" "}
                <span className="text-muted">({source("broughtInBy", { partner: partnerName })})</span>
              </p>
            ) : null}
            {showComments ? <ReviewNote comment={value.reviewComment} /> : null}
            {commentFor?.(value)}
          </article>
        );
      })}
    </section>
  );
}
