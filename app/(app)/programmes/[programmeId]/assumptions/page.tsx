import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/about/help-link";
import { ArchivedLink, DeletedNotice } from "@/components/archive/archived-list";
import { ActiveFilter, listHref, Pager } from "@/components/lists/active-filter";
import { AssumptionStatusBadge, CriticalityBadge } from "@/components/programmes/badges";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import Link from "@/components/ui/link";
import { SectionHeader } from "@/components/ui/section-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listAssumptionRegister } from "@/db/queries/assumptions";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { isAtRisk, RISK_MATRIX_STATUSES } from "@/lib/domain/assumption-risk";
import { ASSUMPTION_STATUSES, CRITICALITIES } from "@/lib/domain/constants";
import { ASSUMPTION_SORTS, type ListSearch, parseAssumptionFilter } from "@/lib/validation/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.assumptions");
  return { title: t("title") };
}

export default async function AssumptionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<ListSearch>;
}) {
  const programmeId = idParam((await params).programmeId);
  const search = await searchParams;
  const filter = parseAssumptionFilter(search);
  const { criticality, status, sort } = filter;
  const [programme, register, t, criticalities, statuses, filterT] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(listAssumptionRegister({ programmeId }, filter)),
    getTranslations("programmes.assumptions"),
    getTranslations("programmes.criticality"),
    getTranslations("programmes.assumptionStatus"),
    getTranslations("listFilter"),
  ]);
  const base = `/programmes/${programmeId}/assumptions`;
  const { rows, matrix, atRisk } = register;
  const pageHref = (page: number) =>
    listHref(base, {
      criticality,
      status,
      sort: sort === "risk" ? undefined : sort,
      pagina: page > 1 ? page : undefined,
    });

  return (
    <>
      <SectionHeader
        title={t("title")}
        intro={t("intro")}
        add={programme.access.edit ? { href: `${base}/new`, label: t("add") } : null}
      >
        <HelpLink topic="programma" />
      </SectionHeader>
      <DeletedNotice shown={typeof search.verwijderd === "string" ? search.verwijderd : undefined} />
      {criticality || status ? (
        <ActiveFilter
          parts={[
            criticality ? filterT(`criticality.${criticality}`) : null,
            status ? filterT(`assumptionStatus.${status}`) : null,
          ].filter((part) => part !== null)}
          count={filterT("assumptions", { count: register.matching })}
          clearHref={base}
        />
      ) : null}

      {register.total === 0 ? (
        <p className="rounded-ik bg-info-surface p-4">{t("empty")}</p>
      ) : (
        <>
          <section aria-labelledby="matrix-title" className="mb-8">
            <h3 id="matrix-title" className="text-xl">
              {t("matrixTitle")}
            </h3>
            <p className="mt-1 mb-3 max-w-3xl text-sm">{t("matrixIntro", { count: atRisk })}</p>
            <Table caption={t("matrixCaption")}>
              <thead>
                <tr>
                  <Th>{t("criticality")}</Th>
                  {RISK_MATRIX_STATUSES.map((s) => (
                    <Th key={s}>{statuses(s)}</Th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.map((row) => (
                  <tr key={row.criticality}>
                    <th scope="row" className="border-b border-line px-3 py-2 text-left font-semibold">
                      {criticalities(row.criticality)}
                    </th>
                    {row.cells.map((cell) => {
                      const urgent = isAtRisk({ criticality: row.criticality, status: cell.status });
                      return (
                        <Td
                          key={cell.status}
                          className={urgent && cell.count ? "bg-danger-surface font-bold" : undefined}
                        >
                          {cell.count ? (
                            <Link
                              href={`${base}?criticality=${row.criticality}&status=${cell.status}`}
                              aria-label={t("matrixCell", {
                                count: cell.count,
                                criticality: criticalities(row.criticality),
                                status: statuses(cell.status),
                              })}
                            >
                              {cell.count}
                            </Link>
                          ) : (
                            <span className="text-muted">0</span>
                          )}
                        </Td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>

          <section aria-labelledby="register-title">
            <h3 id="register-title" className="text-xl">
              {t("registerTitle")}
            </h3>
            <form method="get" action={base} className="my-4 flex flex-wrap items-end gap-4 rounded-ik bg-surface p-4">
              <SelectField
                name="criticality"
                label={t("criticality")}
                options={CRITICALITIES.map((c) => ({ value: c, label: criticalities(c) }))}
                placeholder={t("all")}
                defaultValue={criticality ?? ""}
              />
              <SelectField
                name="status"
                label={t("status")}
                options={ASSUMPTION_STATUSES.map((s) => ({ value: s, label: statuses(s) }))}
                placeholder={t("all")}
                defaultValue={status ?? ""}
              />
              <SelectField
                name="sort"
                label={t("sort")}
                options={ASSUMPTION_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
                defaultValue={sort}
              />
              <button type="submit" className={buttonClass("secondary")}>
                {t("apply")}
              </button>
              {criticality || status ? <Link href={base}>{t("reset")}</Link> : null}
            </form>
            <p className="mb-2" role="status">
              {register.pageCount > 1
                ? t("range", { from: register.from, to: register.to, count: register.matching })
                : t("count", { shown: register.matching, total: register.total })}
            </p>
            <Table caption={t("registerCaption")}>
              <thead>
                <tr>
                  <Th>{t("statement")}</Th>
                  <Th>{t("criticality")}</Th>
                  <Th>{t("status")}</Th>
                  <Th>{t("testPlan")}</Th>
                </tr>
              </thead>
              <tbody>
                {rows.map((assumption) => (
                  <tr key={assumption.id}>
                    <Td>
                      <Link href={`${base}/${assumption.id}`}>{assumption.statement}</Link>
                    </Td>
                    <Td>
                      <CriticalityBadge criticality={assumption.criticality} />
                    </Td>
                    <Td>
                      <AssumptionStatusBadge status={assumption.status} />
                    </Td>
                    <Td className="text-sm">{assumption.testPlan || "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pager
              page={register.page}
              pageCount={register.pageCount}
              href={pageHref}
              labels={{
                nav: t("pagination"),
                previous: t("previous"),
                next: t("next"),
                pageOf: t("pageOf", { page: register.page, pages: register.pageCount }),
              }}
            />
          </section>
        </>
      )}
      <ArchivedLink kind="assumption" programmeId={programmeId} />
    </>
  );
}
