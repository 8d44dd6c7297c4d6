// The partner's values of the period: one form per indicator it reports on, with the gemeente's comment on the value
// right above it when the report came back. A value of an indicator it no longer reports on can only be taken out.
import { getTranslations } from "next-intl/server";
import { removeValueAction } from "@/app/(app)/programmes/[programmeId]/reporting/[periodId]/actions";
import { ActionButton } from "@/components/ui/action-button";
import type { ReportIndicator } from "@/db/queries/submission-context";
import { numberForInput } from "@/lib/domain/number-text";
import { ReviewNote } from "./review-note";
import { ValueForm } from "./value-form";
import { valueHints } from "./value-hints";

type Value = {
  id: number;
  indicatorId: number;
  measuredOn: string;
  value: number;
  note: string;
  reviewComment: string;
};

export async function PartnerValues({
  periodId,
  version,
  period,
  assigned,
  values,
  indicators,
}: {
  periodId: number;
  version: number;
  period: { startsOn: string; endsOn: string };
  assigned: { id: number; name: string; unit: string }[];
  values: (Value & { indicatorName: string; unit: string })[];
  indicators: ReportIndicator[];
}) {
  const t = await getTranslations("partnerReport.values");
  const reported = new Map(values.map((value) => [value.indicatorId, value]));
  const facts = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const orphans = values.filter((value) => !assigned.some((indicator) => indicator.id === value.indicatorId));
  const remove = (value: Value, name: string) => (
    <ActionButton
      action={removeValueAction.bind(null, periodId, value.id)}
      label={
        <>
          {t("remove")}
          <span className="sr-only"> {t("of", { name })}</span>
        </>
      }
      pendingLabel={t("removing")}
      hidden={{ version: String(version) }}
    />
  );
  const forms = await Promise.all(
    assigned.map(async (indicator) => {
      const value = reported.get(indicator.id);
      const info = facts.get(indicator.id);
      const hints = info ? await valueHints(info, period) : { day: "", value: "" };
      const titleId = `indicator-${indicator.id}-title`;
      return (
        <article
          key={indicator.id}
          id={value ? `value-${value.id}` : `indicator-${indicator.id}`}
          aria-labelledby={titleId}
          className="flex flex-col gap-4 rounded-ik border border-line p-4"
        >
          <h4 id={titleId} className="text-lg">
            {indicator.name}
          </h4>
          {value ? <ReviewNote comment={value.reviewComment} /> : null}
          <ValueForm
            periodId={periodId}
            version={version}
            indicator={indicator}
            saved={value ? { ...value, value: numberForInput(value.value) } : null}
            hints={hints}
          />
          {value ? remove(value, indicator.name) : null}
        </article>
      );
    }),
  );
  return (
    <section aria-labelledby="values-title" className="flex max-w-3xl flex-col gap-4">
      <h3 id="values-title" className="text-xl">
        {t("title")}
      </h3>
      <p>{assigned.length ? t("intro") : t("noneAssigned")}</p>
      {forms}
      {orphans.map((value) => (
        <article
          key={value.id}
          id={`value-${value.id}`}
          aria-labelledby={`value-${value.id}-title`}
          className="flex flex-col gap-3 rounded-ik border border-line p-4"
        >
          <h4 id={`value-${value.id}-title`} className="text-lg">
            {value.indicatorName}
          </h4>
          <p>{t("notAssigned", { value: numberForInput(value.value), unit: value.unit })}</p>
          <ReviewNote comment={value.reviewComment} />
          {remove(value, value.indicatorName)}
        </article>
      ))}
    </section>
  );
}
