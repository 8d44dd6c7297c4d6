// The banner of an archived record on its own page (who archived it, when and why, and the way back), or the notice
// that it was just restored.
import { getFormatter, getTranslations } from "next-intl/server";
import { restoreAction } from "@/app/(app)/archive/actions";
import { ActionButton } from "@/components/ui/action-button";
import { Notice } from "@/components/ui/notice";
import type { ArchiveState } from "@/db/queries/archived";
import type { ArchiveTarget } from "@/lib/validation/archive";

/** What the page was opened after: just archived, or just restored. */
export type ArchiveSearch = { gearchiveerd?: string; teruggezet?: string };

export async function ArchiveBanner({
  target,
  state,
  search = {},
}: {
  target: ArchiveTarget;
  state: ArchiveState;
  search?: ArchiveSearch;
}) {
  const [t, format] = await Promise.all([getTranslations("archive"), getFormatter()]);
  if (!state.archived) {
    return search.teruggezet ? (
      <div className="my-4 max-w-3xl">
        <Notice tone="success" role="status">
          {t("restored")}
        </Notice>
      </div>
    ) : null;
  }
  const { at, byName, reason } = state.archived;
  const date = format.dateTime(at, "dateTime");
  return (
    <div className="my-4 max-w-3xl">
      <Notice
        tone="warning"
        role={search.gearchiveerd ? "status" : undefined}
        title={byName ? t("bannerTitle", { name: byName, date }) : t("bannerTitleUnknown", { date })}
      >
        <p className="whitespace-pre-line">{t("reason", { reason })}</p>
        <p className="mt-1 text-sm">{t("bannerHint")}</p>
        {state.mayRestore ? (
          <div className="mt-3">
            <ActionButton
              action={restoreAction.bind(null, target, "record")}
              label={t("restore")}
              pendingLabel={t("restoring")}
            />
          </div>
        ) : null}
      </Notice>
    </div>
  );
}
