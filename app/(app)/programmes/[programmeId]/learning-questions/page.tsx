import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QuestionList } from "@/components/learning-questions/question-list";
import { ActiveFilter, listHref, Pager } from "@/components/lists/active-filter";
import Link from "@/components/ui/link";
import { SectionHeader } from "@/components/ui/section-header";
import { listProgrammeLearningQuestions } from "@/db/queries/learning-questions";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { arrivedByMove } from "@/lib/domain/learning-question-moves";
import { can } from "@/lib/domain/permissions";
import { type ListSearch, parseQuestionFilter } from "@/lib/validation/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("learningQuestions");
  return { title: t("title") };
}

/** The programme's own part of the gemeente's backlog; adding here puts the question under this programme. */
export default async function ProgrammeLearningQuestionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<ListSearch>;
}) {
  const programmeId = idParam((await params).programmeId);
  const search = await searchParams;
  const filter = parseQuestionFilter(search);
  const wanted = Number(typeof search.pagina === "string" ? search.pagina : undefined) || 1;
  const filtered = filter.status !== undefined || filter.overdue === true;
  const [viewer, list, t, filterT] = await Promise.all([
    requireViewer(),
    orNotFound(listProgrammeLearningQuestions({ programmeId }, { ...filter, page: wanted })),
    getTranslations("learningQuestions"),
    getTranslations("listFilter"),
  ]);
  const base = `/programmes/${programmeId}/learning-questions`;

  return (
    <>
      <SectionHeader
        title={t("title")}
        intro={t("programmeIntro")}
        add={list.mayManage ? { href: `/learning-questions/new?programma=${programmeId}`, label: t("add") } : null}
      >
        {can(viewer.role, "learningQuestions.read") ? (
          <p className="mt-1">
            <Link href="/learning-questions">{t("backlogLink")}</Link>
          </p>
        ) : null}
      </SectionHeader>
      {filtered ? (
        <ActiveFilter
          parts={[
            filter.status ? filterT(`questionStatus.${filter.status}`) : null,
            filter.overdue ? filterT("overdueQuestion") : null,
          ].filter((part) => part !== null)}
          count={filterT("questions", { count: list.matching })}
          clearHref={base}
        />
      ) : null}
      {list.questions.length === 0 ? (
        <p className="rounded-ik bg-info-surface p-4">{filtered ? filterT("noMatch") : t("programmeEmpty")}</p>
      ) : (
        <QuestionList
          questions={list.questions}
          mayManage={list.mayManage}
          // Moving within a filtered part of the list would reorder questions the person cannot see.
          moveScope={filtered ? null : String(programmeId)}
          showProgramme={false}
          level={3}
          screen={{ before: list.from - 1, active: list.active }}
          arrived={arrivedByMove(search)}
        />
      )}
      {list.pageCount > 1 ? (
        <p className="mt-4" role="status">
          {t("range", { from: list.from, to: list.to, count: list.matching })}
        </p>
      ) : null}
      <Pager
        page={list.page}
        pageCount={list.pageCount}
        href={(page) =>
          listHref(base, {
            status: filter.status,
            overdue: filter.overdue ? "1" : undefined,
            pagina: page > 1 ? page : undefined,
          })
        }
        labels={{
          nav: t("pagination"),
          previous: t("previous"),
          next: t("next"),
          pageOf: t("pageOf", { page: list.page, pages: list.pageCount }),
        }}
      />
    </>
  );
}
