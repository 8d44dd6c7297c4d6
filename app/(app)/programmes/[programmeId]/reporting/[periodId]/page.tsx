import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PartnerEditor } from "@/components/reporting/partner-editor";
import { ReopenForm } from "@/components/reporting/reopen-form";
import { isStep, ReportHeading } from "@/components/reporting/report-heading";
import { ReportHistory } from "@/components/reporting/report-history";
import { ReportView } from "@/components/reporting/report-view";
import { ReviewPanel } from "@/components/reporting/review-panel";
import { BackLink } from "@/components/ui/back-link";
import { getReportIndicators } from "@/db/queries/submission-context";
import { getReport } from "@/db/queries/submission-read";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnerReport");
  return { title: t("metaTitle") };
}

/**
 * One partner's report of one period. Its partner writes and hands it in; the programme's team reviews it (approve,
 * or send back with comments); the programme's manager reopens an approved one. Everyone else who may read it reads.
 */
export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string; periodId: string }>;
  searchParams: Promise<{ stap?: string }>;
}) {
  const raw = await params;
  const programmeId = idParam(raw.programmeId);
  const periodId = idParam(raw.periodId);
  const [report, context, search, viewer, t] = await Promise.all([
    orNotFound(getReport({ periodId })),
    orNotFound(getReportIndicators({ periodId })),
    searchParams,
    requireViewer(),
    getTranslations("partnerReport"),
  ]);
  if (report.programme.id !== programmeId) notFound();
  const { period, submission, may } = report;
  const own = viewer.partnerOrganisationId === period.partnerOrganisationId;
  const ids = { programmeId, periodId, submissionId: submission?.id ?? 0 };
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <BackLink href={`/programmes/${programmeId}/reporting`}>{t("back")}</BackLink>
        <ReportHeading
          report={{
            period,
            status: submission?.status ?? null,
            submittedAt: submission?.submittedAt ?? null,
            reviewComment: submission?.reviewComment ?? "",
            role: own ? "partner" : may.review ? "reviewer" : "reader",
          }}
          step={isStep(search.stap) ? search.stap : undefined}
        />
      </div>
      {may.write ? (
        <PartnerEditor report={report} context={context} />
      ) : may.review && submission ? (
        <ReviewPanel report={report} context={context} ids={ids} version={submission.version} />
      ) : (
        <ReportView report={report} context={context} />
      )}
      {may.reopen && submission ? (
        <section aria-labelledby="reopen-title" className="flex max-w-3xl flex-col gap-3 border-t border-line pt-6">
          <h3 id="reopen-title" className="text-xl">
            {t("reopen.title")}
          </h3>
          <ReopenForm ids={ids} version={submission.version} />
        </section>
      ) : null}
      <ReportHistory transitions={report.transitions} />
    </div>
  );
}
