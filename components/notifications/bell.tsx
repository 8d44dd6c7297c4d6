import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { unreadNotificationCount } from "@/db/queries/notifications";

/** The way to the notifications in the header, with the number of unread ones as a number, not as a colour. */
export async function NotificationBell() {
  const [count, t] = await Promise.all([unreadNotificationCount(), getTranslations("notifications")]);
  return (
    <Link
      href="/notifications"
      aria-label={t("bell", { count })}
      className="flex min-h-11 items-center gap-1 rounded-ik px-2 font-semibold text-on-header no-underline"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="24"
        height="24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span aria-hidden="true" className="hidden sm:inline">
        {t("title")}
      </span>
      {count > 0 ? (
        <span aria-hidden="true" className="min-w-6 rounded-full border-2 border-current px-1.5 text-center text-sm">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
