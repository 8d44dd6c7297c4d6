import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/about/help-link";
import { ArchivedLink, DeletedNotice } from "@/components/archive/archived-list";
import { LessonTags } from "@/components/lessons/lesson-tags";
import { LibraryFilters } from "@/components/lessons/library-filters";
import { listHref, Pager } from "@/components/lists/active-filter";
import { buttonClass } from "@/components/ui/button";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { searchLessons } from "@/db/queries/lessons";
import { orNotFound } from "@/lib/auth/guard";
import { markdownExcerpt } from "@/lib/domain/page-markdown";
import { getRoute, isRouteKey, localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lessons");
  return { title: t("title") };
}

type Search = { q?: string; programma?: string; tag?: string; route?: string; verwijderd?: string; pagina?: string };

const one = (value: unknown) => (typeof value === "string" ? value : "");

/** "geen" is the lessons for the whole gemeente; a number is one programme. Anything else shows all. */
function programmeFilter(value: string): number | "none" | undefined {
  if (value === "geen") return "none";
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined;
}

export default async function LessonsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const values = {
    q: one(search.q).slice(0, 200),
    programma: one(search.programma),
    tag: one(search.tag),
    route: one(search.route),
  };
  const programme = programmeFilter(values.programma);
  const route = isRouteKey(values.route) ? values.route : undefined;
  const [library, t, source, locale, pager] = await Promise.all([
    orNotFound(
      searchLessons({
        query: values.q,
        programme,
        tag: values.tag.toLowerCase() || undefined,
        route,
        page: Number(one(search.pagina)) || 1,
      }),
    ),
    getTranslations("lessons"),
    getTranslations("partnerSource"),
    getLocale().then(shortLocale),
    getTranslations("pager"),
  ]);
  const filtered = Boolean(values.q || programme !== undefined || values.tag || route);
  const programmeOptions = [
    ...(library.mayReadGemeenteWide ? [{ value: "geen", label: t("filters.wholeGemeente") }] : []),
    ...library.programmes.map((p) => ({ value: String(p.id), label: p.name })),
  ];

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          library.mayCreate ? (
            <Link href="/lessons/new" className={buttonClass("primary")}>
              {t("add")}
            </Link>
          ) : null
        }
      />
      <HelpLink topic="lessen-en-paginas" below />
      <DeletedNotice shown={one(search.verwijderd) || undefined} />
      {library.total === 0 ? (
        <section aria-labelledby="lessen-leeg" className="rounded-ik bg-info-surface p-5">
          <h2 id="lessen-leeg" className="text-2xl">
            {t("emptyTitle")}
          </h2>
          <p className="mt-2 max-w-3xl">{library.mayCreate ? t("emptyText") : t("emptyRead")}</p>
        </section>
      ) : (
        <>
          <LibraryFilters
            values={{
              q: values.q,
              programma: programme !== undefined ? values.programma : "",
              tag: values.tag,
              route: route ?? "",
            }}
            programmes={programmeOptions}
            tags={library.tags}
            routes={library.routes
              .filter(isRouteKey)
              .map((key) => ({ value: key, label: localise(getRoute(key).name, locale) }))}
          />
          <p className="mb-4" role="status">
            {t("count", { shown: library.matching, total: library.total })}
          </p>
          {library.lessons.length === 0 && filtered ? (
            <p>
              {t("noMatch")} <Link href="/lessons">{t("filters.reset")}</Link>
            </p>
          ) : (
            <ol className="flex max-w-4xl flex-col gap-4">
              {library.lessons.map((lesson) => (
                <li key={lesson.id}>
                  <article aria-labelledby={`les-${lesson.id}`} className="rounded-ik border border-line p-4">
                    <h2 id={`les-${lesson.id}`} className="text-xl">
                      <Link href={`/lessons/${lesson.id}`}>{lesson.title}</Link>
                    </h2>
                    <p className="mt-1 text-sm text-muted">
                      {lesson.programmeName ?? t("wholeGemeente")} ·{" "}
                      <FormattedDate value={lesson.createdAt} format="date" />
                      {lesson.partnerName ? <> · {source("broughtInBy", { partner: lesson.partnerName })}</> : null}
                    </p>
                    <p className="mt-2">{markdownExcerpt(lesson.body)}</p>
                    <div className="mt-3">
                      <LessonTags tags={lesson.tags} />
                    </div>
                  </article>
                </li>
              ))}
            </ol>
          )}
          <Pager
            page={library.page}
            pageCount={library.pageCount}
            href={(page) =>
              listHref("/lessons", {
                q: values.q,
                programma: programme !== undefined ? values.programma : undefined,
                tag: values.tag,
                route,
                pagina: page,
              })
            }
            labels={{
              nav: pager("pagination"),
              previous: pager("previous"),
              next: pager("next"),
              pageOf: pager("pageOf", { page: library.page, pages: library.pageCount }),
            }}
          />
        </>
      )}
      <ArchivedLink kind="lesson" />
    </>
  );
}
