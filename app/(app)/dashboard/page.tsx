import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AttentionList } from "@/components/dashboard/attention-list";
import { DashboardCharts } from "@/components/dashboard/dashboard-charts";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { FILTER_TEXTS, type FilterTexts } from "@/components/dashboard/filter-texts";
import { PortfolioTotals } from "@/components/dashboard/portfolio-totals";
import { ProgrammeTable } from "@/components/dashboard/programme-table";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDashboard } from "@/db/queries/dashboard-cache";
import { orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { PROGRAMME_STATUSES } from "@/lib/domain/constants";
import { attentionList, dashboardPage } from "@/lib/domain/dashboard";
import { condition } from "@/lib/domain/permissions";
import { localise, ROUTES } from "@/lib/domain/scenarios";
import { todayInAmsterdam } from "@/lib/domain/time";
import { shortLocale } from "@/lib/i18n/settings";
import { type DashboardSearch, parseDashboardFilters } from "@/lib/validation/dashboard";
import { invalidForm } from "@/lib/validation/respond";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

/** Management's view of the portfolio: figures per programme, totals and charts. Who sees what: db/queries/dashboard. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<DashboardSearch> }) {
  const search = await searchParams;
  const parsed = parseDashboardFilters(search, todayInAmsterdam());
  const [viewer, data, t, filtersT, programmesT, locale] = await Promise.all([
    requireViewer(),
    orNotFound(getDashboard({ filters: parsed.filters, period: parsed.period })),
    getTranslations("dashboard"),
    getTranslations("dashboard.filters"),
    getTranslations("programmes"),
    getLocale().then(shortLocale),
  ]);
  const fieldErrors = data.unknownOwner ? { ...parsed.fieldErrors, owner: ["invalid"] } : parsed.fieldErrors;
  const hasErrors = Object.keys(fieldErrors).length > 0;
  const filterState = hasErrors
    ? await invalidForm({ fieldErrors, values: parsed.values })
    : { status: "idle" as const, values: parsed.values };
  // Someone who reads the dashboard of their own team's programmes only gets the intro that says so.
  const manager = condition(viewer.role, "dashboard.read") === "team";
  // The table shows the most urgent programmes first, a page at a time; totals and charts cover all of them.
  const table = dashboardPage(data.rows, Number(typeof search.pagina === "string" ? search.pagina : 1));
  const attention = attentionList(data.rows);
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(search)) {
      if (typeof value === "string" && value !== "" && key !== "pagina") params.set(key, value);
    }
    params.set("pagina", String(page));
    return `/dashboard?${params.toString()}`;
  };

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={manager ? t("introManager") : t("intro", { organisation: viewer.organisationName })}
      />
      {data.total === 0 ? (
        <div className="max-w-3xl rounded-ik bg-info-surface p-5">
          <p>{manager ? t("emptyManager") : t("empty")}</p>
          <p className="mt-3">
            <Link href="/programmes">{t("toProgrammes")}</Link>
          </p>
        </div>
      ) : (
        <>
          <DashboardFilters
            texts={Object.fromEntries(FILTER_TEXTS.map((key) => [key, filtersT(key)])) as FilterTexts}
            state={filterState}
            routes={[
              { value: "geen", label: t("filters.noRoute") },
              ...ROUTES.map((route) => ({ value: route.key, label: localise(route.name, locale) })),
            ]}
            statuses={PROGRAMME_STATUSES.map((status) => ({ value: status, label: programmesT(`statuses.${status}`) }))}
            owners={data.owners.map((owner) => ({ value: String(owner.id), label: owner.name }))}
          />
          {hasErrors ? (
            <div className="mb-4 max-w-3xl">
              <Notice tone="warning">{t("filters.ignored")}</Notice>
            </div>
          ) : null}
          <div className="mb-6" role="status">
            <p className="font-semibold">{t("count", { shown: data.rows.length, total: data.total })}</p>
            <p>
              {t.rich("periodLine", {
                from: () => <FormattedDay value={parsed.period.from} />,
                until: () => <FormattedDay value={parsed.period.to} />,
              })}
            </p>
          </div>
          {data.rows.length === 0 ? (
            <p>
              {t("noMatch")} <Link href="/dashboard">{t("filters.reset")}</Link>
            </p>
          ) : (
            <>
              <AttentionList rows={attention.rows} total={attention.total} period={parsed.period} />
              <PortfolioTotals totals={data.totals} />
              <section aria-labelledby="per-programme-title">
                <h2 id="per-programme-title" className="mb-3 text-2xl">
                  {t("table.title")}
                </h2>
                {table.pages > 1 ? (
                  <p className="mb-2">
                    {t("pageIntro", {
                      from: table.first,
                      to: table.first + table.rows.length - 1,
                      total: data.rows.length,
                    })}
                  </p>
                ) : null}
                <ProgrammeTable rows={table.rows} period={parsed.period} />
                {table.pages > 1 ? (
                  <nav aria-label={t("pagination")} className="mt-3 flex flex-wrap items-center gap-4">
                    {table.page > 1 ? <Link href={pageHref(table.page - 1)}>{t("previousPage")}</Link> : null}
                    <span>{t("pageOf", { page: table.page, pages: table.pages })}</span>
                    {table.page < table.pages ? <Link href={pageHref(table.page + 1)}>{t("nextPage")}</Link> : null}
                  </nav>
                ) : null}
              </section>
              <DashboardCharts totals={data.totals} trend={data.assumptionTrend} />
            </>
          )}
        </>
      )}
    </>
  );
}
