import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listPartnerOrganisations } from "@/db/queries/partners";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.partners");
  return { title: t("title") };
}

export default async function PartnersPage({ searchParams }: { searchParams: Promise<{ opgeslagen?: string }> }) {
  const [partners, { opgeslagen }, t] = await Promise.all([
    orNotFound(listPartnerOrganisations()),
    searchParams,
    getTranslations("admin.partners"),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Link href="/admin/partners/new" className={buttonClass("primary")}>
            {t("add")}
          </Link>
        }
      />
      {opgeslagen ? (
        <div className="mb-4">
          <Notice tone="success" role="status">
            {t("saved")}
          </Notice>
        </div>
      ) : null}
      {partners.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("description")}</Th>
              <Th>{t("members")}</Th>
            </tr>
          </thead>
          <tbody>
            {partners.map((partner) => (
              <tr key={partner.id}>
                <Td>
                  <Link href={`/admin/partners/${partner.id}`}>{partner.name}</Link>
                </Td>
                <Td>{partner.description}</Td>
                <Td>{partner.memberCount}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
