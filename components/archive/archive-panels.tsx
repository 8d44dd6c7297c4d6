// On a record's own page: the banner of an archived record (who archived it, when and why, and the way back), and
// the section where those allowed archive it, or delete it when it was made by mistake a moment ago.
import { getFormatter, getTranslations } from "next-intl/server";
import { archiveAction, deleteAction, restoreAction } from "@/app/(app)/archive/actions";
import { ActionButton } from "@/components/ui/action-button";
import { Notice } from "@/components/ui/notice";
import type { ArchiveState } from "@/db/queries/archived";
import type { ArchiveTarget } from "@/lib/validation/archive";
import { ArchiveForm } from "./archive-form";

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

export async function ArchiveSection({ target, state }: { target: ArchiveTarget; state: ArchiveState }) {
  if (!state.mayArchive && !state.mayDelete) return null;
  const t = await getTranslations("archive");
  return (
    <section aria-labelledby="archive-title" className="no-print mt-10 max-w-3xl border-t border-line pt-6">
      <h2 id="archive-title" className="text-xl">
        {state.mayDelete ? t("title") : t("titleArchive")}
      </h2>
      <div className="mt-3 flex flex-col gap-4">
        {state.mayArchive ? (
          <ArchiveForm
            action={archiveAction.bind(null, target)}
            labels={{
              summary: t(`headings.${target.kind}`),
              explain: t("explain"),
              reason: t("reasonLabel"),
              reasonHint: t("reasonHint"),
              submit: t("archive"),
              pending: t("archiving"),
            }}
          />
        ) : null}
        {state.mayDelete ? (
          <details>
            <summary className="cursor-pointer font-semibold text-link">{t("deleteSummary")}</summary>
            <p className="mt-2">{t("deleteExplain")}</p>
            <div className="mt-3">
              <ActionButton
                action={deleteAction.bind(null, target)}
                label={t("delete")}
                pendingLabel={t("deleting")}
                variant="danger"
              />
            </div>
          </details>
        ) : null}
      </div>
    </section>
  );
}
