import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArchiveBanner } from "@/components/archive/archive-banner";
import { ArchiveSection } from "@/components/archive/archive-panels";
import { ChangeHistory, type HistoryField } from "@/components/programmes/change-history";
import { tocElementOptions } from "@/components/programmes/element-options";
import { HypothesisForm } from "@/components/programmes/hypothesis-form";
import { HypothesisSentence } from "@/components/programmes/hypothesis-sentence";
import { BackLink } from "@/components/ui/back-link";
import { archiveState } from "@/db/queries/archived";
import { getHypothesis, HYPOTHESIS_SAVES } from "@/db/queries/hypotheses";
import { getProgramme } from "@/db/queries/programmes";
import { listRecordHistory } from "@/db/queries/record-history";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { HYPOTHESIS_STATUSES } from "@/lib/domain/constants";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.hypotheses");
  return { title: t("detailTitle") };
}

/** One hypothesis with the history of its changes; those who may edit the programme change it here. */
export default async function HypothesisPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string; hypothesisId: string }>;
  searchParams: Promise<{ wijzigingen?: string; gearchiveerd?: string; teruggezet?: string }>;
}) {
  const raw = await params;
  const programmeId = idParam(raw.programmeId);
  const hypothesisId = idParam(raw.hypothesisId);
  const search = await searchParams;
  const page = Number(search.wijzigingen) || 1;
  const target = { kind: "hypothesis", id: hypothesisId, programmeId } as const;
  const [programme, hypothesis, elements, history, t, statuses, archived] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(getHypothesis({ programmeId, hypothesisId })),
    orNotFound(tocElementOptions(programmeId)),
    orNotFound(
      listRecordHistory({
        programmeId,
        entityType: "hypothesis",
        entityId: hypothesisId,
        actions: HYPOTHESIS_SAVES,
        page,
      }),
    ),
    getTranslations("programmes.hypotheses"),
    getTranslations("programmes.hypothesisStatus"),
    orNotFound(archiveState(target)),
  ]);
  const fields: HistoryField[] = [
    { name: "activity", label: t("activity") },
    { name: "change", label: t("change") },
    { name: "targetGroup", label: t("targetGroup") },
    { name: "mechanism", label: t("mechanism") },
    { name: "notes", label: t("notes") },
    { name: "elementIds", label: t("elements"), options: elements },
    { name: "status", label: t("status"), options: HYPOTHESIS_STATUSES.map((s) => ({ value: s, label: statuses(s) })) },
  ];
  const base = `/programmes/${programmeId}/hypotheses/${hypothesisId}`;
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/hypotheses#hypothese-${hypothesisId}`}>{t("back")}</BackLink>
      <h2 className="mt-2 text-2xl">{t("detailTitle")}</h2>
      <ArchiveBanner target={target} state={archived} search={search} />
      <div className="mt-3 max-w-3xl text-lg">
        <HypothesisSentence hypothesis={hypothesis} />
      </div>
      <dl className="mt-4 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{statuses(hypothesis.status)}</dd>
        <dt className="font-semibold">{t("notes")}</dt>
        <dd className="whitespace-pre-line">{hypothesis.notes || "—"}</dd>
        <dt className="font-semibold">{t("elements")}</dt>
        <dd>
          {hypothesis.elements.length
            ? elements
                .filter((option) => hypothesis.elements.some((e) => String(e.id) === option.value))
                .map((option) => option.label)
                .join("; ")
            : "—"}
        </dd>
      </dl>
      <ChangeHistory
        history={history}
        fields={fields}
        createdAction="hypothesis.created"
        pageHref={(to) => `${base}?wijzigingen=${to}#wijzigingen`}
      />
      {programme.access.edit && !archived.archived ? (
        <section aria-labelledby="edit-title" className="mt-8 max-w-3xl border-t border-line pt-6">
          <h3 id="edit-title" className="mb-4 text-xl">
            {t("editTitle")}
          </h3>
          <HypothesisForm
            programmeId={programmeId}
            elements={elements}
            hypothesis={{ ...hypothesis, elementIds: hypothesis.elements.map((e) => e.id) }}
          />
        </section>
      ) : null}
      <ArchiveSection target={target} state={archived} />
    </>
  );
}
