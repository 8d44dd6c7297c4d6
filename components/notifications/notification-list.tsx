// One page of a person's notifications: each says what happened in the reader's language, whether it is read (in
// words, not only by its look), and leads to where the work is done.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { markNotificationReadAction } from "@/app/(app)/notifications/actions";
import { ActionButton } from "@/components/ui/action-button";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { NotificationKind } from "@/lib/domain/constants";
import { type NotificationParams, notificationSentence } from "@/lib/domain/notifications";
import { shortLocale } from "@/lib/i18n/settings";

type Row = {
  id: number;
  kind: NotificationKind;
  params: NotificationParams;
  readAt: Date | null;
  createdAt: Date;
};

export async function NotificationList({ rows, page }: { rows: Row[]; page: number }) {
  const [t, format, locale] = await Promise.all([
    getTranslations("notifications"),
    getFormatter(),
    getLocale().then(shortLocale),
  ]);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), "date");
  return (
    <ol aria-label={t("listLabel")} className="flex max-w-3xl flex-col gap-3">
      {rows.map((row) => {
        const unread = row.readAt === null;
        const text = notificationSentence(t, row.kind, row.params, day, locale);
        return (
          <li
            key={row.id}
            id={`melding-${row.id}`}
            className={`flex flex-col gap-2 rounded-ik border p-4 ${unread ? "border-l-4 border-ink bg-surface" : "border-line"}`}
          >
            <p className="text-sm">
              <span className={unread ? "font-bold" : "text-muted"}>{unread ? t("unread") : t("read")}</span>
              <span className="text-muted">
                {" · "}
                <FormattedDate value={row.createdAt} />
              </span>
            </p>
            <p className={unread ? "font-semibold" : ""}>
              {/* A plain link: the router must not fetch it ahead, as opening it marks it read. */}
              <a href={`/notifications/${row.id}/open`}>{text}</a>
            </p>
            {unread ? (
              <div>
                <ActionButton
                  action={markNotificationReadAction.bind(null, row.id, page)}
                  label={
                    <>
                      <span aria-hidden="true">{t("markRead")}</span>
                      <span className="sr-only">{t("markReadItem", { text })}</span>
                    </>
                  }
                  pendingLabel={t("marking")}
                />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
