import { getTranslations } from "next-intl/server";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { PageListItem } from "@/db/queries/pages";

/** Pages with their programme and who changed them last, and when. */
export async function PageList({ pages, showProgramme }: { pages: PageListItem[]; showProgramme: boolean }) {
  const t = await getTranslations("pages");
  return (
    <Table caption={t("table.caption")}>
      <thead>
        <tr>
          <Th>{t("table.pageTitle")}</Th>
          {showProgramme ? <Th>{t("table.programme")}</Th> : null}
          <Th>{t("table.lastChange")}</Th>
        </tr>
      </thead>
      <tbody>
        {pages.map((page) => (
          <tr key={page.id}>
            <Td>
              <Link href={`/pages/${page.id}`} className="font-semibold">
                {page.title}
              </Link>
            </Td>
            {showProgramme ? (
              <Td>
                {page.programmeId !== null && page.programmeName ? (
                  <Link href={`/programmes/${page.programmeId}/pages`}>{page.programmeName}</Link>
                ) : (
                  t("wholeGemeente")
                )}
              </Td>
            ) : null}
            <Td>
              {page.updatedByName}
              <span className="block text-sm text-muted">
                <FormattedDate value={page.updatedAt} />
              </span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
