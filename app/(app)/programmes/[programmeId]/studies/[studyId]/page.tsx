import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArchiveBanner } from "@/components/archive/archive-banner";
import { ArchiveSection } from "@/components/archive/archive-panels";
import { StrengthOfEvidence, StudyStatusBadge } from "@/components/studies/evidence-badges";
import { EvidenceScale } from "@/components/studies/evidence-scale";
import { FindingCard } from "@/components/studies/finding-card";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { archiveState } from "@/db/queries/archived";
import { listFindingsOfStudy } from "@/db/queries/findings";
import { getStudy } from "@/db/queries/studies";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { safeReportUrl } from "@/lib/domain/evidence";

type Params = Promise<{ programmeId: string; studyId: string }>;
type Search = {
  nieuw?: string;
  opgeslagen?: string;
  bevinding?: string;
  gewijzigd?: string;
  bijgewerkt?: string;
  gearchiveerd?: string;
  teruggezet?: string;
};

async function ids(params: Params) {
  const raw = await params;
  return { programmeId: idParam(raw.programmeId), studyId: idParam(raw.studyId) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const study = await orNotFound(getStudy(await ids(params)));
  return { title: study.title };
}

export default async function StudyPage({ params, searchParams }: { params: Params; searchParams: Promise<Search> }) {
  const { programmeId, studyId } = await ids(params);
  const record = { kind: "study", id: studyId, programmeId } as const;
  const [study, studyFindings, search, t, f, source, archived] = await Promise.all([
    orNotFound(getStudy({ programmeId, studyId })),
    orNotFound(listFindingsOfStudy({ programmeId, studyId })),
    searchParams,
    getTranslations("programmes.studies"),
    getTranslations("programmes.findings"),
    getTranslations("partnerSource"),
    orNotFound(archiveState(record)),
  ]);
  // Nothing is added to an archived study: its forms wait until it is restored.
  const access = archived.archived ? { ...study.access, edit: false, contribute: false } : study.access;
  const base = `/programmes/${programmeId}`;
  const here = `${base}/studies/${studyId}`;

  return (
    <>
      <BackLink href={`${base}/studies`}>{t("back")}</BackLink>
      <div className="mt-2 flex flex-wrap items-end justify-between gap-4">
        <h2 className="text-2xl">{study.title}</h2>
        {access.edit ? (
          <Link href={`${here}/edit`} className={buttonClass("secondary")}>
            {t("edit")}
          </Link>
        ) : null}
      </div>
      <ArchiveBanner target={record} state={archived} search={search} />
      {search.nieuw || search.opgeslagen ? (
        <div className="mt-4 max-w-3xl">
          <Notice tone="success" role="status">
            {search.nieuw ? t("created") : t("saved")}
          </Notice>
        </div>
      ) : null}

      <div className="mt-6 grid items-start gap-8 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="about-title">
          <h3 id="about-title" className="text-xl">
            {t("aboutTitle")}
          </h3>
          <dl className="mt-2 grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(8rem,12rem)_1fr]">
            <dt className="font-semibold">{t("researchQuestion")}</dt>
            <dd className="whitespace-pre-line">{study.researchQuestion}</dd>
            <dt className="font-semibold">{t("method")}</dt>
            <dd>{t(`methods.${study.method}`)}</dd>
            <dt className="font-semibold">{t("period")}</dt>
            <dd>
              {study.startDate || study.endDate ? (
                <>
                  {study.startDate ? <FormattedDay value={study.startDate} /> : "…"} {t("until")}{" "}
                  {study.endDate ? <FormattedDay value={study.endDate} /> : "…"}
                </>
              ) : (
                t("noPeriod")
              )}
            </dd>
            <dt className="font-semibold">{t("status")}</dt>
            <dd>
              <StudyStatusBadge status={study.status} />
            </dd>
            <dt className="font-semibold">{t("owner")}</dt>
            <dd>{study.ownerName ?? t("noOwner")}</dd>
            {study.partnerName ? (
              <>
                <dt className="font-semibold">{source("label")}</dt>
                <dd>{study.partnerName}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("roundLabel")}</dt>
            <dd>{study.round}</dd>
            <dt className="font-semibold">{t("summary")}</dt>
            <dd className="whitespace-pre-line">{study.summary || t("noSummary")}</dd>
          </dl>

          <h3 id="reports-title" className="mt-6 text-xl">
            {t("reports")}
          </h3>
          {study.reports.length === 0 ? (
            <p className="mt-2">{t("noReports")}</p>
          ) : (
            <ul className="mt-2 list-disc pl-6">
              {study.reports.map((report) => {
                const href = safeReportUrl(report.url);
                return (
                  <li key={report.id}>
                    {href ? (
                      <a href={href}>{report.title}</a>
                    ) : (
                      <>
                        {report.title} <span className="text-sm text-muted">{t("unsafeReport")}</span>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section aria-labelledby="strength-title" className="rounded-ik border-2 border-primary p-5">
          <h3 id="strength-title" className="text-xl">
            {t("evidenceStrength")}
          </h3>
          <p className="mt-2">
            <StrengthOfEvidence strength={study.evidenceStrength} />
          </p>
          <p className="mt-2 mb-3 text-sm">{t("scaleIntro")}</p>
          <EvidenceScale current={study.evidenceStrength} />
        </section>
      </div>

      <section aria-labelledby="findings-title" className="mt-10 border-t border-line pt-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h3 id="findings-title" className="text-xl">
            {f("listTitle", { count: studyFindings.length })}
          </h3>
          {access.contribute ? (
            <Link href={`${here}/findings/new`} className={buttonClass("primary")}>
              {f("add")}
            </Link>
          ) : null}
        </div>
        {studyFindings.length === 0 ? (
          <p className="mt-2 max-w-3xl rounded-ik bg-info-surface p-4">
            {access.contribute ? f("emptyContribute") : f("empty")}
          </p>
        ) : null}
        <ol className="mt-4 flex flex-col gap-6">
          {studyFindings.map((finding) => (
            <li key={finding.id}>
              <FindingCard
                programmeId={programmeId}
                study={{ id: studyId, title: study.title }}
                finding={finding}
                access={access}
                notice={
                  search.bevinding === String(finding.id)
                    ? "created"
                    : search.gewijzigd === String(finding.id)
                      ? "saved"
                      : null
                }
                updated={search.bijgewerkt}
              />
            </li>
          ))}
        </ol>
      </section>
      <ArchiveSection target={record} state={archived} />
    </>
  );
}
