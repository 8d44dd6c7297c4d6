// "Mijn werk" as the home page and the overview page show it: per kind of work the first few with how many there
// are and a link to all of them, the kinds without work named in one line, and when there is nothing at all, what
// will appear here.

import { getFormatter, getTranslations } from "next-intl/server";
import type { CompletedFrom } from "@/app/(app)/my-work/actions";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import type { MyWorkSection } from "@/db/queries/my-work";
import { MY_WORK_SLUGS } from "@/lib/domain/my-work";
import { WorkList } from "./work-items";

type Level = 1 | 2;

const HEADINGS = { 1: "h2", 2: "h3" } as const;

/** The link to the full, paged list of one kind of work. */
export const listHref = (kind: MyWorkSection["kind"]) => `/my-work?soort=${MY_WORK_SLUGS[kind]}`;

export async function DoneNotice({ shown }: { shown: boolean }) {
  if (!shown) return null;
  const t = await getTranslations("myWork");
  return (
    <div className="mb-4">
      <Notice tone="success" role="status">
        {t("done")}
      </Notice>
    </div>
  );
}

/**
 * The sections of "Mijn werk". `level` is the level of the heading above them: 1 on the overview page (sections
 * are h2), 2 on the home page, below its "Mijn werk" heading (sections are h3).
 */
export async function MyWorkSections({
  sections,
  level,
  from,
  explainIdle = false,
}: {
  sections: MyWorkSection[];
  level: Level;
  from: CompletedFrom;
  /** Say per kind without work what will appear there, instead of only naming the kinds. */
  explainIdle?: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("myWork"), getFormatter()]);
  const Heading = HEADINGS[level];
  const busy = sections.filter((section) => section.total > 0);
  const idle = sections.filter((section) => section.total === 0);

  const whatAppears = (kinds: MyWorkSection[]) => (
    <>
      <p className="mt-2">{t("emptyIntro")}</p>
      <ul className="mt-2 list-disc pl-6">
        {kinds.map((section) => (
          <li key={section.kind}>{t(`sections.${section.kind}.empty`)}</li>
        ))}
      </ul>
    </>
  );

  if (busy.length === 0) {
    return (
      <div className="rounded-ik bg-info-surface p-5">
        <Heading className={level === 1 ? "text-2xl" : "text-xl"}>{t("emptyTitle")}</Heading>
        {whatAppears(sections)}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      {busy.map((section) => {
        const id = `mijn-werk-${MY_WORK_SLUGS[section.kind]}`;
        return (
          <section key={section.kind} aria-labelledby={id}>
            <Heading id={id} className={level === 1 ? "text-2xl" : "text-xl"}>
              {t(`sections.${section.kind}.title`)}{" "}
              <span className="font-normal">({t(`sections.${section.kind}.count`, { count: section.total })})</span>
            </Heading>
            <div className="mt-2">
              <WorkList section={section} from={from} />
            </div>
            {section.total > section.items.length ? (
              <p className="mt-2">
                <Link href={listHref(section.kind)}>
                  {t(`sections.${section.kind}.seeAll`, { count: section.total })}
                </Link>
              </p>
            ) : null}
          </section>
        );
      })}
      {idle.length > 0 && explainIdle ? <div>{whatAppears(idle)}</div> : null}
      {idle.length > 0 && !explainIdle ? (
        <p className="text-sm">
          {t("nothingIn", {
            sections: format.list(
              idle.map((section) => t(`sections.${section.kind}.title`)),
              { type: "conjunction" },
            ),
          })}
        </p>
      ) : null}
    </div>
  );
}

/** The home page's "Mijn werk": the first thing a person sees. */
export async function HomeMyWork({ sections, done }: { sections: MyWorkSection[]; done: boolean }) {
  const t = await getTranslations("myWork");
  return (
    <section aria-labelledby="mijn-werk-title" className="mb-8 max-w-4xl">
      <h2 id="mijn-werk-title" className="text-2xl">
        {t("title")}
      </h2>
      <p className="mt-1 mb-4">{t("intro")}</p>
      <DoneNotice shown={done} />
      <MyWorkSections sections={sections} level={2} from="home" />
      {sections.some((section) => section.total > 0) ? (
        <p className="mt-4">
          <Link href="/my-work">{t("toAll")}</Link>
        </p>
      ) : null}
    </section>
  );
}
