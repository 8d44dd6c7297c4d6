import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DiffView } from "@/components/pages/diff-view";
import { ActionButton } from "@/components/ui/action-button";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getPageHistory } from "@/db/queries/pages";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { restorePageRevisionAction } from "../../actions";

type Params = { params: Promise<{ pageId: string }> };
type Search = { van?: string; naar?: string };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pages.history");
  return { title: t("metaTitle") };
}

const version = (value: string | undefined) => (value && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined);

/** Every version of a page: compare two of them line by line, or put an old one back as a new version. */
export default async function PageHistoryPage({ params, searchParams }: Params & { searchParams: Promise<Search> }) {
  const pageId = idParam((await params).pageId);
  const search = await searchParams;
  const [history, t] = await Promise.all([
    orNotFound(getPageHistory({ pageId, from: version(search.van), to: version(search.naar) })),
    getTranslations("pages.history"),
  ]);
  const { page, revisions, compare } = history;
  const base = `/pages/${page.id}/history`;
  const restore = restorePageRevisionAction.bind(null, page.id);
  const options = revisions.map((r) => ({
    value: String(r.version),
    label: t("versionOption", { version: r.version, title: r.title }),
  }));

  return (
    <>
      <PageHeader
        title={t("title", { title: page.title })}
        intro={t("intro")}
        back={<BackLink href={`/pages/${page.id}`}>{t("backToPage")}</BackLink>}
      />

      <section aria-labelledby="compare-title" className="max-w-4xl">
        <h2 id="compare-title" className="text-2xl">
          {t("compareTitle")}
        </h2>
        {revisions.length < 2 ? (
          <p className="mt-2">{t("onlyOne")}</p>
        ) : (
          <>
            <form
              method="get"
              action={base}
              aria-label={t("compareTitle")}
              className="mt-3 mb-6 flex flex-wrap items-end gap-4 rounded-ik bg-surface p-4"
            >
              <SelectField
                name="van"
                label={t("from")}
                options={options}
                defaultValue={compare ? String(compare.from.version) : undefined}
              />
              <SelectField
                name="naar"
                label={t("to")}
                options={options}
                defaultValue={compare ? String(compare.to.version) : undefined}
              />
              <button type="submit" className={buttonClass("secondary")}>
                {t("compare")}
              </button>
            </form>
            {compare ? (
              <section aria-labelledby="difference-title">
                <h3 id="difference-title" className="mb-2 text-xl">
                  {t("differenceTitle", { from: compare.from.version, to: compare.to.version })}
                </h3>
                {compare.from.title !== compare.to.title ? (
                  <p className="mb-2 font-semibold">
                    {t("titleChanged", { from: compare.from.title, to: compare.to.title })}
                  </p>
                ) : null}
                <DiffView before={compare.from.body} after={compare.to.body} />
              </section>
            ) : (
              <p>{t("sameVersion")}</p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="versions-title" className="mt-10">
        <h2 id="versions-title" className="mb-3 text-2xl">
          {t("listTitle")}
        </h2>
        <Table caption={t("tableCaption")}>
          <thead>
            <tr>
              <Th>{t("version")}</Th>
              <Th>{t("pageTitle")}</Th>
              <Th>{t("author")}</Th>
              <Th>{t("when")}</Th>
              <Th>{t("actions")}</Th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.version}>
                <Td className="font-semibold">
                  {revision.version}
                  {revision.version === page.version ? (
                    <span className="block text-sm font-normal">{t("current")}</span>
                  ) : null}
                </Td>
                <Td>
                  {revision.title}
                  {revision.restoredFromVersion !== null ? (
                    <span className="block text-sm text-muted">
                      {t("restoredFrom", { version: revision.restoredFromVersion })}
                    </span>
                  ) : null}
                </Td>
                <Td>{revision.authorName}</Td>
                <Td className="text-sm">
                  <FormattedDate value={revision.createdAt} />
                </Td>
                <Td>
                  <div className="flex flex-wrap items-start gap-3">
                    {revision.version > 1 ? (
                      <Link
                        href={`${base}?van=${revision.version - 1}&naar=${revision.version}#compare-title`}
                        className="inline-flex min-h-9 items-center text-sm"
                      >
                        {t("changes", { version: revision.version })}
                      </Link>
                    ) : null}
                    {history.mayWrite && revision.version !== page.version ? (
                      <ActionButton
                        action={restore}
                        label={t("restore", { version: revision.version })}
                        pendingLabel={t("restoring")}
                        hidden={{ version: String(revision.version) }}
                      />
                    ) : null}
                  </div>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
    </>
  );
}
