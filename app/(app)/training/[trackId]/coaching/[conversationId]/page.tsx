import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { completeCoachingActionAction } from "@/app/(app)/training/[trackId]/coaching/actions";
import { CoachingActionForm } from "@/components/training/coaching-action-form";
import { ActionButton } from "@/components/ui/action-button";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { coachingFormOptions, getCoachingConversation } from "@/db/queries/coaching";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training.coaching");
  return { title: t("conversation") };
}

const NOTICES = ["nieuw", "opgeslagen", "actie", "afgevinkt"] as const;

export default async function ConversationPage({
  params,
  searchParams,
}: {
  params: Promise<{ trackId: string; conversationId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const raw = await params;
  const trackId = idParam(raw.trackId);
  const conversationId = idParam(raw.conversationId);
  const search = await searchParams;
  const [data, t] = await Promise.all([
    orNotFound(getCoachingConversation({ trackId, conversationId })),
    getTranslations("training.coaching"),
  ]);
  const options = data.mayManage ? await coachingFormOptions({ trackId }) : null;
  const notice = NOTICES.find((key) => search[key] === "1");
  const { conversation } = data;
  return (
    <>
      <PageHeader
        title={t("conversationWith", { name: data.coached })}
        intro={data.trackTitle}
        back={<BackLink href={`/training/${trackId}/coaching`}>{t("title")}</BackLink>}
        actions={
          data.mayManage ? (
            <Link href={`/training/${trackId}/coaching/${conversationId}/edit`} className={buttonClass("secondary")}>
              {t("edit")}
            </Link>
          ) : null
        }
      />
      {notice ? (
        <div className="mb-6 max-w-3xl">
          <Notice tone="success" role="status">
            {t(`notices.${notice}`)}
          </Notice>
        </div>
      ) : null}
      <dl className="grid max-w-3xl gap-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("heldOn")}</dt>
        <dd>
          <FormattedDay value={conversation.heldOn} />
        </dd>
        <dt className="font-semibold">{t("programme")}</dt>
        <dd>
          {data.programme ? (
            <Link href={`/programmes/${data.programme.id}`}>{data.programme.name}</Link>
          ) : (
            t("noProgrammeShort")
          )}
        </dd>
        <dt className="font-semibold">{t("summary")}</dt>
        <dd className="whitespace-pre-line">{conversation.summary || t("noSummary")}</dd>
      </dl>
      <section aria-labelledby="acties" className="mt-10 max-w-3xl">
        <h2 id="acties" className="text-2xl">
          {t("actions")}
        </h2>
        {data.actions.length === 0 ? (
          <p className="mt-2">{t("noActions")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2">
            {data.actions.map((a) => (
              <li
                key={a.id}
                id={`actie-${a.id}`}
                className="flex flex-col gap-2 rounded-ik border border-line p-3 sm:flex-row sm:items-start sm:justify-between"
              >
                <div className="min-w-0">
                  <p className="font-semibold break-words">{a.description}</p>
                  <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
                    <span>{t("actionOwnerIs", { name: a.ownerName })}</span>
                    {a.dueDate ? (
                      <span>
                        {t("actionDue")}: <FormattedDay value={a.dueDate} />
                      </span>
                    ) : null}
                    <strong>{a.doneAt ? t("done") : t("open")}</strong>
                  </p>
                </div>
                {a.mayComplete ? (
                  <ActionButton
                    action={completeCoachingActionAction.bind(null, a.id)}
                    label={
                      <>
                        <span aria-hidden="true">{t("markDone")}</span>
                        <span className="sr-only">{t("markDoneItem", { description: a.description })}</span>
                      </>
                    }
                    pendingLabel={t("saving")}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {options ? (
          <div className="mt-4">
            <CoachingActionForm
              trackId={trackId}
              conversationId={conversationId}
              owners={options.owners.map((o) => ({ value: String(o.id), label: o.name }))}
            />
          </div>
        ) : null}
      </section>
    </>
  );
}
