// The gemeente-wide lists of partner reporting: a partner's periods that ask for its action, and the reports that
// wait for a review. Each row leads to the report of its period.

import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Pager } from "@/components/lists/active-filter";
import { FormattedDate, FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { partnerReportingWork, reviewQueue } from "@/db/queries/reporting-overview";
import { PeriodName, PeriodStateText } from "./period-name";

type Paged = { page: number; pageCount: number; total: number };

const reportPath = (row: { programmeId: number; periodId: number }) =>
  `/programmes/${row.programmeId}/reporting/${row.periodId}`;

/** A titled part of the page with its list, or what to do when it is empty, and its pager. */
export async function ListSection({
  id,
  title,
  intro,
  empty,
  list,
  pageHref,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  empty: string;
  list: Paged;
  pageHref: (page: number) => string;
  children: ReactNode;
}) {
  const t = await getTranslations("reportingOverview");
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      <p className="mt-1 mb-4 max-w-3xl">{intro}</p>
      {list.total === 0 ? <p className="max-w-3xl rounded-ik bg-info-surface p-4">{empty}</p> : children}
      <Pager
        page={list.page}
        pageCount={list.pageCount}
        href={pageHref}
        labels={{
          nav: `${t("pagination")}: ${title}`,
          previous: t("previous"),
          next: t("next"),
          pageOf: t("pageOf", { page: list.page, pages: list.pageCount }),
        }}
      />
    </section>
  );
}

export async function PartnerWork({
  work,
  pageHref,
}: {
  work: Awaited<ReturnType<typeof partnerReportingWork>>;
  pageHref: (page: number) => string;
}) {
  const t = await getTranslations("reportingOverview");
  return (
    <ListSection
      id="reporting-work"
      title={t("work.title")}
      intro={t("work.intro")}
      empty={t("work.empty")}
      list={work}
      pageHref={pageHref}
    >
      <Table caption={t("work.caption")}>
        <thead>
          <tr>
            <Th>{t("period")}</Th>
            <Th>{t("programme")}</Th>
            <Th>{t("dueOn")}</Th>
            <Th>{t("state")}</Th>
          </tr>
        </thead>
        <tbody>
          {work.periods.map((period) => (
            <tr key={period.id}>
              <Td>
                <Link href={reportPath({ programmeId: period.programmeId, periodId: period.id })}>
                  <PeriodName period={period} />
                </Link>
              </Td>
              <Td>{period.programmeName}</Td>
              <Td>
                <FormattedDay value={period.dueOn} />
              </Td>
              <Td>
                <PeriodStateText state={period.state} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </ListSection>
  );
}

export async function ReviewQueue({
  queue,
  pageHref,
}: {
  queue: Awaited<ReturnType<typeof reviewQueue>>;
  pageHref: (page: number) => string;
}) {
  const t = await getTranslations("reportingOverview");
  return (
    <ListSection
      id="reporting-review"
      title={t("review.title")}
      intro={t("review.intro")}
      empty={t("review.empty")}
      list={queue}
      pageHref={pageHref}
    >
      <Table caption={t("review.caption")}>
        <thead>
          <tr>
            <Th>{t("period")}</Th>
            <Th>{t("partner")}</Th>
            <Th>{t("programme")}</Th>
            <Th>{t("review.submittedOn")}</Th>
          </tr>
        </thead>
        <tbody>
          {queue.items.map((item) => (
            <tr key={item.submissionId}>
              <Td>
                <Link href={reportPath(item)}>
                  <PeriodName period={item} />
                </Link>
              </Td>
              <Td>{item.partnerName}</Td>
              <Td>{item.programmeName}</Td>
              <Td className="text-sm">
                <FormattedDate value={item.submittedAt} format="short" />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </ListSection>
  );
}
