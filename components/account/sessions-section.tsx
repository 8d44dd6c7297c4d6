// The part of the account page that shows where the person is signed in, and ends a session there or everywhere.
import { getTranslations } from "next-intl/server";
import { endSessionAction, signOutEverywhereAction } from "@/app/(app)/account/actions";
import { buttonClass } from "@/components/ui/button";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Notice } from "@/components/ui/notice";
import { listOwnSessions } from "@/db/queries/sessions";
import { idleTimeoutMs } from "@/lib/domain/sessions";

export async function SessionsSection({ ended }: { ended: boolean }) {
  const [{ sessions, total }, t] = await Promise.all([listOwnSessions(), getTranslations("account.sessions")]);
  return (
    <section id="sessies" aria-labelledby="sessions-title" className="mt-8 max-w-2xl border-t border-line pt-6">
      <h2 id="sessions-title" className="mb-3 text-2xl">
        {t("title")}
      </h2>
      <p className="mb-4">{t("intro", { minutes: idleTimeoutMs() / 60_000 })}</p>
      {ended ? (
        <div className="mb-4">
          <Notice tone="success" role="status">
            {t("ended")}
          </Notice>
        </div>
      ) : null}
      <ul className="mb-4 divide-y divide-line border-y border-line">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div>
              <p className="font-semibold">
                {session.device || t("unknownDevice")}
                {session.current ? <span className="ml-2 font-normal">({t("thisDevice")})</span> : null}
              </p>
              <p className="text-sm">
                {t("since")} <FormattedDate value={session.createdAt} />, {t("lastSeen")}{" "}
                <FormattedDate value={session.lastSeenAt} />
              </p>
            </div>
            {session.current ? null : (
              <form action={endSessionAction.bind(null, session.id)}>
                <button type="submit" className={buttonClass("secondary")}>
                  {t("end")}
                  <span className="sr-only"> {t("endWhich", { device: session.device || t("unknownDevice") })}</span>
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {total > sessions.length ? <p className="mb-4">{t("more", { count: total - sessions.length })}</p> : null}
      <form action={signOutEverywhereAction}>
        <button type="submit" className={buttonClass("secondary")}>
          {t("everywhere")}
        </button>
      </form>
    </section>
  );
}
