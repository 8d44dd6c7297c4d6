import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BacklogFilters } from "@/components/learning-questions/backlog-filters";
import { QuestionList } from "@/components/learning-questions/question-list";
import { listHref, Pager } from "@/components/lists/active-filter";
import { buttonClass } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { listLearningQuestions } from "@/db/queries/learning-questions";
import { orNotFound } from "@/lib/auth/guard";
import { LEARNING_QUESTION_STATUSES } from "@/lib/domain/constants";
import { arrivedByMove } from "@/lib/domain/learning-question-moves";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("learningQuestions");
  return { title: t("title") };
}

type Search = { status?: string; programma?: string; pagina?: string };

/** "geen" is the questions without a programme; a number is one programme. Anything else shows all. */
function programmeFilter(value: string | undefined): number | "none" | undefined {
  if (value === "geen") return "none";
  return value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined;
}

export default async function LearningQuestionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const status = LEARNING_QUESTION_STATUSES.find((s) => s === search.status);
  const programme = programmeFilter(search.programma);
  const [backlog, t] = await Promise.all([
    orNotFound(listLearningQuestions({ status, programme, page: Number(search.pagina) || 1 })),
    getTranslations("learningQuestions"),
  ]);
  const filtered = status !== undefined || programme !== undefined;
  // Moves swap neighbours in the list as shown: not sensible when only one status is shown.
  const moveScope = status ? null : programme === undefined ? "all" : String(programme);

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          backlog.mayManage && backlog.total > 0 ? (
            <Link href="/learning-questions/new" className={buttonClass("primary")}>
              {t("add")}
            </Link>
          ) : null
        }
      />
      {backlog.total === 0 ? (
        <section aria-labelledby="leervragen-leeg" className="rounded-ik bg-info-surface p-5">
          <h2 id="leervragen-leeg" className="text-2xl">
            {t("emptyTitle")}
          </h2>
          <p className="mt-2 max-w-3xl">{t("emptyText")}</p>
          <p className="mt-4">
            {backlog.mayManage ? (
              <Link href="/learning-questions/new" className={buttonClass("primary")}>
                {t("emptyAdd")}
              </Link>
            ) : (
              t("emptyAsk")
            )}
          </p>
        </section>
      ) : (
        <>
          <BacklogFilters
            status={status ?? ""}
            programme={search.programma && programme !== undefined ? search.programma : ""}
            programmes={backlog.programmes}
          />
          <p className="mb-4" role="status">
            {backlog.pageCount > 1
              ? t("range", { from: backlog.from, to: backlog.to, count: backlog.matching })
              : t("count", { shown: backlog.matching, total: backlog.total })}
          </p>
          {backlog.questions.length === 0 && filtered ? (
            <p>
              {t("noMatch")} <Link href="/learning-questions">{t("filters.reset")}</Link>
            </p>
          ) : (
            <QuestionList
              questions={backlog.questions}
              mayManage={backlog.mayManage}
              moveScope={moveScope}
              showProgramme
              level={2}
              screen={{ before: backlog.from - 1, active: backlog.active }}
              arrived={arrivedByMove(search)}
            />
          )}
          <Pager
            page={backlog.page}
            pageCount={backlog.pageCount}
            href={(page) =>
              listHref("/learning-questions", {
                status,
                programma: programme !== undefined ? search.programma : undefined,
                pagina: page > 1 ? page : undefined,
              })
            }
            labels={{
              nav: t("pagination"),
              previous: t("previous"),
              next: t("next"),
              pageOf: t("pageOf", { page: backlog.page, pages: backlog.pageCount }),
            }}
          />
        </>
      )}
    </>
  );
}
