import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArchivedLink, DeletedNotice } from "@/components/archive/archived-list";
import { listHref, Pager } from "@/components/lists/active-filter";
import { PageList } from "@/components/pages/page-list";
import Link from "@/components/ui/link";
import { SectionHeader } from "@/components/ui/section-header";
import { listProgrammePages } from "@/db/queries/pages";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pages");
  return { title: t("title") };
}

/** The pages of one programme; adding one here puts it under this programme. */
export default async function ProgrammePagesPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<{ verwijderd?: string; pagina?: string }>;
}) {
  const programmeId = idParam((await params).programmeId);
  const search = await searchParams;
  const [viewer, list, t] = await Promise.all([
    requireViewer(),
    orNotFound(listProgrammePages({ programmeId, page: Number(search.pagina) || 1 })),
    getTranslations("pages"),
  ]);

  return (
    <>
      <SectionHeader
        title={t("title")}
        intro={t("programmeIntro")}
        add={list.mayAdd ? { href: `/pages/new?programma=${programmeId}`, label: t("add") } : null}
      >
        {can(viewer.role, "pages.read") ? (
          <p className="mt-1">
            <Link href="/pages">{t("allPagesLink")}</Link>
          </p>
        ) : null}
      </SectionHeader>
      <DeletedNotice shown={search.verwijderd} />
      {list.pages.length === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">{t("programmeEmpty")}</p>
      ) : (
        <>
          <PageList pages={list.pages} showProgramme={false} />
          <Pager
            page={list.page}
            pageCount={list.pageCount}
            href={(page) => listHref(`/programmes/${programmeId}/pages`, { pagina: page })}
            labels={{
              nav: t("pagination"),
              previous: t("previous"),
              next: t("next"),
              pageOf: t("pageOf", { page: list.page, pages: list.pageCount }),
            }}
          />
        </>
      )}
      <ArchivedLink kind="page" programmeId={programmeId} />
    </>
  );
}
