import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QuestionList } from "@/components/learning-questions/question-list";
import { SectionHeader } from "@/components/ui/section-header";
import { listProgrammeLearningQuestions } from "@/db/queries/learning-questions";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("learningQuestions");
  return { title: t("title") };
}

/** The programme's own part of the gemeente's backlog; adding here puts the question under this programme. */
export default async function ProgrammeLearningQuestionsPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const programmeId = idParam((await params).programmeId);
  const [viewer, list, t] = await Promise.all([
    requireViewer(),
    orNotFound(listProgrammeLearningQuestions({ programmeId })),
    getTranslations("learningQuestions"),
  ]);

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
      {list.questions.length === 0 ? (
        <p className="rounded-ik bg-info-surface p-4">{t("programmeEmpty")}</p>
      ) : (
        <QuestionList
          questions={list.questions}
          mayManage={list.mayManage}
          moveScope={String(programmeId)}
          showProgramme={false}
          level={3}
        />
      )}
    </>
  );
}
