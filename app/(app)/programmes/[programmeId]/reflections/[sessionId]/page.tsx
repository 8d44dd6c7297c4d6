import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionLessonForm } from "@/components/lessons/session-lesson-form";
import { ActionItemForm } from "@/components/reflections/action-item-form";
import { SessionAgenda } from "@/components/reflections/agenda";
import { PromptsForm } from "@/components/reflections/prompts-form";
import { SessionActions } from "@/components/reflections/session-actions";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { FlashProvider, FlashSlot } from "@/components/ui/page-flash";
import { getReflectionSession } from "@/db/queries/reflections";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { todayInAmsterdam } from "@/lib/domain/time";
import { REFLECTION_PROMPTS } from "@/lib/validation/field-names/reflections";

type Params = Promise<{ programmeId: string; sessionId: string }>;
// Only the notices of forms on other pages come in the address; what is done on this page says so in its flash.
type Search = { nieuw?: string; gewijzigd?: string };

async function ids(params: Params) {
  const raw = await params;
  return { programmeId: idParam(raw.programmeId), sessionId: idParam(raw.sessionId) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const session = await orNotFound(getReflectionSession(await ids(params)));
  return { title: session.title };
}

function noticeKey(search: Search) {
  if (search.nieuw) return "created";
  if (search.gewijzigd) return "updated";
  return null;
}

export default async function ReflectionSessionPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Search>;
}) {
  const { programmeId, sessionId } = await ids(params);
  const [session, search, t, viewer] = await Promise.all([
    orNotFound(getReflectionSession({ programmeId, sessionId })),
    searchParams,
    getTranslations("reflections"),
    requireViewer(),
  ]);
  const today = todayInAmsterdam();
  const notice = noticeKey(search);
  const owners = session.owners.map((o) => ({ value: String(o.id), label: o.name }));
  const prompts = {
    planned: session.planned,
    happened: session.happened,
    learned: session.learned,
    change: session.change,
  };

  return (
    <FlashProvider>
      <BackLink href={`/programmes/${programmeId}/reflections`}>{t("backToList")}</BackLink>
      <div className="mt-2 flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-2xl">{session.title}</h2>
        {session.mayContribute ? (
          <Link href={`/programmes/${programmeId}/reflections/${sessionId}/edit`}>{t("edit")}</Link>
        ) : null}
      </div>
      {notice ? (
        <div className="mt-4 max-w-3xl">
          <Notice tone="success" role="status">
            {t(`notices.${notice}`)}
          </Notice>
        </div>
      ) : null}
      <FlashSlot className="mt-4 max-w-3xl" />
      <dl className="mt-4 grid max-w-3xl gap-x-4 gap-y-2 sm:grid-cols-[minmax(8rem,12rem)_1fr]">
        <dt className="font-semibold">{t("heldOn")}</dt>
        <dd>
          <FormattedDay value={session.heldOn} />
        </dd>
        <dt className="font-semibold">{t("participants")}</dt>
        <dd>
          {session.participants.length ? session.participants.map((p) => p.name).join(", ") : t("noParticipants")}
        </dd>
        <dt className="font-semibold">{t("guests")}</dt>
        <dd>{session.guests || t("noGuests")}</dd>
      </dl>

      <SessionAgenda
        programmeId={programmeId}
        sessionId={sessionId}
        agenda={session.agenda}
        states={session.agendaStates}
        mayContribute={session.mayContribute}
        today={today}
      />

      <section aria-labelledby="terugblik" className="mt-10 max-w-4xl border-t border-line pt-6">
        <h3 id="terugblik" className="text-xl">
          {t("promptsTitle")}
        </h3>
        <p className="mt-1 mb-4 max-w-3xl">{t("promptsIntro")}</p>
        {session.mayContribute ? (
          <PromptsForm
            key={session.updatedAt.getTime()}
            programmeId={programmeId}
            sessionId={sessionId}
            values={prompts}
            version={session.updatedAt.getTime()}
          />
        ) : (
          <dl className="flex flex-col gap-3">
            {REFLECTION_PROMPTS.map((prompt) => (
              <div key={prompt}>
                <dt className="font-semibold">{t(`prompts.${prompt}`)}</dt>
                <dd className="mt-1 whitespace-pre-line">{prompts[prompt] || t("notFilledIn")}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section aria-labelledby="actiepunten" className="mt-10 border-t border-line pt-6">
        <h3 id="actiepunten" className="mb-1 text-xl">
          {t("actionsTitle")}
        </h3>
        <p className="mb-4 max-w-3xl">{t("actionsIntro")}</p>
        <SessionActions
          programmeId={programmeId}
          sessionId={sessionId}
          items={session.actionItems}
          mayContribute={session.mayContribute}
          viewerId={viewer.userId}
          today={today}
        />
        {session.mayContribute ? (
          <div className="mt-6 max-w-3xl rounded-ik bg-surface p-4">
            <h4 className="mb-3 text-lg">{t("addActionTitle")}</h4>
            <ActionItemForm programmeId={programmeId} sessionId={sessionId} owners={owners} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="lessen" className="mt-10 border-t border-line pt-6">
        <h3 id="lessen" className="mb-1 text-xl">
          {t("lessonsTitle")}
        </h3>
        {session.lessons.length === 0 ? (
          <p className="max-w-3xl">{t("lessonsEmpty")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {session.lessons.map((lesson) => (
              <li key={lesson.id}>
                <Link href={`/lessons/${lesson.id}`}>{lesson.title}</Link>
              </li>
            ))}
          </ul>
        )}
        {session.mayAddLesson ? (
          <div className="mt-6 max-w-3xl rounded-ik bg-surface p-4">
            <h4 className="mb-1 text-lg">{t("addLessonTitle")}</h4>
            <p className="mb-3 text-sm">{t("addLessonIntro")}</p>
            <SessionLessonForm
              programmeId={programmeId}
              sessionId={sessionId}
              findings={session.findings.map((f) => ({ value: String(f.id), label: f.title }))}
            />
          </div>
        ) : null}
      </section>
    </FlashProvider>
  );
}
