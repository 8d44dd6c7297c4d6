import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageParam } from "@/components/archive/archived-list";
import { buttonClass } from "@/components/ui/button";
import { FormattedDate, FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listApiKeys } from "@/db/queries/api-keys";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.apiKeys");
  return { title: t("title") };
}

type Search = { pagina?: string; ingetrokken?: string };

export default async function ApiKeysPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const [keys, t] = await Promise.all([
    orNotFound(listApiKeys({ page: pageParam(search.pagina) })),
    getTranslations("admin.apiKeys"),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Link href="/admin/api-keys/new" className={buttonClass("primary")}>
            {t("add")}
          </Link>
        }
      />
      <p className="mb-6">
        <a href="/api/v1/openapi.json">{t("docs")}</a>
      </p>
      {search.ingetrokken ? (
        <div className="mb-6 max-w-3xl">
          <Notice tone="success" role="status">
            {t("revoked")}
          </Notice>
        </div>
      ) : null}
      {keys.total === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <Table caption={t("tableCaption")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("prefix")}</Th>
              <Th>{t("created")}</Th>
              <Th>{t("expires")}</Th>
              <Th>{t("lastUsed")}</Th>
              <Th>{t("status")}</Th>
            </tr>
          </thead>
          <tbody>
            {keys.rows.map((key) => (
              <tr key={key.id}>
                <Td>
                  <Link href={`/admin/api-keys/${key.id}`}>{key.name}</Link>
                </Td>
                <Td>
                  <code className="font-mono text-sm">{key.prefix}…</code>
                </Td>
                <Td className="whitespace-nowrap">
                  <FormattedDate value={key.createdAt} format="date" />
                  {key.createdByName ? <span className="block text-sm text-muted">{key.createdByName}</span> : null}
                </Td>
                <Td className="whitespace-nowrap">
                  <FormattedDay value={key.validThrough} />
                </Td>
                <Td className="whitespace-nowrap">
                  {key.lastUsedAt ? <FormattedDate value={key.lastUsedAt} /> : t("never")}
                </Td>
                <Td>
                  {key.status === "active" ? t("statuses.active") : <strong>{t(`statuses.${key.status}`)}</strong>}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {keys.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-4">
          {keys.page > 1 ? <Link href={`/admin/api-keys?pagina=${keys.page - 1}`}>{t("previous")}</Link> : null}
          <span>{t("pageOf", { page: keys.page, pages: keys.pageCount })}</span>
          {keys.page < keys.pageCount ? (
            <Link href={`/admin/api-keys?pagina=${keys.page + 1}`}>{t("next")}</Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
