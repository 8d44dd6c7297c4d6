import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/about/help-link";
import { ArchivedLink, DeletedNotice } from "@/components/archive/archived-list";
import { listHref, Pager } from "@/components/lists/active-filter";
import { PageFilters } from "@/components/pages/page-filters";
import { PageList } from "@/components/pages/page-list";
import { buttonClass } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { listPages } from "@/db/queries/pages";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pages");
  return { title: t("title") };
}

type Search = { programma?: string; verwijderd?: string; pagina?: string };

/** "geen" is the gemeente-wide pages; a number is one programme. Anything else shows all. */
function programmeFilter(value: string | undefined): number | "none" | undefined {
  if (value === "geen") return "none";
  return value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined;
}

export default async function PagesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const programme = programmeFilter(search.programma);
  const [list, t] = await Promise.all([
    orNotFound(listPages({ programme, page: Number(search.pagina) || 1 })),
    getTranslations("pages"),
  ]);
  const addLink = (label: string) => (
    <Link href="/pages/new" className={buttonClass("primary")}>
      {label}
    </Link>
  );

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={list.showsWholeGemeente ? t("intro") : t("introPartner")}
        actions={list.mayAdd && list.total > 0 ? addLink(t("add")) : null}
      />
      <HelpLink topic="lessen-en-paginas" below />
      <DeletedNotice shown={search.verwijderd} />
      {list.total === 0 ? (
        <section aria-labelledby="pages-empty" className="max-w-3xl rounded-ik bg-info-surface p-5">
          <h2 id="pages-empty" className="text-2xl">
            {t("emptyTitle")}
          </h2>
          <p className="mt-2">{t("emptyText")}</p>
          <p className="mt-4">{list.mayAdd ? addLink(t("emptyAdd")) : t("emptyAsk")}</p>
        </section>
      ) : (
        <>
          <PageFilters
            programme={search.programma && programme !== undefined ? search.programma : ""}
            programmes={list.programmes}
            showsWholeGemeente={list.showsWholeGemeente}
          />
          <p className="mb-4" role="status">
            {list.pageCount > 1
              ? t("range", { from: list.from, to: list.to, count: list.matching })
              : t("count", { shown: list.matching, total: list.total })}
          </p>
          {list.pages.length === 0 ? (
            <p>
              {t("noMatch")} <Link href="/pages">{t("filters.reset")}</Link>
            </p>
          ) : (
            <PageList pages={list.pages} showProgramme />
          )}
          <Pager
            page={list.page}
            pageCount={list.pageCount}
            href={(page) =>
              listHref("/pages", { programma: programme !== undefined ? search.programma : undefined, pagina: page })
            }
            labels={{
              nav: t("pagination"),
              previous: t("previous"),
              next: t("next"),
              pageOf: t("pageOf", { page: list.page, pages: list.pageCount }),
            }}
          />
        </>
      )}
      <ArchivedLink kind="page" />
    </>
  );
}
