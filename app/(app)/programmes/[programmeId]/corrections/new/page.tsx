import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProposeCorrectionForm } from "@/components/corrections/correction-forms";
import { BackLink } from "@/components/ui/back-link";
import { correctionReasonOptions } from "@/db/queries/corrections";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.corrections");
  return { title: t("newTitle") };
}

export default async function NewCorrectionPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const programmeId = idParam((await params).programmeId);
  const [programme, options, t, level, lqStatus, lessonText] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(correctionReasonOptions({ programmeId })),
    getTranslations("programmes.corrections"),
    getTranslations("programmes.level"),
    getTranslations("programmes.corrections.learningQuestionStatus"),
    getTranslations("lessons.correction"),
  ]);
  if (!programme.access.edit) notFound();
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/corrections`}>{t("back")}</BackLink>
      <h2 className="mt-2 text-2xl">{t("newTitle")}</h2>
      <p className="mt-1 mb-4 max-w-3xl">{t("addIntro")}</p>
      <ProposeCorrectionForm
        programmeId={programmeId}
        findings={options.findings.map((f) => ({ value: String(f.id), label: f.title }))}
        learningQuestions={options.learningQuestions.map((q) => ({
          value: String(q.id),
          label: `${q.question} (${lqStatus(q.status)})`,
        }))}
        indicators={options.indicators.map((i) => ({ value: String(i.id), label: i.name }))}
        elements={options.elements.map((e) => ({ value: String(e.id), label: `${level(e.level)}: ${e.title}` }))}
        lessons={options.lessons.map((l) => ({
          value: String(l.id),
          label: `${l.title} (${l.programmeName ?? lessonText("wholeGemeente")})`,
        }))}
      />
    </>
  );
}
