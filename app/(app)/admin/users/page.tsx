import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listUsers } from "@/db/queries/users";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

export default async function UsersPage() {
  const users = await orNotFound(listUsers());
  const [t, roles] = await Promise.all([getTranslations("admin.users"), getTranslations("roles")]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Link href="/admin/users/new" className={buttonClass("primary")}>
            {t("add")}
          </Link>
        }
      />
      <Table caption={t("tableCaption")}>
        <thead>
          <tr>
            <Th>{t("name")}</Th>
            <Th>{t("email")}</Th>
            <Th>{t("role")}</Th>
            <Th>{t("status")}</Th>
            <Th>{t("lastSignIn")}</Th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.memberId}>
              <Td>
                <Link href={`/admin/users/${user.memberId}`}>{user.anonymisedAt ? t("formerUser") : user.name}</Link>
              </Td>
              <Td className="break-all">{user.anonymisedAt ? t("noEmail") : user.email}</Td>
              <Td>
                {roles(user.role)}
                {user.partnerOrganisationName ? (
                  <span className="block text-sm text-muted">{user.partnerOrganisationName}</span>
                ) : null}
              </Td>
              <Td>
                {user.anonymisedAt ? (
                  t("anonymised")
                ) : user.status === "inactive" ? (
                  <strong>{t("inactive")}</strong>
                ) : (
                  t(user.status)
                )}
              </Td>
              <Td>{user.lastSignInAt ? <FormattedDate value={user.lastSignInAt} /> : t("never")}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
