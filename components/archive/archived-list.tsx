// The "Gearchiveerd (3)" link below a list, and the paged list behind it: what was archived, by whom, when and why,
// with a button to restore it for those allowed.

import { getLocale, getTranslations } from "next-intl/server";
import { restoreAction } from "@/app/(app)/archive/actions";
import { ActionButton } from "@/components/ui/action-button";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { type ArchivedRow, archivedCount, listArchived } from "@/db/queries/archived";
import type { ArchivableKind } from "@/lib/domain/archive";
import { stepByKey } from "@/lib/domain/roadmap";
import { localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";
import { archivedPath, listPath, recordPath, withParam } from "./paths";

export async function ArchivedLink({ kind, programmeId }: { kind: ArchivableKind; programmeId?: number }) {
  const [count, t] = await Promise.all([archivedCount({ kind, programmeId }), getTranslations("archive")]);
  if (count === 0) return null;
  return (
    <p className="no-print mt-6">
      <Link href={archivedPath(kind, programmeId)}>{t("link", { count })}</Link>
    </p>
  );
}

/** How a list names an archived record: a roadmap step by its title in the user's language. */
async function labelOf(kind: ArchivableKind, row: ArchivedRow) {
  if (kind !== "roadmapStep") return row.label;
  const content = stepByKey(row.label);
  return content ? localise(content.title, shortLocale(await getLocale())) : row.label;
}

export async function ArchivedList({
  kind,
  programmeId,
  page,
  restoredId,
  heading = "h1",
}: {
  kind: ArchivableKind;
  programmeId?: number;
  page: number;
  restoredId?: number;
  /** h2 inside a programme, whose name is the page's h1. */
  heading?: "h1" | "h2";
}) {
  const [list, t] = await Promise.all([listArchived({ kind, programmeId, page }), getTranslations("archive")]);
  const title = t(`lists.${kind}`);
  const labels = new Map(await Promise.all(list.rows.map(async (row) => [row.id, await labelOf(kind, row)] as const)));
  const Heading = heading;
  const here = archivedPath(kind, programmeId);
  const listProgramme = kind === "page" ? programmeId : undefined;
  return (
    <>
      <div className="mb-6 flex max-w-3xl flex-col gap-3">
        <BackLink href={listPath(kind, programmeId)}>{t("back")}</BackLink>
        <Heading className={heading === "h1" ? "text-3xl" : "text-2xl"}>{title}</Heading>
        <p>{t("listIntro")}</p>
      </div>
      {restoredId ? (
        <div className="mb-6 max-w-3xl">
          <Notice tone="success" role="status">
            {t("restored")} <Link href={recordPath({ kind, id: restoredId, programmeId })}>{t("restoredOpen")}</Link>
          </Notice>
        </div>
      ) : null}
      {list.total === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <Table caption={t("caption", { title })}>
          <thead>
            <tr>
              <Th>{t("columns.what")}</Th>
              <Th>{t("columns.archivedBy")}</Th>
              <Th>{t("columns.archivedOn")}</Th>
              <Th>{t("columns.reason")}</Th>
              <Th>
                <span className="sr-only">{t("columns.action")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => {
              const label = labels.get(row.id) ?? row.label;
              return (
                <tr key={row.id}>
                  <Td>
                    <Link href={recordPath({ kind, id: row.id, programmeId: row.programmeId })}>{label}</Link>
                  </Td>
                  <Td>{row.archivedByName ?? t("unknownPerson")}</Td>
                  <Td className="whitespace-nowrap">
                    <FormattedDate value={row.archivedAt} />
                  </Td>
                  <Td className="text-sm whitespace-pre-line">{row.archiveReason}</Td>
                  <Td>
                    {row.mayRestore ? (
                      <ActionButton
                        action={restoreAction.bind(
                          null,
                          {
                            kind,
                            id: row.id,
                            programmeId: kind === "page" ? listProgramme : (row.programmeId ?? undefined),
                          },
                          "list",
                        )}
                        label={
                          <>
                            <span aria-hidden="true">{t("restore")}</span>
                            <span className="sr-only">{t("restoreItem", { label })}</span>
                          </>
                        }
                        pendingLabel={t("restoring")}
                      />
                    ) : null}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      {list.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="mt-3 flex flex-wrap items-center gap-4">
          {list.page > 1 ? <Link href={withParam(here, "pagina", list.page - 1)}>{t("previous")}</Link> : null}
          <span>{t("pageOf", { page: list.page, pages: list.pageCount })}</span>
          {list.page < list.pageCount ? <Link href={withParam(here, "pagina", list.page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

/** The page number of a "Gearchiveerd" list from its search parameter; 1 for anything else. */
export function pageParam(value: string | undefined): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page > 0 ? page : 1;
}

/** After deleting something made by mistake, the list it was in says so. */
export async function DeletedNotice({ shown }: { shown: string | undefined }) {
  if (!shown) return null;
  const t = await getTranslations("archive");
  return (
    <div className="mb-6 max-w-3xl">
      <Notice tone="success" role="status">
        {t("deleted")}
      </Notice>
    </div>
  );
}
