import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArchiveBanner } from "@/components/archive/archive-banner";
import { ArchiveSection } from "@/components/archive/archive-panels";
import { assumptionBases } from "@/components/programmes/assumption-bases";
import { AssumptionForm, AssumptionStatusForm } from "@/components/programmes/assumption-forms";
import { AssumptionStatusBadge, CriticalityBadge } from "@/components/programmes/badges";
import { ChangeHistory } from "@/components/programmes/change-history";
import { EvidenceTrail, findingHref } from "@/components/programmes/evidence-trail";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { archiveState } from "@/db/queries/archived";
import { basisField, getAssumption } from "@/db/queries/assumptions";
import { evidenceForAssumption, statusChangeFindings } from "@/db/queries/evidence-trail";
import { getProgramme } from "@/db/queries/programmes";
import { listRecordHistory } from "@/db/queries/record-history";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { CRITICALITIES } from "@/lib/domain/constants";
import { withAssumptionBasis } from "@/lib/domain/record-history";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.assumptions");
  return { title: t("detailTitle") };
}

export default async function AssumptionPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string; assumptionId: string }>;
  searchParams: Promise<{
    opgeslagen?: string;
    status?: string;
    wijzigingen?: string;
    gearchiveerd?: string;
    teruggezet?: string;
  }>;
}) {
  const raw = await params;
  const programmeId = idParam(raw.programmeId);
  const assumptionId = idParam(raw.assumptionId);
  const search = await searchParams;
  const target = { kind: "assumption", id: assumptionId, programmeId } as const;
  const [
    programme,
    assumption,
    bases,
    t,
    statuses,
    evidence,
    changeFindings,
    evidenceT,
    history,
    criticality,
    archived,
  ] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(getAssumption({ programmeId, assumptionId })),
    orNotFound(assumptionBases(programmeId)),
    getTranslations("programmes.assumptions"),
    getTranslations("programmes.assumptionStatus"),
    orNotFound(evidenceForAssumption({ programmeId, assumptionId })),
    orNotFound(statusChangeFindings({ programmeId, assumptionId })),
    getTranslations("programmes.evidence"),
    orNotFound(
      listRecordHistory({
        programmeId,
        entityType: "assumption",
        entityId: assumptionId,
        // Status changes have their own history above, with their reasons.
        actions: ["assumption.created", "assumption.updated"],
        page: Number(search.wijzigingen) || 1,
      }),
    ),
    getTranslations("programmes.criticality"),
    orNotFound(archiveState(target)),
  ]);
  const basis = basisField(assumption);
  const basisLabel = bases.find((b) => b.value === basis)?.label;

  return (
    <>
      <BackLink href={`/programmes/${programmeId}/assumptions`}>{t("back")}</BackLink>
      <h2 className="mt-2 text-2xl">{t("detailTitle")}</h2>
      <ArchiveBanner target={target} state={archived} search={search} />
      {search.opgeslagen || search.status ? (
        <div className="my-4 max-w-3xl">
          <Notice tone="success" role="status">
            {search.status ? t("statusChanged") : t("saved")}
          </Notice>
        </div>
      ) : null}
      <p className="mt-3 max-w-3xl text-xl">{assumption.statement}</p>
      <dl className="mt-4 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("criticality")}</dt>
        <dd>
          <CriticalityBadge criticality={assumption.criticality} />{" "}
          <span className="text-sm">{t(`criticalityMeaning.${assumption.criticality}`)}</span>
        </dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>
          <AssumptionStatusBadge status={assumption.status} />
        </dd>
        <dt className="font-semibold">{t("basis")}</dt>
        <dd>{basisLabel ?? t("noBasis")}</dd>
        <dt className="font-semibold">{t("testPlan")}</dt>
        <dd className="whitespace-pre-line">{assumption.testPlan || "—"}</dd>
      </dl>

      <section aria-labelledby="history-title" className="mt-8 max-w-3xl">
        <h3 id="history-title" className="text-xl">
          {t("historyTitle")}
        </h3>
        {assumption.history.length === 0 ? (
          <p className="mt-2">{t("noHistory")}</p>
        ) : (
          <ol className="mt-3 flex flex-col gap-3 border-l-4 border-line pl-4">
            {assumption.history.map((change) => {
              const finding = changeFindings.get(change.id);
              return (
                <li key={change.id}>
                  <p className="font-semibold">
                    {change.fromStatus ? `${statuses(change.fromStatus)} → ` : ""}
                    {statuses(change.toStatus)}
                  </p>
                  <p className="text-sm text-muted">
                    <FormattedDate value={change.changedAt} /> · {change.changedByName}
                  </p>
                  <p className="mt-1 whitespace-pre-line">{change.reason}</p>
                  {finding ? (
                    <p className="mt-1 text-sm">
                      <span className="font-semibold">{evidenceT("becauseOfFinding")}</span>{" "}
                      <Link href={findingHref(programmeId, finding.studyId, finding.findingId)}>
                        {finding.findingTitle}
                      </Link>{" "}
                      ({evidenceT("fromStudy", { study: finding.studyTitle })})
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <ChangeHistory
        history={history}
        fields={[
          { name: "statement", label: t("statement") },
          { name: "basis", label: t("basis"), options: bases },
          {
            name: "criticality",
            label: t("criticality"),
            options: CRITICALITIES.map((c) => ({ value: c, label: criticality(c) })),
          },
          { name: "testPlan", label: t("testPlan") },
        ]}
        createdAction="assumption.created"
        derive={withAssumptionBasis}
        pageHref={(page) => `/programmes/${programmeId}/assumptions/${assumptionId}?wijzigingen=${page}#wijzigingen`}
      />

      <section aria-labelledby="evidence-title" className="mt-8 max-w-3xl">
        <h3 id="evidence-title" className="text-xl">
          {evidenceT("trailTitle")}
        </h3>
        <p className="mt-1 text-sm">{evidenceT("trailIntroAssumption")}</p>
        <EvidenceTrail programmeId={programmeId} items={evidence} empty={evidenceT("trailEmptyAssumption")} />
      </section>

      {programme.access.edit && !archived.archived ? (
        <>
          <section aria-labelledby="status-title" className="mt-8 max-w-3xl border-t border-line pt-6">
            <h3 id="status-title" className="mb-3 text-xl">
              {t("changeStatusTitle")}
            </h3>
            <AssumptionStatusForm
              programmeId={programmeId}
              assumptionId={assumptionId}
              current={assumption.status}
              version={assumption.version}
            />
          </section>
          <section aria-labelledby="edit-title" className="mt-8 max-w-3xl border-t border-line pt-6">
            <details>
              <summary id="edit-title" className="cursor-pointer text-xl font-bold text-link">
                {t("editTitle")}
              </summary>
              <div className="mt-4">
                <AssumptionForm programmeId={programmeId} bases={bases} assumption={{ ...assumption, basis }} />
              </div>
            </details>
          </section>
        </>
      ) : null}
      <ArchiveSection target={target} state={archived} />
    </>
  );
}
