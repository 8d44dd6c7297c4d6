import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnswerForm } from "@/components/learning-questions/answer-form";
import { LearningQuestionForm } from "@/components/learning-questions/learning-question-form";
import { questionAnchor } from "@/components/learning-questions/question-list";
import { LearningQuestionStatusBadge } from "@/components/learning-questions/status-badge";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getLearningQuestion, learningQuestionEditOptions } from "@/db/queries/learning-questions";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { interpretationMissing, isOverdue } from "@/lib/domain/learning-questions";
import { todayInAmsterdam } from "@/lib/domain/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("learningQuestions");
  return { title: t("detailTitle") };
}

type Search = { aangemaakt?: string; opgeslagen?: string; antwoord?: string };

export default async function LearningQuestionPage({
  params,
  searchParams,
}: {
  params: Promise<{ questionId: string }>;
  searchParams: Promise<Search>;
}) {
  const questionId = idParam((await params).questionId);
  const [question, search, t] = await Promise.all([
    orNotFound(getLearningQuestion({ questionId })),
    searchParams,
    getTranslations("learningQuestions"),
  ]);
  const options = question.mayManage ? await orNotFound(learningQuestionEditOptions({ questionId })) : null;
  const back =
    question.mayReadBacklog || question.programmeId === null
      ? { href: `/learning-questions#${questionAnchor(question.id)}`, text: t("back") }
      : { href: `/programmes/${question.programmeId}/learning-questions`, text: t("backToProgramme") };
  const notice = search.aangemaakt
    ? search.aangemaakt === "vervolg"
      ? t("followUpCreated")
      : t("created")
    : search.opgeslagen
      ? t("saved")
      : search.antwoord
        ? t("answerSaved")
        : null;
  const overdue = isOverdue(question, todayInAmsterdam());

  return (
    <>
      <PageHeader title={question.question} back={<BackLink href={back.href}>{back.text}</BackLink>} />
      {notice ? (
        <div className="-mt-2 mb-6 max-w-3xl">
          <Notice tone="success" role="status">
            {notice}
          </Notice>
        </div>
      ) : null}
      <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("status")}</dt>
        <dd>
          <LearningQuestionStatusBadge status={question.status} />
        </dd>
        <dt className="font-semibold">{t("whyItMatters")}</dt>
        <dd className="whitespace-pre-line">{question.whyItMatters || "—"}</dd>
        <dt className="font-semibold">{t("approach")}</dt>
        <dd>
          {t(`approaches.${question.approach}`)}
          <span className="text-sm text-muted"> ({t(`approachMeaning.${question.approach}`)})</span>
        </dd>
        <dt className="font-semibold">{t("owner")}</dt>
        <dd>{question.ownerName ?? t("noOwner")}</dd>
        <dt className="font-semibold">{t("dueDate")}</dt>
        <dd>
          {question.dueDate ? <FormattedDay value={question.dueDate} /> : t("noDueDate")}
          {overdue ? <strong className="ml-2 text-danger">({t("overdue")})</strong> : null}
        </dd>
        <dt className="font-semibold">{t("programme")}</dt>
        <dd>
          {question.programmeId !== null && question.programmeName ? (
            <Link href={`/programmes/${question.programmeId}/learning-questions`}>{question.programmeName}</Link>
          ) : (
            t("wholeGemeente")
          )}
        </dd>
        {question.followUpOf ? (
          <>
            <dt className="font-semibold">{t("followUpOf")}</dt>
            <dd>
              <Link href={`/learning-questions/${question.followUpOf.id}`}>{question.followUpOf.question}</Link>
            </dd>
          </>
        ) : null}
        {question.followUps.length > 0 ? (
          <>
            <dt className="font-semibold">{t("followUps")}</dt>
            <dd>
              <ul className="list-disc pl-5">
                {question.followUps.map((followUp) => (
                  <li key={followUp.id}>
                    <Link href={`/learning-questions/${followUp.id}`}>{followUp.question}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>

      <section id="antwoord" aria-labelledby="answer-title" className="mt-8 max-w-3xl">
        <h2 id="answer-title" className="text-2xl">
          {t("answerTitle")}
        </h2>
        {interpretationMissing(question) ? (
          <div className="mt-3">
            <Notice tone="warning" title={t("interpretationMissingTitle")}>
              {t("interpretationMissing")}
            </Notice>
          </div>
        ) : null}
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("answer")}</dt>
          <dd className="whitespace-pre-line">{question.answer || t("noAnswer")}</dd>
          <dt className="font-semibold">{t("interpretation")}</dt>
          <dd className="whitespace-pre-line">{question.interpretation || t("noInterpretation")}</dd>
          {question.answeredByStudyTitle ? (
            <>
              <dt className="font-semibold">{t("answeredByStudy")}</dt>
              <dd>
                {question.answeredByStudyProgrammeId ? (
                  <Link
                    href={`/programmes/${question.answeredByStudyProgrammeId}/studies/${question.answeredByStudyId}`}
                  >
                    {question.answeredByStudyTitle}
                  </Link>
                ) : (
                  question.answeredByStudyTitle
                )}
              </dd>
            </>
          ) : null}
          {question.status === "beantwoord" && question.answeredInRound !== null ? (
            <>
              <dt className="font-semibold">{t("answeredInRound")}</dt>
              <dd>{question.answeredInRound}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {options ? (
        <>
          <section aria-labelledby="update-answer-title" className="mt-8 max-w-3xl border-t border-line pt-6">
            <h2 id="update-answer-title" className="mb-3 text-2xl">
              {t("updateAnswerTitle")}
            </h2>
            <AnswerForm
              question={{
                id: question.id,
                status: question.status,
                answer: question.answer,
                interpretation: question.interpretation,
                answeredByStudyId: question.answeredByStudyId,
                programmeId: question.programmeId,
                version: question.version,
              }}
              studies={options.studies}
            />
          </section>
          <section aria-labelledby="follow-up-title" className="mt-8 max-w-3xl border-t border-line pt-6">
            <h2 id="follow-up-title" className="text-2xl">
              {t("followUpSectionTitle")}
            </h2>
            <p className="mt-1 mb-4">{t("followUpSectionText")}</p>
            <Link href={`/learning-questions/new?vervolgOp=${question.id}`} className={buttonClass("secondary")}>
              {t("askFollowUp")}
            </Link>
          </section>
          <section aria-labelledby="edit-title" className="mt-8 max-w-3xl border-t border-line pt-6">
            <details>
              <summary id="edit-title" className="cursor-pointer text-xl font-bold text-link">
                {t("editTitle")}
              </summary>
              <div className="mt-4">
                <LearningQuestionForm
                  question={{
                    id: question.id,
                    question: question.question,
                    whyItMatters: question.whyItMatters,
                    approach: question.approach,
                    programmeId: question.programmeId,
                    ownerId: question.ownerId,
                    dueDate: question.dueDate,
                    version: question.version,
                  }}
                  programmes={options.programmes}
                  owners={options.owners}
                />
              </div>
            </details>
          </section>
        </>
      ) : null}
    </>
  );
}
