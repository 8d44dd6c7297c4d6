import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArchiveBanner, ArchiveSection } from "@/components/archive/archive-panels";
import { tocElementOptions } from "@/components/programmes/element-options";
import { HypothesisForm } from "@/components/programmes/hypothesis-form";
import { HypothesisSentence } from "@/components/programmes/hypothesis-sentence";
import { BackLink } from "@/components/ui/back-link";
import { archiveState } from "@/db/queries/archived";
import { getHypothesis } from "@/db/queries/hypotheses";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.hypotheses");
  return { title: t("editTitle") };
}

export default async function HypothesisPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string; hypothesisId: string }>;
  searchParams: Promise<{ gearchiveerd?: string; teruggezet?: string }>;
}) {
  const raw = await params;
  const programmeId = idParam(raw.programmeId);
  const hypothesisId = idParam(raw.hypothesisId);
  const target = { kind: "hypothesis", id: hypothesisId, programmeId } as const;
  const [programme, hypothesis, elements, t, archived, search, archiveT] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(getHypothesis({ programmeId, hypothesisId })),
    orNotFound(tocElementOptions(programmeId)),
    getTranslations("programmes.hypotheses"),
    orNotFound(archiveState(target)),
    searchParams,
    getTranslations("archive"),
  ]);
  // An archived hypothesis is read by whoever reads the programme, from its "Gearchiveerd" list; else this is its form.
  if (!programme.access.edit && !archived.archived) notFound();
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/hypotheses`}>{t("back")}</BackLink>
      <h2 className="mt-2 mb-4 text-2xl">{archived.archived ? archiveT("hypothesisTitle") : t("editTitle")}</h2>
      <ArchiveBanner target={target} state={archived} search={search} />
      {archived.archived ? (
        <div className="max-w-3xl">
          <HypothesisSentence hypothesis={hypothesis} />
        </div>
      ) : (
        <HypothesisForm
          programmeId={programmeId}
          elements={elements}
          hypothesis={{ ...hypothesis, elementIds: hypothesis.elements.map((e) => e.id) }}
        />
      )}
      <ArchiveSection target={target} state={archived} />
    </>
  );
}
