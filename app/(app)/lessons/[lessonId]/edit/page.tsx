import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LessonEditForm } from "@/components/lessons/lesson-edit-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { getLessonForEdit } from "@/db/queries/lessons";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Params = Promise<{ lessonId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lessons");
  return { title: t("edit") };
}

/** Changes a lesson's words and tags; only for those who may write a lesson where this one belongs. */
export default async function EditLessonPage({ params }: { params: Params }) {
  const lessonId = idParam((await params).lessonId);
  const [lesson, t] = await Promise.all([orNotFound(getLessonForEdit({ lessonId })), getTranslations("lessons")]);
  return (
    <>
      <PageHeader
        title={t("editTitle", { title: lesson.title })}
        intro={t("editIntro")}
        back={<BackLink href={`/lessons/${lesson.id}`}>{lesson.title}</BackLink>}
      />
      <LessonEditForm
        lesson={{
          id: lesson.id,
          title: lesson.title,
          body: lesson.body,
          context: lesson.context,
          tags: lesson.tags,
          version: lesson.version,
        }}
      />
    </>
  );
}
