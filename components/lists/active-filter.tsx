// The line above a filtered list that says what it is filtered on and how many items that leaves, with the way back
// to the whole list: "Filter: uit koers — 2 indicatoren · Filter wissen".

import { getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import Link from "@/components/ui/link";

export async function ActiveFilter({
  parts,
  count,
  clearHref,
}: {
  /** What the list is filtered on, each part in words: "kritiek hoog", "weerlegd". */
  parts: ReactNode[];
  /** "2 indicatoren" */
  count: string;
  clearHref: string;
}) {
  const t = await getTranslations("listFilter");
  return (
    <div className="mb-6 max-w-3xl rounded-ik border-l-4 border-primary bg-info-surface p-4">
      <p>
        <span className="font-semibold">{t("label")}</span>{" "}
        {parts.map((part, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed for one render and never reordered.
          <Fragment key={index}>
            {index > 0 ? ", " : null}
            {part}
          </Fragment>
        ))}{" "}
        <span aria-hidden="true">—</span> <span className="font-semibold">{count}</span>{" "}
        <span aria-hidden="true">·</span> <Link href={clearHref}>{t("clear")}</Link>
      </p>
    </div>
  );
}

/** Links to the previous and next page of a paged list, keeping its filter; nothing for a list of one page. */
export function Pager({
  page,
  pageCount,
  href,
  labels,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  labels: { nav: string; previous: string; next: string; pageOf: string };
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="mt-3 flex flex-wrap items-center gap-4">
      {page > 1 ? <Link href={href(page - 1)}>{labels.previous}</Link> : null}
      <span>{labels.pageOf}</span>
      {page < pageCount ? <Link href={href(page + 1)}>{labels.next}</Link> : null}
    </nav>
  );
}

/** The address of a list with these search parameters; empty ones are left out. */
export function listHref(base: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}
