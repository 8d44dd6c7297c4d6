import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { listHref, Pager } from "@/components/lists/active-filter";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { programmeTimeline } from "@/db/queries/programme-timeline";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { buildTimeline, type TimelineEntry } from "@/lib/domain/timeline";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.timeline");
  return { title: t("title") };
}

export default async function TimelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<{ pagina?: string | string[] }>;
}) {
  const programmeId = idParam((await params).programmeId);
  const { pagina } = await searchParams;
  const wanted = typeof pagina === "string" && /^[1-9]\d{0,5}$/.test(pagina) ? Number(pagina) : undefined;
  const [{ events, window, total }, t, phases, format] = await Promise.all([
    orNotFound(programmeTimeline({ programmeId, page: wanted })),
    getTranslations("programmes.timeline"),
    getTranslations("programmes.phases"),
    getFormatter(),
  ]);
  const months = buildTimeline(events);
  const monthName = (month: string) =>
    format.dateTime(new Date(`${month}-15T12:00:00Z`), { month: "long", year: "numeric" });

  const label = (entry: TimelineEntry) => {
    if (entry.kind.startsWith("phase.")) {
      const phase = entry.kind.slice("phase.".length) as "definieren";
      return t("kinds.phase", { round: entry.title, phase: phases(phase) });
    }
    if (["toc", "hypothesis", "assumption"].includes(entry.kind)) {
      return t(`kinds.${entry.kind}` as "kinds.toc", { count: entry.titles.length });
    }
    return t(`kinds.${entry.kind}` as "kinds.study");
  };
  const showTitles = (entry: TimelineEntry) => !entry.kind.startsWith("phase.");

  return (
    <>
      <h2 className="text-2xl">{t("title")}</h2>
      <p className="mt-1 mb-6 max-w-3xl">{t("intro")}</p>
      {months.length === 0 ? <p>{t("empty")}</p> : null}
      {window && window.pageCount > 1 ? (
        <p className="mb-6 max-w-3xl" role="status">
          {t("window", {
            from: monthName(window.firstMonth),
            to: monthName(window.lastMonth),
            shown: events.length,
            total,
          })}
        </p>
      ) : null}
      <div className="flex max-w-3xl flex-col gap-8">
        {months.map(({ month, entries }) => (
          <section key={month} aria-labelledby={`month-${month}`}>
            <h3 id={`month-${month}`} className="border-b-2 border-ink pb-1 text-xl">
              {monthName(month)}
            </h3>
            <ol className="mt-3 flex flex-col gap-4 border-l-4 border-line pl-4">
              {entries.map((entry) => (
                <li key={`${entry.kind}-${entry.at.getTime()}-${entry.titles.join("|")}`}>
                  <p className="text-sm text-muted">
                    <FormattedDate value={entry.at} format="date" />
                    {entry.actor ? ` · ${entry.actor}` : ""}
                  </p>
                  <p className="font-semibold">{label(entry)}</p>
                  {showTitles(entry) ? (
                    entry.titles.length > 1 ? (
                      <ul className="list-disc pl-5">
                        {entry.titles.map((title) => (
                          <li key={title}>{title}</li>
                        ))}
                      </ul>
                    ) : entry.href ? (
                      <p>
                        <Link href={entry.href}>{entry.titles[0]}</Link>
                      </p>
                    ) : (
                      <p>{entry.titles[0]}</p>
                    )
                  ) : null}
                  {entry.detail ? <p className="mt-1 whitespace-pre-line text-sm">{entry.detail}</p> : null}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      {window ? (
        <Pager
          page={window.page}
          pageCount={window.pageCount}
          href={(page) => listHref(`/programmes/${programmeId}/timeline`, { pagina: page })}
          labels={{
            nav: t("pagination"),
            previous: t("previous"),
            next: t("next"),
            pageOf: t("pageOf", { page: window.page, pages: window.pageCount }),
          }}
        />
      ) : null}
    </>
  );
}
