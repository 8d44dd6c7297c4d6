import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { GemeenteLogo } from "@/components/about/gemeente-look";
import { AchieveSection } from "@/components/report/achieve-section";
import { DoSection } from "@/components/report/do-section";
import { MonitoringChoice, MonitoringSections } from "@/components/report/monitoring-section";
import { PrintButton } from "@/components/report/print-button";
import { dayAsDate } from "@/components/report/report-parts";
import { ResultSection } from "@/components/report/result-section";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { getGemeenteLook } from "@/db/queries/gemeente-settings";
import { getProgramme } from "@/db/queries/programmes";
import { getProgrammeReport } from "@/db/queries/report";
import { reportMonitoringSections } from "@/db/queries/report-monitoring";
import { idParam, orNotFound } from "@/lib/auth/guard";
import "@/components/report/report.css";

export async function generateMetadata({ params }: { params: Promise<{ programmeId: string }> }): Promise<Metadata> {
  const [programme, t] = await Promise.all([
    orNotFound(getProgramme({ programmeId: idParam((await params).programmeId) })),
    getTranslations("report"),
  ]);
  return { title: t("metaTitle", { name: programme.name }) };
}

/** The programme report for the budget cycle, made to be printed or saved as PDF. */
export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<{ pdf?: string; opgave?: string | string[]; kader?: string | string[] }>;
}) {
  const programmeId = idParam((await params).programmeId);
  const search = await searchParams;
  const ids = (value: string | string[] | undefined) => [value ?? []].flat().map(Number).filter(Number.isSafeInteger);
  const opgaveIds = ids(search.opgave);
  const frameworkIds = ids(search.kader);
  const [report, sections, t, p, shell, format, look] = await Promise.all([
    orNotFound(getProgrammeReport({ programmeId })),
    orNotFound(reportMonitoringSections({ programmeId, opgaveIds, frameworkIds })),
    getTranslations("report"),
    getTranslations("programmes"),
    getTranslations("shell"),
    getFormatter(),
    getGemeenteLook(),
  ]);
  const { programme } = report;
  // The chosen sections go along to the PDF, which prints this page with them.
  const chosen = new URLSearchParams([
    ...opgaveIds.map((id) => ["opgave", String(id)]),
    ...frameworkIds.map((id) => ["kader", String(id)]),
  ]).toString();
  const day = (value: string | null) => (value ? format.dateTime(dayAsDate(value), "date") : t("notKnown"));

  return (
    <article aria-labelledby="report-title" className="ik-report">
      {/* On paper and in the PDF only: the first page, with the gemeente's logo and name. */}
      <section aria-label={t("cover.label")} className="report-cover">
        <GemeenteLogo look={look} alt={shell("logoAlt", { gemeente: look.organisationName })} />
        <p className="report-cover-gemeente">{look.organisationName}</p>
        {/* The programme's own heading is left off the paper: this one takes its place in the PDF's outline. */}
        <h1 className="report-cover-title">{programme.name}</h1>
        <p className="report-cover-kind">{t("title")}</p>
        <p>{t("cover.date", { date: format.dateTime(report.preparedAt, "date") })}</p>
      </section>
      <header className="flex flex-col gap-3">
        <h2 id="report-title" className="text-2xl">
          {t("title")}
        </h2>
        <p className="max-w-3xl">{t("intro")}</p>
        <p className="font-semibold">
          {t("preparedOn", { date: format.dateTime(report.preparedAt, "date") })}{" "}
          <span className="font-normal">{t("preparedNote")}</span>
        </p>
        <dl className="grid max-w-3xl gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("details.owner")}</dt>
          <dd>{programme.ownerName}</dd>
          <dt className="font-semibold">{t("details.period")}</dt>
          <dd>{t("details.periodValue", { start: day(programme.startDate), end: day(programme.endDate) })}</dd>
          <dt className="font-semibold">{t("details.partners")}</dt>
          <dd>{programme.partners.length ? programme.partners.join(", ") : t("details.noPartners")}</dd>
          <dt className="font-semibold">{t("details.phase")}</dt>
          <dd>
            {t("details.phaseValue", { round: programme.round, phase: p(`phases.${programme.phase}`) })} ·{" "}
            {p(`statuses.${programme.status}`)}
          </dd>
        </dl>

        {search.pdf === "niet-beschikbaar" || search.pdf === "bezet" ? (
          <div className="no-print max-w-3xl">
            <Notice
              tone="warning"
              role="status"
              title={search.pdf === "bezet" ? t("pdfBusyTitle") : t("pdfUnavailableTitle")}
            >
              {t("pdfUnavailableText")}
            </Notice>
          </div>
        ) : null}

        <div className="no-print flex flex-wrap gap-3">
          {/* A plain link: the PDF is a download, not a page to prefetch or navigate to within the app. */}
          <a
            href={`/api/programmes/${programmeId}/report.pdf${chosen ? `?${chosen}` : ""}`}
            className={buttonClass("primary")}
          >
            {t("downloadPdf")}
          </a>
          <PrintButton>{t("print")}</PrintButton>
        </div>
        <p className="no-print text-sm text-muted">{t("pdfHint")}</p>
        <MonitoringChoice sections={sections} />
      </header>

      <AchieveSection report={report} />
      <DoSection report={report} />
      <ResultSection report={report} />
      <MonitoringSections sections={sections} />
    </article>
  );
}
