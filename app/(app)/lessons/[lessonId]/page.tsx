import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArchiveBanner } from "@/components/archive/archive-banner";
import { ArchiveSection } from "@/components/archive/archive-panels";
import { LessonTags } from "@/components/lessons/lesson-tags";
import { markdownLabels, PageMarkdown } from "@/components/pages/markdown";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { archiveState } from "@/db/queries/archived";
import { getLesson, mayEditLesson } from "@/db/queries/lessons";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Params = Promise<{ lessonId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lesson = await orNotFound(getLesson({ lessonId: idParam((await params).lessonId) }));
  return { title: lesson.title };
}

export default async function LessonPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ nieuw?: string; gewijzigd?: string; gearchiveerd?: string; teruggezet?: string }>;
}) {
  const lessonId = idParam((await params).lessonId);
  const record = { kind: "lesson", id: lessonId } as const;
  const [lesson, mayEdit, search, t, statuses, source, m, archived] = await Promise.all([
    orNotFound(getLesson({ lessonId })),
    mayEditLesson({ lessonId }),
    searchParams,
    getTranslations("lessons"),
    getTranslations("programmes.corrections.statuses"),
    getTranslations("partnerSource"),
    getTranslations("pages.markdown"),
    orNotFound(archiveState(record)),
  ]);
  const programme = lesson.programmeId ? `/programmes/${lesson.programmeId}` : null;

  return (
    <>
      <PageHeader
        title={lesson.title}
        back={<BackLink href="/lessons">{t("back")}</BackLink>}
        actions={
          mayEdit && !archived.archived ? (
            <Link href={`/lessons/${lesson.id}/edit`} className={buttonClass("secondary")}>
              {t("edit")}
            </Link>
          ) : null
        }
      />
      <ArchiveBanner target={record} state={archived} search={search} />
      {search.nieuw || search.gewijzigd ? (
        <div className="-mt-2 mb-6 max-w-3xl">
          <Notice tone="success" role="status">
            {search.nieuw ? t("created") : t("updated")}
          </Notice>
        </div>
      ) : null}
      <div className="grid max-w-5xl items-start gap-8 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="geleerd">
          <h2 id="geleerd" className="text-xl">
            {t("bodyHeading")}
          </h2>
          <div className="mt-1">
            <PageMarkdown labels={markdownLabels(m)} markdown={lesson.body} lineBreaks topHeading={3} />
          </div>
          <h2 className="mt-6 text-xl">{t("context")}</h2>
          <p className="mt-1 whitespace-pre-line">{lesson.context || t("noContext")}</p>
          <div className="mt-6">
            <LessonTags tags={lesson.tags} />
          </div>
          <p className="mt-6 text-sm text-muted">
            {t("recordedBy", { name: lesson.createdByName })} <FormattedDate value={lesson.createdAt} format="date" />
            {lesson.updatedAt.getTime() > lesson.createdAt.getTime() ? (
              <>
                {" · "}
                {t("lastChanged")} <FormattedDate value={lesson.updatedAt} format="date" />
              </>
            ) : null}
          </p>
        </section>
        <section aria-labelledby="herkomst" className="rounded-ik border border-line p-5">
          <h2 id="herkomst" className="text-xl">
            {t("originTitle")}
          </h2>
          <dl className="mt-2 flex flex-col gap-2">
            <div>
              <dt className="font-semibold">{t("programme")}</dt>
              <dd>{programme ? <Link href={programme}>{lesson.programmeName}</Link> : t("wholeGemeente")}</dd>
            </div>
            {lesson.partnerName ? (
              <div>
                <dt className="font-semibold">{source("label")}</dt>
                <dd>{lesson.partnerName}</dd>
              </div>
            ) : null}
            {programme && lesson.sessionId ? (
              <div>
                <dt className="font-semibold">{t("session")}</dt>
                <dd>
                  <Link href={`${programme}/reflections/${lesson.sessionId}`}>{lesson.sessionTitle}</Link>
                </dd>
              </div>
            ) : null}
            {programme && lesson.findingId ? (
              <div>
                <dt className="font-semibold">{t("finding")}</dt>
                <dd>
                  <Link href={`${programme}/studies/${lesson.studyId}#bevinding-${lesson.findingId}`}>
                    {lesson.findingTitle}
                  </Link>
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
      </div>
      <section aria-labelledby="bijsturingen" className="mt-10 max-w-3xl border-t border-line pt-6">
        <h2 id="bijsturingen" className="text-xl">
          {t("correctionsTitle")}
        </h2>
        {lesson.corrections.length === 0 ? (
          <p className="mt-1">{t("correctionsEmpty")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1">
            {lesson.corrections.map((correction) => (
              <li key={correction.id}>
                <Link href={`/programmes/${correction.programmeId}/corrections/${correction.id}`}>
                  {correction.title}
                </Link>{" "}
                <span className="text-sm text-muted">
                  ({correction.programmeName}, {statuses(correction.status)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ArchiveSection target={record} state={archived} />
    </>
  );
}
