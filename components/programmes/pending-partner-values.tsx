// Values partners reported for an indicator that the gemeente has not approved yet, apart from the measurements:
// they are not in the chart, the status or the measurements table until they are approved.
import { useLocale, useTranslations } from "next-intl";
import { FormattedDay } from "@/components/ui/formatted-date";
import { Table, Td, Th } from "@/components/ui/table";
import type { PendingValue } from "@/db/queries/pending-values";
import { periodLabel } from "@/lib/domain/reporting-periods";

export function PendingPartnerValues({
  values,
  indicatorName,
  amount,
  forPartner,
}: {
  values: PendingValue[];
  indicatorName: string;
  amount: (value: number) => string;
  /** The viewer is a partner: the values are their own organisation's. */
  forPartner: boolean;
}) {
  const t = useTranslations("partnerSource.pending");
  const columns = useTranslations("programmes.indicators");
  const locale = useLocale() === "en" ? "en" : "nl";
  if (values.length === 0) return null;
  return (
    <section id="nog-niet-goedgekeurd" aria-labelledby="pending-values-title" className="mt-8">
      <h3 id="pending-values-title" className="text-xl">
        {t("title")}
      </h3>
      <p className="mt-1 max-w-3xl">{forPartner ? t("introPartner") : t("intro")}</p>
      <div className="mt-3">
        <Table caption={t("caption", { name: indicatorName })}>
          <thead>
            <tr>
              <Th>{columns("measuredOn")}</Th>
              <Th>{columns("value")}</Th>
              <Th>{t("partner")}</Th>
              <Th>{t("period")}</Th>
              <Th>{t("status")}</Th>
              <Th>{columns("note")}</Th>
            </tr>
          </thead>
          <tbody>
            {values.map((value) => (
              <tr key={value.id}>
                <Td className="whitespace-nowrap">
                  <FormattedDay value={value.measuredOn} />
                </Td>
                <Td className="whitespace-nowrap">{amount(value.value)}</Td>
                <Td className="text-sm">{value.partnerName}</Td>
                <Td className="text-sm">
                  {periodLabel(value.period, locale) ?? (
                    <>
                      <FormattedDay value={value.period.startsOn} /> {t("until")}{" "}
                      <FormattedDay value={value.period.endsOn} />
                    </>
                  )}
                </Td>
                <Td className="text-sm">{t(`statuses.${value.status}`)}</Td>
                <Td className="text-sm whitespace-pre-line">
                  {value.note || "—"}
                  {value.reviewComment ? (
                    <span className="mt-1 block">
                      <span className="font-semibold">{t("reviewComment")}:</span> {value.reviewComment}
                    </span>
                  ) : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </section>
  );
}
