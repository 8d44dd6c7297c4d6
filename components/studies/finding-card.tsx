// One finding on its study's page: what was found, its duiding (or plainly that there is none yet), what it says
// about hypotheses and assumptions, and beside each assumption the one-step form to update its status.

import { useTranslations } from "next-intl";
import { AssumptionStatusBadge } from "@/components/programmes/badges";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import type { listFindingsOfStudy } from "@/db/queries/findings";
import { isInterpreted, suggestedAssumptionStatus } from "@/lib/domain/evidence";
import { AssumptionFromFindingForm } from "./assumption-from-finding-form";
import { VerdictBadge } from "./evidence-badges";

type Finding = Awaited<ReturnType<typeof listFindingsOfStudy>>[number];

export function FindingCard({
  programmeId,
  study,
  finding,
  access,
  notice,
  updated,
}: {
  programmeId: number;
  study: { id: number; title: string };
  finding: Finding;
  access: { edit: boolean; contribute: boolean };
  /** Just added or saved: say so where the user lands. */
  notice: "created" | "saved" | null;
  /** "findingId-assumptionId" of the status just updated from a finding (the page's query), if any. */
  updated?: string;
}) {
  const t = useTranslations("programmes.findings");
  const source = useTranslations("partnerSource");
  const statuses = useTranslations("programmes.assumptionStatus");
  const base = `/programmes/${programmeId}`;
  const titleId = `bevinding-${finding.id}-title`;

  return (
    <article
      id={`bevinding-${finding.id}`}
      aria-labelledby={titleId}
      className="max-w-4xl rounded-ik border border-line p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h4 id={titleId} className="text-lg">
          {finding.title}
        </h4>
        {access.contribute ? (
          <Link href={`${base}/studies/${study.id}/findings/${finding.id}/edit`}>
            {t("edit")}
            <span className="sr-only"> {finding.title}</span>
          </Link>
        ) : null}
      </div>
      {notice ? (
        <div className="mt-2">
          <Notice tone="success" role="status">
            {t(notice)}
          </Notice>
        </div>
      ) : null}
      <p className="mt-1 text-sm text-muted">
        {t("recordedBy", { name: finding.createdByName })} · <FormattedDate value={finding.createdAt} format="date" />
        {finding.partnerName ? <> · {source("broughtInBy", { partner: finding.partnerName })}</> : null}
      </p>
      <p className="mt-2 whitespace-pre-line">{finding.description}</p>
      <p className="mt-3 font-semibold">{t("interpretation")}</p>
      {isInterpreted(finding) ? (
        <p className="whitespace-pre-line">{finding.interpretation}</p>
      ) : (
        <p className="italic">{t("notInterpreted")}</p>
      )}

      <p className="mt-3 font-semibold">{t("linked")}</p>
      {finding.links.length === 0 ? <p>{t("noLinks")}</p> : null}
      <ul className="mt-1 flex flex-col gap-3">
        {finding.links.map((link) => {
          const assumption =
            link.assumptionId && link.assumptionStatement && link.assumptionStatus
              ? {
                  id: link.assumptionId,
                  statement: link.assumptionStatement,
                  status: link.assumptionStatus,
                  version: link.assumptionVersion ?? 1,
                }
              : null;
          const suggested = assumption ? suggestedAssumptionStatus(link.verdict, assumption.status) : null;
          return (
            <li key={link.id} className="border-l-4 border-line pl-3">
              <p>
                <VerdictBadge verdict={link.verdict} />{" "}
                {assumption ? (
                  <>
                    {t("assumption")} <Link href={`${base}/assumptions/${assumption.id}`}>{assumption.statement}</Link>{" "}
                    <span className="text-sm">
                      ({t("currentStatus")}: <AssumptionStatusBadge status={assumption.status} />)
                    </span>
                  </>
                ) : link.hypothesis ? (
                  <Link href={`${base}/hypotheses#hypothese-${link.hypothesis.id}`}>
                    {t("hypothesisLabel", {
                      number: link.hypothesis.number,
                      text: `${link.hypothesis.activity} → ${link.hypothesis.change}`,
                    })}
                  </Link>
                ) : null}
              </p>
              {assumption && updated === `${finding.id}-${assumption.id}` ? (
                <div className="mt-2">
                  <Notice tone="success" role="status">
                    {t("statusUpdated")}
                  </Notice>
                </div>
              ) : null}
              {assumption && access.edit ? (
                <details className="mt-2">
                  <summary className="cursor-pointer font-semibold text-link">
                    {suggested ? t("updateStatusSuggested", { status: statuses(suggested) }) : t("updateStatusSummary")}
                  </summary>
                  <AssumptionFromFindingForm
                    programmeId={programmeId}
                    studyId={study.id}
                    findingId={finding.id}
                    assumptionId={assumption.id}
                    statement={assumption.statement}
                    current={assumption.status}
                    version={assumption.version}
                    suggested={suggested}
                    reason={t(`reasonPrefill.${link.verdict}`, { finding: finding.title, study: study.title })}
                  />
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
