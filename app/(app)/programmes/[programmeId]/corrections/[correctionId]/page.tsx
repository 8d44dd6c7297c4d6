import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DecideCorrectionForm, ImplementedForm } from "@/components/corrections/correction-forms";
import { TocComparison } from "@/components/corrections/toc-comparison";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { getCorrection } from "@/db/queries/corrections";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.corrections");
  return { title: t("detailTitle") };
}

type Search = { voorgesteld?: string; besluit?: string; doorgevoerd?: string };

export default async function CorrectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string; correctionId: string }>;
  searchParams: Promise<Search>;
}) {
  const raw = await params;
  const programmeId = idParam(raw.programmeId);
  const correctionId = idParam(raw.correctionId);
  const [correction, search, t, level, lessonText] = await Promise.all([
    orNotFound(getCorrection({ programmeId, correctionId })),
    searchParams,
    getTranslations("programmes.corrections"),
    getTranslations("programmes.level"),
    getTranslations("lessons.correction"),
  ]);
  const base = `/programmes/${programmeId}`;
  const title = (id: number) => correction.elementTitles.find((e) => e.id === id)?.title ?? `#${id}`;
  const change = correction.tocChange;
  const notice = search.voorgesteld
    ? t("proposedNotice")
    : search.besluit === "besloten"
      ? t("decidedNotice")
      : search.besluit === "afgewezen"
        ? t("rejectedNotice")
        : search.doorgevoerd
          ? t("implementedNotice")
          : null;

  return (
    <>
      <BackLink href={`${base}/corrections`}>{t("back")}</BackLink>
      <h2 className="mt-2 text-2xl">{correction.title}</h2>
      {notice ? (
        <div className="my-4 max-w-3xl">
          <Notice tone="success" role="status">
            {notice}
          </Notice>
        </div>
      ) : null}
      <p className="mt-2">
        <span className="rounded-ik bg-surface-strong px-2 py-0.5 font-semibold">
          {t(`statuses.${correction.status}`)}
        </span>{" "}
        <span className="text-muted">
          {t("decidedAt", { level: t(`levels.${correction.decisionLevel}`), round: correction.round })}
        </span>
      </p>

      <div className="mt-6 grid max-w-5xl gap-8 lg:grid-cols-2">
        <section aria-labelledby="what-title">
          <h3 id="what-title" className="text-xl">
            {t("whatChanges")}
          </h3>
          <p className="mt-1 whitespace-pre-line">{correction.whatChanges}</p>
          <h3 className="mt-4 text-xl">{t("why")}</h3>
          <p className="mt-1 whitespace-pre-line">{correction.why}</p>
          {correction.status === "afgewezen" && correction.rejectionReason ? (
            <>
              <h3 className="mt-4 text-xl">{t("rejectionReason")}</h3>
              <p className="mt-1 whitespace-pre-line">{correction.rejectionReason}</p>
            </>
          ) : null}
        </section>
        <section aria-labelledby="evidence-title">
          <h3 id="evidence-title" className="text-xl">
            {t("evidenceTitle")}
          </h3>
          {correction.reasons.length === 0 ? <p className="mt-1">{t("noEvidence")}</p> : null}
          <ul className="mt-2 flex flex-col gap-1">
            {correction.reasons.map((reason) =>
              reason.findingId ? (
                <li key={`f${reason.findingId}`}>
                  {t("reasonFinding")}{" "}
                  <Link href={`${base}/studies/${reason.studyId}#bevinding-${reason.findingId}`}>
                    {reason.findingTitle}
                  </Link>
                </li>
              ) : reason.learningQuestionId ? (
                <li key={`q${reason.learningQuestionId}`}>
                  {t("reasonQuestion")}{" "}
                  <Link href={`/learning-questions/${reason.learningQuestionId}`}>{reason.question}</Link>
                </li>
              ) : reason.indicatorId ? (
                <li key={`i${reason.indicatorId}`}>
                  {t("reasonIndicator")}{" "}
                  <Link href={`${base}/indicators/${reason.indicatorId}`}>{reason.indicatorName}</Link>
                </li>
              ) : reason.lessonId && reason.lessonTitle ? (
                <li key={`l${reason.lessonId}`}>
                  {lessonText("reason")} <Link href={`/lessons/${reason.lessonId}`}>{reason.lessonTitle}</Link>
                </li>
              ) : null,
            )}
          </ul>
        </section>
      </div>

      {change ? (
        <section aria-labelledby="toc-title" className="mt-8 max-w-5xl">
          <h3 id="toc-title" className="text-xl">
            {t("tocChangeTitle")}
          </h3>
          {correction.before && correction.after ? (
            <div className="mt-3">
              <TocComparison before={correction.before} after={correction.after} />
              <p className="mt-3">
                <Link href={`${base}/theory`}>{t("toCurrentToc")}</Link>
              </p>
            </div>
          ) : (
            <ul className="mt-2 list-disc pl-6">
              {change.add ? (
                <li>{t("proposedAdd", { level: level(change.add.level as "effect"), title: change.add.title })}</li>
              ) : null}
              {change.removeElementId ? <li>{t("proposedRemove", { title: title(change.removeElementId) })}</li> : null}
              {change.rename ? (
                <li>{t("proposedRename", { before: title(change.rename.elementId), after: change.rename.title })}</li>
              ) : null}
              <li className="list-none text-sm text-muted">{t("appliedOnDecision")}</li>
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="history-title" className="mt-8 max-w-3xl">
        <h3 id="history-title" className="text-xl">
          {t("historyTitle")}
        </h3>
        <ol className="mt-3 flex flex-col gap-3 border-l-4 border-line pl-4">
          {correction.transitions.map((transition) => (
            <li key={transition.id}>
              <p className="font-semibold">{t(`statuses.${transition.toStatus}`)}</p>
              <p className="text-sm text-muted">
                <FormattedDate value={transition.changedAt} /> · {transition.changedByName}
              </p>
              {transition.note ? <p className="mt-1 whitespace-pre-line">{transition.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      {correction.mayDecide ? (
        <section aria-labelledby="decide-title" className="mt-8 max-w-3xl border-t border-line pt-6">
          <h3 id="decide-title" className="mb-3 text-xl">
            {t("decideTitle")}
          </h3>
          <DecideCorrectionForm programmeId={programmeId} correctionId={correctionId} />
        </section>
      ) : correction.status === "voorgesteld" ? (
        <p className="mt-8 max-w-3xl rounded-ik bg-info-surface p-4">{t("waitingForDecision")}</p>
      ) : null}

      {correction.mayImplement ? (
        <section aria-labelledby="implement-title" className="mt-8 max-w-3xl border-t border-line pt-6">
          <h3 id="implement-title" className="mb-3 text-xl">
            {t("implementTitle")}
          </h3>
          <ImplementedForm programmeId={programmeId} correctionId={correctionId} />
        </section>
      ) : null}
    </>
  );
}
