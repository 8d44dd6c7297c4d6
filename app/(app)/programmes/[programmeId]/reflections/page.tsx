import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/about/help-link";
import { listHref, Pager } from "@/components/lists/active-filter";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { SectionHeader } from "@/components/ui/section-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listReflectionSessions } from "@/db/queries/reflections";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reflections");
  return { title: t("title") };
}

export default async function ReflectionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<{ pagina?: string }>;
}) {
  const programmeId = idParam((await params).programmeId);
  const search = await searchParams;
  const [list, t, pager] = await Promise.all([
    orNotFound(listReflectionSessions({ programmeId, page: Number(search.pagina) || 1 })),
    getTranslations("reflections"),
    getTranslations("pager"),
  ]);
  const base = `/programmes/${programmeId}/reflections`;

  return (
    <>
      <SectionHeader
        title={t("title")}
        intro={t("intro")}
        add={list.mayHold ? { href: `${base}/new`, label: t("add") } : null}
      >
        <HelpLink topic="reflectie" />
      </SectionHeader>

      {list.total === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">{list.mayHold ? t("emptyHold") : t("empty")}</p>
      ) : (
        <>
          <p className="mb-4" role="status">
            {t("sessionCount", { count: list.total })}
          </p>
          <Table caption={t("tableCaption")}>
            <thead>
              <tr>
                <Th>{t("session")}</Th>
                <Th>{t("heldOn")}</Th>
                <Th>{t("participants")}</Th>
                <Th>{t("actionItems")}</Th>
              </tr>
            </thead>
            <tbody>
              {list.sessions.map((session) => (
                <tr key={session.id}>
                  <Td>
                    <Link href={`${base}/${session.id}`} className="font-semibold">
                      {session.title}
                    </Link>
                  </Td>
                  <Td>
                    <FormattedDay value={session.heldOn} />
                  </Td>
                  <Td>{session.participants}</Td>
                  <Td>{t("actionCount", { open: session.actions.open, total: session.actions.total })}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pager
            page={list.page}
            pageCount={list.pageCount}
            href={(page) => listHref(base, { pagina: page })}
            labels={{
              nav: pager("pagination"),
              previous: pager("previous"),
              next: pager("next"),
              pageOf: pager("pageOf", { page: list.page, pages: list.pageCount }),
            }}
          />
        </>
      )}
      <ul className="mt-6 space-y-2">
        <li>
          <Link href={`${base}/action-items`}>{t("actionList.link")}</Link>
        </li>
        <li>
          <Link href={`/lessons?programma=${programmeId}`}>{t("programmeLessons")}</Link>
        </li>
      </ul>
    </>
  );
}
