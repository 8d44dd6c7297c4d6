import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { ActionButton } from "@/components/ui/action-button";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { failedEmails, listNotifications } from "@/db/queries/notifications";
import { requireViewer } from "@/lib/auth/viewer";
import { markAllNotificationsReadAction } from "./actions";

type Search = { pagina?: string; gelezen?: string; alles?: string; onbekend?: string };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

const whole = (value: string | undefined) => (value && /^\d{1,9}$/.test(value) ? Number(value) : undefined);

/** The viewer's notifications in this gemeente, newest first, a page at a time. */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const [viewer, list, failed, t, v] = await Promise.all([
    requireViewer(),
    listNotifications({ page: whole(search.pagina) ?? 1 }),
    failedEmails(),
    getTranslations("notifications"),
    getTranslations("validation"),
  ]);
  const allMarked = whole(search.alles);
  const notice = search.onbekend
    ? { tone: "warning" as const, text: v("notificationGone") }
    : allMarked !== undefined
      ? { tone: "success" as const, text: t("allMarked", { count: allMarked }) }
      : search.gelezen
        ? { tone: "success" as const, text: t("marked") }
        : null;
  const here = (page: number) => `/notifications?pagina=${page}`;
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro", { organisation: viewer.organisationName })}
        actions={
          list.unread > 0 ? (
            <ActionButton
              action={markAllNotificationsReadAction}
              label={t("markAllRead")}
              pendingLabel={t("marking")}
            />
          ) : null
        }
      />
      {notice ? (
        <div className="mb-6 max-w-3xl">
          <Notice tone={notice.tone} role="status">
            {notice.text}
          </Notice>
        </div>
      ) : null}
      {failed ? (
        <div className="mb-6 max-w-3xl">
          <Notice tone="warning">{t("failedEmails", { count: failed })}</Notice>
        </div>
      ) : null}
      <div className="mb-6 flex max-w-3xl flex-col gap-1">
        <p className="font-semibold">{t("unreadSummary", { count: list.unread })}</p>
        <p className="text-sm">
          {t.rich("settingsHint", { link: (text) => <Link href="/account#meldingen">{text}</Link> })}
        </p>
      </div>
      {list.total === 0 ? (
        <p className="max-w-3xl">{t("empty")}</p>
      ) : (
        <NotificationList rows={list.rows} page={list.page} />
      )}
      {list.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-4">
          {list.page > 1 ? <Link href={here(list.page - 1)}>{t("previous")}</Link> : null}
          <span>{t("pageOf", { page: list.page, pages: list.pageCount })}</span>
          {list.page < list.pageCount ? <Link href={here(list.page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
