import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/about/help-link";
import { listHref } from "@/components/lists/active-filter";
import { PeriodTable } from "@/components/reporting/period-table";
import { ReportingParties } from "@/components/reporting/reporting-parties";
import { AssignIndicatorsForm, CustomPeriodForm, PeriodSeriesForm } from "@/components/reporting/setup-forms";
import { Notice } from "@/components/ui/notice";
import { SectionHeader } from "@/components/ui/section-header";
import { programmeReportingOverview, reportingSetup } from "@/db/queries/reporting-overview";
import { reportingParties } from "@/db/queries/reporting-status";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { REPORTING_FREQUENCIES } from "@/lib/domain/reporting-periods";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { type ListSearch, parsePeriodFilter, periodFilterSearch } from "@/lib/validation/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reportingManage");
  return { title: t("title") };
}

/**
 * A programme's partner reporting: who reports which indicators, the periods and where each stands, and for the
 * manager the forms that set it up. A partner sees only its own organisation's.
 */
export default async function ProgrammeReportingPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<ListSearch>;
}) {
  const programmeId = idParam((await params).programmeId);
  const search = await searchParams;
  const filter = parsePeriodFilter(search);
  const [parties, overview, t] = await Promise.all([
    orNotFound(reportingParties({ programmeId })),
    orNotFound(programmeReportingOverview({ programmeId, ...filter })),
    getTranslations("reportingManage"),
  ]);
  const base = `/programmes/${programmeId}/reporting`;
  // A page past the last (the last period of it deleted, an old link): the last page.
  if (overview.page > overview.pageCount) {
    redirect(listHref(base, periodFilterSearch({ ...filter, page: overview.pageCount })));
  }
  const partnerOptions = parties.partners.map((p) => ({ value: String(p.id), label: p.name }));
  return (
    <>
      <SectionHeader title={t("title")} intro={parties.mayManage ? t("introManage") : t("intro")}>
        <HelpLink topic="rapportage" />
      </SectionHeader>
      {search.gestopt !== undefined || search.verwijderd !== undefined ? (
        <div className="mb-6 max-w-3xl">
          <Notice tone="success" role="status">
            {search.gestopt !== undefined ? t("ended") : t("deleted")}
          </Notice>
        </div>
      ) : null}
      <ReportingParties programmeId={programmeId} parties={parties} />
      <PeriodTable
        programmeId={programmeId}
        overview={overview}
        filter={filter}
        partners={partnerOptions}
        mayManage={parties.mayManage}
      />
      {parties.mayManage && parties.partners.length > 0 ? (
        <SetUp programmeId={programmeId} partners={partnerOptions} />
      ) : null}
    </>
  );
}

/** The manager's forms, with the live indicators and the frequencies to choose from. */
async function SetUp({ programmeId, partners }: { programmeId: number; partners: { value: string; label: string }[] }) {
  const [setup, t, frequency] = await Promise.all([
    orNotFound(reportingSetup({ programmeId })),
    getTranslations("reportingManage.forms"),
    getTranslations("audit.values.reportingFrequency"),
  ]);
  const indicators = setup.indicators.map((i) => ({ value: String(i.id), label: i.name }));
  const frequencies = REPORTING_FREQUENCIES.map((f) => ({ value: f, label: frequency(f) }));
  return (
    <ClientMessages namespaces={CLIENT_NAMESPACES.reportingManage}>
      <section aria-labelledby="reporting-assign" className="mb-10">
        <h3 id="reporting-assign" className="mb-2 text-xl">
          {t("assignTitle")}
        </h3>
        <AssignIndicatorsForm programmeId={programmeId} partners={partners} indicators={indicators} />
      </section>
      <section aria-labelledby="reporting-add-periods" className="mb-10">
        <h3 id="reporting-add-periods" className="mb-2 text-xl">
          {t("periodsAddTitle")}
        </h3>
        <div className="flex flex-col gap-8">
          <div>
            <h4 className="mb-2 text-lg">{t("seriesTitle")}</h4>
            <PeriodSeriesForm programmeId={programmeId} partners={partners} frequencies={frequencies} />
          </div>
          <div>
            <h4 className="mb-2 text-lg">{t("customTitle")}</h4>
            <CustomPeriodForm programmeId={programmeId} partners={partners} />
          </div>
        </div>
      </section>
    </ClientMessages>
  );
}
