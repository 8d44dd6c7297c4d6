// The head of a partner's report: whose report of which period, where it stands, when it is due, and one plain
// sentence on what the viewer can do now (or why they cannot change it).
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import type { SubmissionStatus } from "@/lib/domain/submissions";
import { reportWords } from "./report-words";

export type HeadingReport = {
  period: { partnerName: string; startsOn: string; endsOn: string; dueOn: string };
  status: SubmissionStatus | null;
  submittedAt: Date | null;
  reviewComment: string;
  /** The viewer writes this report (its partner), reviews it, or only reads it. */
  role: "partner" | "reviewer" | "reader";
};

const STEPS = ["ingediend", "teruggestuurd", "goedgekeurd", "heropend"] as const;
export type Step = (typeof STEPS)[number];
export const isStep = (value: unknown): value is Step => STEPS.includes(value as Step);

export async function ReportHeading({ report, step }: { report: HeadingReport; step?: Step }) {
  const [t, words] = await Promise.all([getTranslations("partnerReport"), reportWords()]);
  const { period, status, role } = report;
  const state = status ?? "none";
  // Only a report waiting for review reads differently for whoever may review it.
  const voice = role === "reviewer" && state !== "ingediend" ? "reader" : role;
  const submittedOn = report.submittedAt ? words.format.dateTime(report.submittedAt, "date") : "";
  return (
    <div className="flex max-w-3xl flex-col gap-3">
      <h2 className="text-2xl">{t("title", { partner: period.partnerName, period: words.period(period) })}</h2>
      <dl className="flex flex-wrap gap-x-6 gap-y-1">
        <div className="flex gap-2">
          <dt className="font-semibold">{t("statusLabel")}</dt>
          <dd>
            <span className="rounded-ik bg-surface-strong px-2 py-0.5 font-semibold">{t(`statuses.${state}`)}</span>
          </dd>
        </div>
        <div className="flex gap-2">
          <dt className="font-semibold">{t("periodLabel")}</dt>
          <dd>{t("periodValue", { start: words.day(period.startsOn), end: words.day(period.endsOn) })}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="font-semibold">{t("dueLabel")}</dt>
          <dd>{words.day(period.dueOn)}</dd>
        </div>
      </dl>
      {step ? (
        <Notice tone="success" role="status">
          {t(`done.${step}`)}
        </Notice>
      ) : null}
      <p className="text-lg">{t(`explain.${voice}.${state}`, { date: submittedOn })}</p>
      {status === "teruggestuurd" && report.reviewComment.trim() ? (
        <div className="rounded-ik border-l-4 border-ink bg-warning-surface p-4">
          <p className="font-semibold">{t("overallComment")}</p>
          <p className="mt-1 whitespace-pre-line">{report.reviewComment}</p>
        </div>
      ) : null}
    </div>
  );
}
