import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/about/help-link";
import { listHref } from "@/components/lists/active-filter";
import { PartnerWork, ReviewQueue } from "@/components/reporting/reporting-lists";
import { StatusTables } from "@/components/reporting/status-tables";
import { PageHeader } from "@/components/ui/page-header";
import { partnerReportingWork, reviewQueue } from "@/db/queries/reporting-overview";
import { reportingStatus } from "@/db/queries/reporting-status";
import { orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { can, reaches } from "@/lib/domain/permissions";
import { type ListSearch, parseReportingPages } from "@/lib/validation/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reportingOverview");
  return { title: t("title") };
}

/**
 * Partner reporting across the gemeente, by what the viewer does with it: a partner hands in (its periods that ask
 * for action), a reviewer reviews (the queue), management and the beheerder follow where it stands (the numbers).
 * The kernel decides who sees which part; the queries check it again.
 */
export default async function ReportingPage({ searchParams }: { searchParams: Promise<ListSearch> }) {
  const [viewer, pages, t] = await Promise.all([
    requireViewer(),
    searchParams.then(parseReportingPages),
    getTranslations("reportingOverview"),
  ]);
  const submits = reaches(viewer.role, "reporting.submit");
  const reviews = reaches(viewer.role, "reporting.review");
  // The gemeente-wide numbers are a dashboard: for whoever reads the dashboard of every programme.
  const follows = can(viewer.role, "dashboard.read");
  const [work, queue, status] = await Promise.all([
    submits ? partnerReportingWork({ page: pages.werk }) : null,
    reviews ? reviewQueue({ page: pages.beoordelen }) : null,
    follows ? orNotFound(reportingStatus({ partnerPage: pages.partners, programmePage: pages.programmas })) : null,
  ]);
  // Each list keeps its own page while another one turns; the first page goes without saying.
  const pageHref = (list: keyof typeof pages) => (page: number) =>
    listHref(
      "/reporting",
      Object.fromEntries(Object.entries({ ...pages, [list]: page }).map(([key, n]) => [key, n > 1 ? n : undefined])),
    );
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <HelpLink topic="rapportage" below />
      {work ? <PartnerWork work={work} pageHref={pageHref("werk")} /> : null}
      {queue ? <ReviewQueue queue={queue} pageHref={pageHref("beoordelen")} /> : null}
      {status ? <StatusTables status={status} pageHref={(list, page) => pageHref(list)(page)} /> : null}
    </>
  );
}
