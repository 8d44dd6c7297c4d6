import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ArchivedLink, DeletedNotice } from "@/components/archive/archived-list";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listProgrammes } from "@/db/queries/programmes";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/permissions";
import { getRoute, isRouteKey, localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes");
  return { title: t("title") };
}

export default async function ProgrammesPage({ searchParams }: { searchParams: Promise<{ verwijderd?: string }> }) {
  const [viewer, rows, t, locale, search] = await Promise.all([
    requireViewer(),
    listProgrammes(),
    getTranslations("programmes"),
    getLocale().then(shortLocale),
    searchParams,
  ]);
  const mayCreate = can(viewer.role, "programme.create");
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={can(viewer.role, "programme.read") ? t("intro") : t("introPartner")}
        actions={
          mayCreate ? (
            <Link href="/programmes/new" className={buttonClass("primary")}>
              {t("add")}
            </Link>
          ) : null
        }
      />
      <DeletedNotice shown={search.verwijderd} />
      {rows.length === 0 ? (
        <p>{mayCreate ? t("emptyCreate") : t("empty")}</p>
      ) : (
        <Table caption={t("tableCaption")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("kind")}</Th>
              <Th>{t("phase")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("owner")}</Th>
              <Th>{t("period")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((programme) => (
              <tr key={programme.id}>
                <Td>
                  <Link href={`/programmes/${programme.id}`}>{programme.name}</Link>
                  {programme.route && isRouteKey(programme.route) ? (
                    <span className="block text-sm text-muted">{localise(getRoute(programme.route).name, locale)}</span>
                  ) : null}
                </Td>
                <Td>{t(`kinds.${programme.kind}`)}</Td>
                <Td>{t("roundPhase", { round: programme.round, phase: t(`phases.${programme.phase}`) })}</Td>
                <Td>{t(`statuses.${programme.status}`)}</Td>
                <Td>{programme.ownerName}</Td>
                <Td className="whitespace-nowrap">
                  {programme.startDate ? <FormattedDay value={programme.startDate} /> : "—"}
                  {" – "}
                  {programme.endDate ? <FormattedDay value={programme.endDate} /> : "—"}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <ArchivedLink kind="programme" />
    </>
  );
}
