import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/about/help-link";
import { ArchivedLink, DeletedNotice } from "@/components/archive/archived-list";
import { EvidenceTrail } from "@/components/programmes/evidence-trail";
import { HypothesisSentence } from "@/components/programmes/hypothesis-sentence";
import Link from "@/components/ui/link";
import { SectionHeader } from "@/components/ui/section-header";
import { evidenceForHypotheses } from "@/db/queries/evidence-trail";
import { listHypotheses } from "@/db/queries/hypotheses";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.hypotheses");
  return { title: t("title") };
}

export default async function HypothesesPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<{ opgeslagen?: string; verwijderd?: string }>;
}) {
  const programmeId = idParam((await params).programmeId);
  const [programme, rows, { opgeslagen, verwijderd }, t, statuses, level, evidence, evidenceT] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(listHypotheses({ programmeId })),
    searchParams,
    getTranslations("programmes.hypotheses"),
    getTranslations("programmes.hypothesisStatus"),
    getTranslations("programmes.level"),
    orNotFound(evidenceForHypotheses({ programmeId })),
    getTranslations("programmes.evidence"),
  ]);
  return (
    <>
      <SectionHeader
        title={t("title")}
        intro={t("intro")}
        add={programme.access.edit ? { href: `/programmes/${programmeId}/hypotheses/new`, label: t("add") } : null}
      >
        <HelpLink topic="programma" />
      </SectionHeader>
      <DeletedNotice shown={verwijderd} />
      {rows.length === 0 ? <p className="rounded-ik bg-info-surface p-4">{t("empty")}</p> : null}
      <ol className="flex flex-col gap-4">
        {rows.map((hypothesis, index) => (
          <li key={hypothesis.id} id={`hypothese-${hypothesis.id}`} className="rounded-ik border border-line p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="text-lg">{t("number", { number: index + 1 })}</h3>
              <span className="rounded-ik bg-surface-strong px-2 py-0.5 text-sm font-semibold">
                {statuses(hypothesis.status)}
              </span>
            </div>
            <div className="mt-2">
              <HypothesisSentence hypothesis={hypothesis} />
            </div>
            {hypothesis.notes ? <p className="mt-2 whitespace-pre-line text-sm">{hypothesis.notes}</p> : null}
            {hypothesis.elements.length > 0 ? (
              <p className="mt-2 text-sm">
                <span className="font-semibold">{t("linkedTo")}</span>{" "}
                {hypothesis.elements.map((e) => `${level(e.level)}: ${e.title}`).join("; ")}
              </p>
            ) : null}
            <section aria-label={`${evidenceT("trailTitle")}: ${t("number", { number: index + 1 })}`} className="mt-3">
              <h4 className="text-base">{evidenceT("trailTitle")}</h4>
              <EvidenceTrail
                programmeId={programmeId}
                items={evidence.get(hypothesis.id) ?? []}
                empty={evidenceT("trailEmptyHypothesis")}
              />
            </section>
            {opgeslagen === String(hypothesis.id) ? (
              <p role="status" className="mt-2 font-semibold text-success">
                {t("saved")}
              </p>
            ) : null}
            <p className="mt-2">
              <Link href={`/programmes/${programmeId}/hypotheses/${hypothesis.id}`}>
                {programme.access.edit ? t("edit") : t("view")}
                <span className="sr-only"> {t("number", { number: index + 1 })}</span>
              </Link>
            </p>
          </li>
        ))}
      </ol>
      <ArchivedLink kind="hypothesis" programmeId={programmeId} />
    </>
  );
}
