import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LearningQuestionForm } from "@/components/learning-questions/learning-question-form";
import { BackLink } from "@/components/ui/back-link";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { newLearningQuestionContext } from "@/db/queries/learning-questions";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Search = { programma?: string; vervolgOp?: string };
type Props = { searchParams: Promise<Search> };

const optionalIdParam = (value: string | undefined) => (value === undefined ? undefined : idParam(value));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [search, t] = await Promise.all([searchParams, getTranslations("learningQuestions")]);
  return { title: search.vervolgOp ? t("followUpTitle") : t("addTitle") };
}

/** Adds a question; `?programma=<id>` puts it under a programme, `?vervolgOp=<id>` makes it a follow-up. */
export default async function NewLearningQuestionPage({ searchParams }: Props) {
  const search = await searchParams;
  const followUpOfId = optionalIdParam(search.vervolgOp);
  const programmeId = optionalIdParam(search.programma);
  const [context, t] = await Promise.all([
    orNotFound(newLearningQuestionContext({ programmeId, followUpOfId })),
    getTranslations("learningQuestions"),
  ]);
  const back = context.followUpOf
    ? { href: `/learning-questions/${context.followUpOf.id}`, text: t("backToQuestion") }
    : programmeId !== undefined
      ? { href: `/programmes/${programmeId}/learning-questions`, text: t("backToProgramme") }
      : { href: "/learning-questions", text: t("back") };

  return (
    <>
      <PageHeader
        title={context.followUpOf ? t("followUpTitle") : t("addTitle")}
        intro={context.followUpOf ? t("followUpIntro") : t("addIntro")}
        back={<BackLink href={back.href}>{back.text}</BackLink>}
      />
      {context.followUpOf ? (
        <p className="-mt-2 mb-6 max-w-3xl">
          <span className="font-semibold">{t("followUpOf")}: </span>
          <Link href={`/learning-questions/${context.followUpOf.id}`}>{context.followUpOf.question}</Link>
        </p>
      ) : null}
      <LearningQuestionForm
        preset={{ programmeId: context.programmeId, approach: context.approach }}
        followUpOfId={context.followUpOf?.id}
        programmes={context.programmes}
        owners={context.owners}
      />
    </>
  );
}
