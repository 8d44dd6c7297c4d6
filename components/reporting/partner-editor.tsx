// The partner's own report while it is theirs to write (concept, or sent back): values, narrative, documents,
// findings and lessons, each saved as a concept on its own; then the whole report handed in.
import { getTranslations } from "next-intl/server";
import type { getReportIndicators } from "@/db/queries/submission-context";
import type { getReport } from "@/db/queries/submission-read";
import { NarrativeForm } from "./narrative-form";
import { PartnerInsights } from "./partner-insights";
import { PartnerValues } from "./partner-values";
import { ReportDocuments } from "./report-documents";
import { SubmitReport } from "./submit-report";

type Report = Awaited<ReturnType<typeof getReport>>;
type Context = Awaited<ReturnType<typeof getReportIndicators>>;

export async function PartnerEditor({ report, context }: { report: Report; context: Context }) {
  const t = await getTranslations("partnerReport");
  const { programme, period, submission } = report;
  const version = submission?.version ?? 0;
  const ids = { programmeId: programme.id, periodId: period.id };
  const labels = Object.fromEntries(report.values.map((value) => [`value-${value.id}`, value.indicatorName]));
  return (
    <div className="flex flex-col gap-10">
      <PartnerValues
        periodId={period.id}
        version={version}
        period={period}
        assigned={report.indicators}
        values={report.values}
        indicators={context.indicators}
      />
      <section aria-labelledby="narrative-title" className="flex max-w-3xl flex-col gap-3">
        <h3 id="narrative-title" className="text-xl">
          {t("narrative.title")}
        </h3>
        <p>{t("narrative.intro")}</p>
        <NarrativeForm
          periodId={period.id}
          version={version}
          saved={{
            wentWell: submission?.wentWell ?? "",
            wentLess: submission?.wentLess ?? "",
            learned: submission?.learned ?? "",
          }}
        />
      </section>
      <ReportDocuments
        programmeId={programme.id}
        periodId={period.id}
        documents={report.documents}
        edit={{ version }}
      />
      <PartnerInsights
        periodId={period.id}
        version={version}
        insights={report.insights}
        assumptions={report.assumptions}
      />
      <section aria-labelledby="submit-title" className="flex max-w-3xl flex-col gap-3 border-t border-line pt-6">
        <h3 id="submit-title" className="text-xl">
          {t("submit.title")}
        </h3>
        <p>{t("submit.intro")}</p>
        <SubmitReport ids={ids} version={version} labels={labels} />
      </section>
    </div>
  );
}
