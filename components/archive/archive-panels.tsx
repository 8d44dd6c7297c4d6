// On a record's own page: the section where those allowed archive it, or delete it when it was made by mistake a
// moment ago. The banner of an archived record is in archive-banner.tsx: a programme's layout shows it on every page
// of the programme, without loading the archive form in the browser.
import { getTranslations } from "next-intl/server";
import { archiveAction, deleteAction } from "@/app/(app)/archive/actions";
import { ActionButton } from "@/components/ui/action-button";
import type { ArchiveState } from "@/db/queries/archived";
import type { ArchiveTarget } from "@/lib/validation/archive";
import { ArchiveForm } from "./archive-form";

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
