import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DoneNotice, listHref, MyWorkSections } from "@/components/home/my-work";
import { WorkList } from "@/components/home/work-items";
import { BackLink } from "@/components/ui/back-link";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { myWork, myWorkList } from "@/db/queries/my-work";
import { orNotFound } from "@/lib/auth/guard";
import { kindOfSlug, type MyWorkKind } from "@/lib/domain/my-work";

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  const [t, kind] = await Promise.all([getTranslations("myWork"), searchParams.then((s) => kindOfSlug(s.soort))]);
  return { title: kind ? t("listTitle", { section: t(`sections.${kind}.title`) }) : t("title") };
}

type Search = { soort?: string; pagina?: string; klaar?: string };

export default async function MyWorkPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const kind = kindOfSlug(search.soort);
  if (search.soort !== undefined && !kind) notFound();
  if (kind) return <KindList kind={kind} page={Number(search.pagina ?? 1)} done={search.klaar !== undefined} />;

  const [sections, t] = await Promise.all([myWork(), getTranslations("myWork")]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("pageIntro")} />
      <div className="max-w-4xl">
        <DoneNotice shown={search.klaar !== undefined} />
        <MyWorkSections sections={sections} level={1} from="overview" explainIdle />
      </div>
    </>
  );
}

/** All of one kind of work, a page at a time. */
async function KindList({ kind, page, done }: { kind: MyWorkKind; page: number; done: boolean }) {
  const [list, t] = await Promise.all([orNotFound(myWorkList({ kind, page })), getTranslations("myWork")]);
  const { section } = list;
  const here = listHref(kind);
  return (
    <>
      <PageHeader
        back={<BackLink href="/my-work">{t("back")}</BackLink>}
        title={t("listTitle", { section: t(`sections.${kind}.title`) })}
        intro={t(`sections.${kind}.intro`)}
      />
      <div className="max-w-4xl">
        <DoneNotice shown={done} />
        {section.total === 0 ? (
          <p>{t(`sections.${kind}.empty`)}</p>
        ) : (
          <>
            <p className="mb-2">{t(`sections.${kind}.count`, { count: section.total })}</p>
            <WorkList section={section} from="list" />
          </>
        )}
        {list.pageCount > 1 ? (
          <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-4">
            {list.page > 1 ? <Link href={`${here}&pagina=${list.page - 1}`}>{t("previous")}</Link> : null}
            <span>{t("pageOf", { page: list.page, pages: list.pageCount })}</span>
            {list.page < list.pageCount ? <Link href={`${here}&pagina=${list.page + 1}`}>{t("next")}</Link> : null}
          </nav>
        ) : null}
      </div>
    </>
  );
}
