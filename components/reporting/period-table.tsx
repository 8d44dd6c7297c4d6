import { getTranslations } from "next-intl/server";
import { deletePeriodAction } from "@/app/(app)/programmes/[programmeId]/reporting/actions";
import { ActiveFilter, listHref, Pager } from "@/components/lists/active-filter";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { type Option, SelectField } from "@/components/ui/field";
import { FormattedDate, FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { programmeReportingOverview } from "@/db/queries/reporting-overview";
import { PERIOD_STATE_SLUGS, type PeriodFilter, periodFilterSearch } from "@/lib/validation/list-filters";
import { PeriodName, PeriodStateText } from "./period-name";

type Overview = Awaited<ReturnType<typeof programmeReportingOverview>>;

/** The states in the order a manager looks for them: what is late first. */
const STATES = ["overdue", "due", "sent_back", "submitted", "approved", "open"] as const;

/** The periods of a programme, filtered on partner and state by a plain GET form, a page at a time. */
export async function PeriodTable({
  programmeId,
  overview,
  filter,
  partners,
  mayManage,
}: {
  programmeId: number;
  overview: Overview;
  filter: PeriodFilter;
  partners: Option[];
  mayManage: boolean;
}) {
  const [t, states] = await Promise.all([
    getTranslations("reportingManage"),
    getTranslations("reportingManage.states"),
  ]);
  const base = `/programmes/${programmeId}/reporting`;
  const filtered = filter.partnerOrganisationId !== undefined || filter.state !== undefined;
  const partnerName = partners.find((p) => p.value === String(filter.partnerOrganisationId))?.label;
  const hidden = Object.fromEntries(
    Object.entries(periodFilterSearch(filter))
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
  return (
    <section aria-labelledby="reporting-periods" className="mb-10">
      <h3 id="reporting-periods" className="text-xl">
        {t("periodsTitle")}
      </h3>
      <p className="mt-1 mb-4 max-w-3xl">{t("periodsIntro")}</p>
      <search className="mb-4 block rounded-ik bg-surface p-4">
        <form method="get" action={base} aria-label={t("filterTitle")} className="flex flex-wrap items-end gap-4">
          {partners.length > 1 ? (
            <SelectField
              name="partner"
              label={t("partner")}
              options={partners}
              placeholder={t("allPartners")}
              defaultValue={filter.partnerOrganisationId ? String(filter.partnerOrganisationId) : ""}
            />
          ) : null}
          <SelectField
            name="status"
            label={t("state")}
            options={STATES.map((state) => ({ value: PERIOD_STATE_SLUGS[state], label: states(state) }))}
            placeholder={t("allStates")}
            defaultValue={filter.state ? PERIOD_STATE_SLUGS[filter.state] : ""}
          />
          <button type="submit" className={buttonClass("secondary")}>
            {t("applyFilter")}
          </button>
        </form>
      </search>
      {filtered ? (
        <ActiveFilter
          parts={[partnerName ?? null, filter.state ? states(filter.state).toLowerCase() : null].filter(
            (part) => part !== null,
          )}
          count={t("periodCount", { count: overview.total })}
          clearHref={base}
        />
      ) : null}
      {overview.total === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">
          {filtered ? t("noMatch") : mayManage ? t("noPeriodsManage") : t("noPeriods")}
        </p>
      ) : (
        <>
          <Table caption={t("tableCaption")}>
            <thead>
              <tr>
                <Th>{t("period")}</Th>
                <Th>{t("partner")}</Th>
                <Th>{t("dueOn")}</Th>
                <Th>{t("state")}</Th>
                <Th>{t("lastChange")}</Th>
                {mayManage ? <Th>{t("actions")}</Th> : null}
              </tr>
            </thead>
            <tbody>
              {overview.periods.map((period) => (
                <tr key={period.id}>
                  <Td>
                    <Link href={`${base}/${period.id}`}>
                      <PeriodName period={period} />
                    </Link>
                  </Td>
                  <Td>{period.partnerName}</Td>
                  <Td>
                    <FormattedDay value={period.dueOn} />
                  </Td>
                  <Td>
                    <PeriodStateText state={period.state} />
                  </Td>
                  <Td className="text-sm">
                    <FormattedDate value={period.updatedAt ?? period.createdAt} format="short" />
                  </Td>
                  {mayManage ? (
                    <Td>
                      {period.submissionId === null ? (
                        <ActionButton
                          action={deletePeriodAction.bind(null, programmeId, period.id)}
                          label={
                            <>
                              <span aria-hidden="true">{t("delete")}</span>
                              <span className="sr-only">
                                {t.rich("deleteLabel", {
                                  period: () => <PeriodName period={period} />,
                                  partner: period.partnerName,
                                })}
                              </span>
                            </>
                          }
                          pendingLabel={t("deleting")}
                          hidden={hidden}
                        />
                      ) : null}
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
          <Pager
            page={overview.page}
            pageCount={overview.pageCount}
            href={(page) => listHref(base, periodFilterSearch({ ...filter, page }))}
            labels={{
              nav: t("pagination"),
              previous: t("previous"),
              next: t("next"),
              pageOf: t("pageOf", { page: overview.page, pages: overview.pageCount }),
            }}
          />
        </>
      )}
    </section>
  );
}
