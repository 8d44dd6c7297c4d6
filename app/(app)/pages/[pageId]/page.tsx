import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArchiveBanner } from "@/components/archive/archive-banner";
import { ArchiveSection } from "@/components/archive/archive-panels";
import { PageFollow } from "@/components/notifications/page-follow";
import { CommentForm } from "@/components/pages/comment-form";
import { markdownLabels, PageMarkdown } from "@/components/pages/markdown";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { archiveState } from "@/db/queries/archived";
import { getPage, getPageTitle } from "@/db/queries/pages";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Params = { params: Promise<{ pageId: string }> };
type Search = {
  aangemaakt?: string;
  opgeslagen?: string;
  ongewijzigd?: string;
  hersteld?: string;
  versie?: string;
  reactie?: string;
  gearchiveerd?: string;
  teruggezet?: string;
};

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const pageId = idParam((await params).pageId);
  return { title: await orNotFound(getPageTitle({ pageId })) };
}

const number = (value: string | undefined) => (value && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined);

export default async function SharedPage({ params, searchParams }: Params & { searchParams: Promise<Search> }) {
  const pageId = idParam((await params).pageId);
  const [page, search, t, m, archived] = await Promise.all([
    orNotFound(getPage({ pageId })),
    searchParams,
    getTranslations("pages"),
    getTranslations("pages.markdown"),
    orNotFound(archiveState({ kind: "page", id: pageId })),
  ]);
  const record = { kind: "page", id: pageId, programmeId: page.programmeId ?? undefined } as const;
  // An archived page is read, not edited or commented on, until it is restored.
  const mayWrite = page.mayWrite && !archived.archived;
  const back =
    page.programmeId !== null
      ? { href: `/programmes/${page.programmeId}/pages`, text: t("view.backToProgramme") }
      : { href: "/pages", text: t("view.back") };
  const saved = number(search.opgeslagen);
  const restored = number(search.hersteld);
  const notice = search.aangemaakt
    ? t("view.created")
    : saved
      ? t("view.saved", { version: saved })
      : search.ongewijzigd
        ? t("view.unchanged")
        : restored
          ? t("view.restored", { from: restored, version: number(search.versie) ?? page.version })
          : search.reactie
            ? t("view.commented")
            : null;

  return (
    <>
      <PageHeader
        title={page.title}
        back={<BackLink href={back.href}>{back.text}</BackLink>}
        actions={
          <>
            {mayWrite ? (
              <Link href={`/pages/${page.id}/edit`} className={buttonClass("primary")}>
                {t("view.edit")}
              </Link>
            ) : null}
            <Link href={`/pages/${page.id}/history`} className={buttonClass("secondary")}>
              {t("view.history")}
            </Link>
            <PageFollow pageId={page.id} />
          </>
        }
      />
      <ArchiveBanner target={record} state={archived} search={search} />
      {notice ? (
        <div className="-mt-2 mb-6 max-w-3xl">
          <Notice tone="success" role="status">
            {notice}
          </Notice>
        </div>
      ) : null}
      <dl className="mb-6 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t("view.programme")}</dt>
        <dd>
          {page.programmeId !== null && page.programmeName ? (
            <Link href={`/programmes/${page.programmeId}/pages`}>{page.programmeName}</Link>
          ) : (
            t("wholeGemeente")
          )}
        </dd>
        <dt className="font-semibold">{t("view.lastChange")}</dt>
        <dd>
          {page.updatedByName}, <FormattedDate value={page.updatedAt} />
        </dd>
        <dt className="font-semibold">{t("view.version")}</dt>
        <dd>{page.version}</dd>
        <dt className="font-semibold">{t("view.createdBy")}</dt>
        <dd>
          {page.createdByName}, <FormattedDate value={page.createdAt} />
        </dd>
      </dl>

      <section aria-label={t("view.content")} className="max-w-3xl border-t border-line pt-6">
        {page.body.trim() ? (
          <PageMarkdown labels={markdownLabels(m)} markdown={page.body} />
        ) : (
          <p className="text-muted">{t("view.empty")}</p>
        )}
      </section>

      <section id="reacties" aria-labelledby="comments-title" className="mt-10 max-w-3xl border-t border-line pt-6">
        <h2 id="comments-title" className="text-2xl">
          {t("comments.title", { count: page.comments.length })}
        </h2>
        {page.comments.length === 0 ? (
          <p className="mt-2">{t("comments.empty")}</p>
        ) : (
          <ol aria-label={t("comments.listLabel")} className="mt-3 flex flex-col gap-3">
            {page.comments.map((comment) => (
              <li
                key={comment.id}
                id={`reactie-${comment.id}`}
                className="scroll-mt-4 rounded-ik border border-line p-4"
              >
                <p className="text-sm">
                  <span className="font-semibold">{comment.authorName}</span>
                  <span className="text-muted">
                    {" · "}
                    <FormattedDate value={comment.createdAt} />
                  </span>
                </p>
                <p className="mt-1 whitespace-pre-line break-words">{comment.body}</p>
              </li>
            ))}
          </ol>
        )}
        {mayWrite ? (
          <div className="mt-6">
            <h3 className="mb-3 text-xl">{t("comments.addTitle")}</h3>
            <CommentForm pageId={page.id} />
          </div>
        ) : null}
      </section>
      <ArchiveSection target={record} state={archived} />
    </>
  );
}
