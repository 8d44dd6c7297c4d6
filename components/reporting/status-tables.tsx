// The gemeente's reporting in numbers for management: per partner organisation and per programme, how many periods
// are due, late, handed in, sent back and approved. A programme's numbers open its periods filtered on that state.

import { getTranslations } from "next-intl/server";
import { listHref, Pager } from "@/components/lists/active-filter";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { COUNTED_STATES, reportingStatus, StateCounts } from "@/db/queries/reporting-status";
import { PERIOD_STATE_SLUGS } from "@/lib/validation/list-filters";

type Status = Awaited<ReturnType<typeof reportingStatus>>;
type Lines = Status["partners"];

/** Late first: what asks for action leads. */
const COLUMNS = [
  "overdue",
  "due",
  "submitted",
  "sent_back",
  "approved",
] as const satisfies (typeof COUNTED_STATES)[number][];

async function CountsTable({
  caption,
  nameLabel,
  lines,
  link,
  nameHref,
  pager,
}: {
  caption: string;
  nameLabel: string;
  lines: Lines;
  /** Where a number leads, if anywhere. */
  link?: (id: number, state: keyof StateCounts) => string;
  nameHref?: (id: number) => string;
  pager: { nav: string; href: (page: number) => string };
}) {
  const [t, states] = await Promise.all([
    getTranslations("reportingOverview"),
    getTranslations("reportingManage.states"),
  ]);
  return (
    <div className="mb-6">
      <h3 className="mb-2 text-xl">{caption}</h3>
      <Table caption={caption}>
        <thead>
          <tr>
            <Th compact>{nameLabel}</Th>
            {COLUMNS.map((state) => (
              <Th key={state} compact className="text-right">
                {states(state)}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row" className="border-b border-line px-2 py-2 text-left align-top font-normal">
                {nameHref ? <Link href={nameHref(line.id)}>{line.name}</Link> : line.name}
              </th>
              {COLUMNS.map((state) => {
                const count = line.counts[state];
                return (
                  <Td key={state} compact className="text-right tabular-nums">
                    {link && count > 0 ? (
                      <Link href={link(line.id, state)}>
                        <span aria-hidden="true">{count}</span>
                        <span className="sr-only">
                          {t("status.countOf", { count, state: states(state).toLowerCase(), name: line.name })}
                        </span>
                      </Link>
                    ) : (
                      count
                    )}
                  </Td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Table>
      <Pager
        page={lines.page}
        pageCount={lines.pageCount}
        href={pager.href}
        labels={{
          nav: pager.nav,
          previous: t("previous"),
          next: t("next"),
          pageOf: t("pageOf", { page: lines.page, pages: lines.pageCount }),
        }}
      />
    </div>
  );
}

export async function StatusTables({
  status,
  pageHref,
}: {
  status: Status;
  pageHref: (list: "partners" | "programmas", page: number) => string;
}) {
  const t = await getTranslations("reportingOverview");
  return (
    <section aria-labelledby="reporting-status" className="mb-10">
      <h2 id="reporting-status" className="text-2xl">
        {t("status.title")}
      </h2>
      <p className="mt-1 mb-4 max-w-3xl">{t("status.intro")}</p>
      {status.programmes.total === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">{t("status.empty")}</p>
      ) : (
        <>
          <p className="mb-4 max-w-3xl font-semibold">{t("status.totals", status.totals)}</p>
          <CountsTable
            caption={t("status.byPartner")}
            nameLabel={t("partner")}
            lines={status.partners}
            pager={{ nav: t("status.partnersPagination"), href: (page) => pageHref("partners", page) }}
          />
          <CountsTable
            caption={t("status.byProgramme")}
            nameLabel={t("programme")}
            lines={status.programmes}
            nameHref={(id) => `/programmes/${id}/reporting`}
            link={(id, state) => listHref(`/programmes/${id}/reporting`, { status: PERIOD_STATE_SLUGS[state] })}
            pager={{ nav: t("status.programmesPagination"), href: (page) => pageHref("programmas", page) }}
          />
        </>
      )}
    </section>
  );
}
