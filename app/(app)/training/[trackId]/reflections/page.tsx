import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PromoteForm } from "@/components/training/promote-form";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { trackReflectionRollUp } from "@/db/queries/track-reflections";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { REFLECTION_PROMPTS } from "@/lib/domain/training";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training.reflection");
  return { title: t("rollUpTitle") };
}

export default async function ReflectionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ trackId: string }>;
  searchParams: Promise<{ les?: string }>;
}) {
  const trackId = idParam((await params).trackId);
  const lesson = Number((await searchParams).les) || null;
  const [data, t] = await Promise.all([
    orNotFound(trackReflectionRollUp({ trackId })),
    getTranslations("training.reflection"),
  ]);
  return (
    <>
      <PageHeader
        title={t("rollUpTitle")}
        intro={t("rollUpIntro")}
        back={<BackLink href={`/training/${trackId}`}>{data.trackTitle}</BackLink>}
      />
      {lesson ? (
        <div className="mb-6 max-w-3xl">
          <Notice tone="success" role="status">
            {t.rich("promoted", { link: (chunks) => <Link href={`/lessons/${lesson}`}>{chunks}</Link> })}
          </Notice>
        </div>
      ) : null}
      {data.total === 0 ? <p className="max-w-3xl rounded-ik bg-info-surface p-4">{t("rollUpEmpty")}</p> : null}
      <div className="flex max-w-4xl flex-col gap-8">
        {data.moments
          .filter((moment) => moment.answers.length > 0)
          .map((moment) => (
            <section key={moment.key} aria-labelledby={`moment-${moment.key}`}>
              <h2 id={`moment-${moment.key}`} className="text-2xl">
                {moment.session ? moment.session.title : t("titleEnd")}
              </h2>
              {moment.session ? (
                <p className="text-sm">
                  <FormattedDay value={moment.session.heldOn} />
                </p>
              ) : null}
              <p className="mt-1">{t("answerCount", { count: moment.answers.length })}</p>
              <ul className="mt-3 flex flex-col gap-3">
                {moment.answers.map((answer) => (
                  <li key={answer.id} id={`antwoord-${answer.id}`} className="rounded-ik border border-line p-4">
                    <h3 className="text-lg">{answer.name}</h3>
                    <dl className="mt-2 grid gap-2 sm:grid-cols-[14rem_1fr]">
                      {REFLECTION_PROMPTS.map((prompt) => (
                        <div key={prompt} className="contents">
                          <dt className="font-semibold">{t(`prompts.${prompt}`)}</dt>
                          <dd className="whitespace-pre-line break-words">{answer[prompt] || "—"}</dd>
                        </div>
                      ))}
                    </dl>
                    {answer.lessonId ? (
                      <p className="mt-3">
                        <Link href={`/lessons/${answer.lessonId}`}>{t("seeLesson")}</Link>
                      </p>
                    ) : data.mayPromote ? (
                      <details className="mt-3">
                        <summary className="cursor-pointer font-semibold">
                          {t("promoteOpen", { name: answer.name })}
                        </summary>
                        <PromoteForm
                          trackId={trackId}
                          answerId={answer.id}
                          body={[answer.applied, answer.hard, answer.needs].filter(Boolean).join("\n\n")}
                        />
                      </details>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
      </div>
    </>
  );
}
