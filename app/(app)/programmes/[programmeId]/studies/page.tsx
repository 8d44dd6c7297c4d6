import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArchivedLink, DeletedNotice } from "@/components/archive/archived-list";
import { ActiveFilter } from "@/components/lists/active-filter";
import { StrengthOfEvidence, StudyStatusBadge } from "@/components/studies/evidence-badges";
import { EvidenceScale } from "@/components/studies/evidence-scale";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { SectionHeader } from "@/components/ui/section-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getProgramme } from "@/db/queries/programmes";
import { listStudies } from "@/db/queries/studies";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { type ListSearch, parseStudyFilter } from "@/lib/validation/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.studies");
  return { title: t("title") };
}

export default async function StudiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<ListSearch>;
}) {
  const programmeId = idParam((await params).programmeId);
  const search = await searchParams;
  const filter = parseStudyFilter(search);
  const [programme, rows, t, source, filterT] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(listStudies({ programmeId }, filter)),
    getTranslations("programmes.studies"),
    getTranslations("partnerSource"),
    getTranslations("listFilter"),
  ]);
  const base = `/programmes/${programmeId}/studies`;

  return (
    <>
      <SectionHeader
        title={t("title")}
        intro={t("intro")}
        add={programme.access.edit ? { href: `${base}/new`, label: t("add") } : null}
      />
      <DeletedNotice shown={typeof search.verwijderd === "string" ? search.verwijderd : undefined} />
      {filter.status ? (
        <ActiveFilter
          parts={[filterT(`studyStatus.${filter.status}`)]}
          count={filterT("studies", { count: rows.length })}
          clearHref={base}
        />
      ) : null}

      {rows.length === 0 && filter.status ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">{filterT("noMatch")}</p>
      ) : rows.length === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">
          {programme.access.edit ? t("emptyEditable") : t("empty")}
        </p>
      ) : (
        <Table caption={t("tableCaption")}>
          <thead>
            <tr>
              <Th>{t("studyTitle")}</Th>
              <Th>{t("method")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("evidenceStrength")}</Th>
              <Th>{t("period")}</Th>
              <Th>{t("findingCount")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((study) => (
              <tr key={study.id}>
                <Td>
                  <Link href={`${base}/${study.id}`} className="font-semibold">
                    {study.title}
                  </Link>
                  <span className="block text-sm text-muted">{t("round", { round: study.round })}</span>
                  {study.partnerName ? (
                    <span className="block text-sm text-muted">
                      {source("broughtInBy", { partner: study.partnerName })}
                    </span>
                  ) : null}
                </Td>
                <Td className="text-sm">{t(`methods.${study.method}`)}</Td>
                <Td>
                  <StudyStatusBadge status={study.status} />
                </Td>
                <Td className="text-sm">
                  <StrengthOfEvidence strength={study.evidenceStrength} />
                </Td>
                <Td className="text-sm">
                  {study.startDate || study.endDate ? (
                    <>
                      {study.startDate ? <FormattedDay value={study.startDate} /> : "…"}
                      <span aria-hidden="true"> – </span>
                      <span className="sr-only"> {t("until")} </span>
                      {study.endDate ? <FormattedDay value={study.endDate} /> : "…"}
                    </>
                  ) : (
                    t("noPeriod")
                  )}
                </Td>
                <Td>{study.findingCount}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <section aria-labelledby="scale-title" className="mt-8 max-w-3xl">
        <h3 id="scale-title" className="text-xl">
          {t("scaleTitle")}
        </h3>
        <p className="mt-1 mb-3">{t("scaleIntro")}</p>
        <EvidenceScale />
      </section>
      <ArchivedLink kind="study" programmeId={programmeId} />
    </>
  );
}
