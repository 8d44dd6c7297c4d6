import { getTranslations } from "next-intl/server";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import type { LearningQuestionItem } from "@/db/queries/learning-questions";
import {
  backlogSections,
  type Direction,
  interpretationMissing,
  isActive,
  isOverdue,
} from "@/lib/domain/learning-questions";
import { todayInAmsterdam } from "@/lib/domain/time";
import { MoveButtons } from "./move-buttons";
import { LearningQuestionStatusBadge } from "./status-badge";

export const questionAnchor = (id: number) => `leervraag-${id}`;

type Level = 2 | 3;
type Translate = Awaited<ReturnType<typeof getTranslations<"learningQuestions">>>;

/**
 * A list of learning questions in three parts: still to answer in order of urgency (with "Omhoog"/"Omlaag" when
 * `moveScope` is given and the viewer may manage), then answered and dropped questions.
 */
export async function QuestionList({
  questions,
  mayManage,
  moveScope,
  showProgramme,
  level,
  screen = { before: 0, active: undefined },
  arrived = null,
}: {
  questions: LearningQuestionItem[];
  mayManage: boolean;
  /** The list shown, for moves: "all", "none" or a programme id; null when moves make no sense (a status filter). */
  moveScope: string | null;
  showProgramme: boolean;
  /** Heading level of the three parts; each question is one level below. */
  level: Level;
  /**
   * For one screen of a longer list: how many questions still to answer come before it, and how many there are in
   * the whole list, so the places and the moves count over the whole list.
   */
  screen?: { before: number; active: number | undefined };
  /** The question a move just brought onto this screen from another one, and which way it went. */
  arrived?: { questionId: number; direction: Direction } | null;
}) {
  const t = await getTranslations("learningQuestions");
  const { active, answered, dropped } = backlogSections(questions);
  const Heading = level === 2 ? "h2" : "h3";
  const today = todayInAmsterdam();
  // Plain elements keyed by question (not a nested server component), so a re-ordered list keeps each question's
  // move buttons, and with them the focus.
  const item = (question: LearningQuestionItem, position?: number, total?: number) =>
    questionItem({
      t,
      question,
      position,
      moves:
        mayManage && moveScope !== null && position !== undefined && total !== undefined && total > 1
          ? {
              scope: moveScope,
              total,
              arrived: arrived?.questionId === question.id ? arrived.direction : undefined,
            }
          : null,
      showProgramme,
      level: level === 2 ? 3 : 4,
      today,
    });
  const hasOthers = answered.length > 0 || dropped.length > 0;

  return (
    <div className="flex flex-col gap-8">
      {active.length > 0 || !hasOthers ? (
        <section aria-labelledby="leervragen-open">
          <Heading id="leervragen-open" className={level === 2 ? "text-2xl" : "text-xl"}>
            {t("sections.active")}
          </Heading>
          {active.length === 0 ? (
            <p className="mt-2">{t("noActive")}</p>
          ) : (
            <>
              {mayManage && (screen.active ?? active.length) > 1 ? (
                <p className="mt-1 text-sm text-muted">{moveScope === null ? t("movesFiltered") : t("activeIntro")}</p>
              ) : null}
              <ol className="mt-3 flex flex-col gap-3">
                {active.map((question, index) =>
                  item(question, screen.before + index + 1, screen.active ?? active.length),
                )}
              </ol>
            </>
          )}
        </section>
      ) : null}
      {(
        [
          ["answered", answered],
          ["dropped", dropped],
        ] as const
      ).map(([part, list]) =>
        list.length > 0 ? (
          <section key={part} aria-labelledby={`leervragen-${part}`}>
            <Heading id={`leervragen-${part}`} className={level === 2 ? "text-2xl" : "text-xl"}>
              {t(`sections.${part}`)}
            </Heading>
            <ul className="mt-3 flex flex-col gap-3">{list.map((question) => item(question))}</ul>
          </section>
        ) : null,
      )}
    </div>
  );
}

function questionItem({
  t,
  question,
  position,
  moves,
  showProgramme,
  level,
  today,
}: {
  t: Translate;
  question: LearningQuestionItem;
  position?: number;
  moves: { scope: string; total: number; arrived: Direction | undefined } | null;
  showProgramme: boolean;
  level: 3 | 4;
  today: string;
}) {
  const Heading = level === 3 ? "h3" : "h4";
  const anchor = questionAnchor(question.id);
  const headingId = `${anchor}-titel`;
  const overdue = isOverdue(question, today);
  return (
    <li key={question.id} id={anchor} className="scroll-mt-4 rounded-ik border border-line p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-3xl">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            {position !== undefined && isActive(question.status) ? (
              <span className="font-semibold">{t("position", { position })}</span>
            ) : null}
            <LearningQuestionStatusBadge status={question.status} />
          </p>
          <Heading id={headingId} tabIndex={-1} className="mt-2 text-lg">
            <Link href={`/learning-questions/${question.id}`}>{question.question}</Link>
          </Heading>
          {question.whyItMatters ? <p className="mt-1 whitespace-pre-line">{question.whyItMatters}</p> : null}
          <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <div>
              <dt className="inline font-semibold">{t("approach")}: </dt>
              <dd className="inline">{t(`approaches.${question.approach}`)}</dd>
            </div>
            <div>
              <dt className="inline font-semibold">{t("owner")}: </dt>
              <dd className="inline">{question.ownerName ?? t("noOwner")}</dd>
            </div>
            <div>
              <dt className="inline font-semibold">{t("dueDate")}: </dt>
              <dd className="inline">
                {question.dueDate ? <FormattedDay value={question.dueDate} /> : t("noDueDate")}
                {overdue ? <strong className="ml-2 text-danger">({t("overdue")})</strong> : null}
              </dd>
            </div>
            {showProgramme ? (
              <div>
                <dt className="inline font-semibold">{t("programme")}: </dt>
                <dd className="inline">
                  {question.programmeId !== null && question.programmeName ? (
                    <Link href={`/programmes/${question.programmeId}/learning-questions`}>
                      {question.programmeName}
                    </Link>
                  ) : (
                    t("wholeGemeente")
                  )}
                </dd>
              </div>
            ) : null}
            {question.followUpOf ? (
              <div>
                <dt className="inline font-semibold">{t("followUpOf")}: </dt>
                <dd className="inline">
                  <Link href={`/learning-questions/${question.followUpOf.id}`}>{question.followUpOf.question}</Link>
                </dd>
              </div>
            ) : null}
            {question.followUps.length > 0 ? (
              <div>
                <dt className="inline font-semibold">{t("followUps")}: </dt>
                {question.followUps.map((followUp, index) => (
                  <dd key={followUp.id} className="inline">
                    {index > 0 ? "; " : null}
                    <Link href={`/learning-questions/${followUp.id}`}>{followUp.question}</Link>
                  </dd>
                ))}
              </div>
            ) : null}
          </dl>
          {interpretationMissing(question) ? (
            <p className="mt-2 text-sm font-semibold">{t("interpretationMissingShort")}</p>
          ) : null}
        </div>
        {moves && position !== undefined ? (
          <MoveButtons
            questionId={question.id}
            question={question.question}
            scope={moves.scope}
            headingId={headingId}
            position={position}
            total={moves.total}
            arrived={moves.arrived}
          />
        ) : null}
      </div>
    </li>
  );
}
