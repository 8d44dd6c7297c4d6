import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EditPageForm } from "@/components/pages/edit-page-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { getPageForEdit } from "@/db/queries/pages";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Params = { params: Promise<{ pageId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pages.edit");
  return { title: t("title") };
}

export default async function EditSharedPage({ params }: Params) {
  const pageId = idParam((await params).pageId);
  const [page, t] = await Promise.all([orNotFound(getPageForEdit({ pageId })), getTranslations("pages.edit")]);
  return (
    <>
      <PageHeader
        title={`${t("title")}: ${page.title}`}
        intro={t("intro", { version: page.version })}
        back={<BackLink href={`/pages/${page.id}`}>{t("backToPage")}</BackLink>}
      />
      <EditPageForm page={{ id: page.id, title: page.title, body: page.body, version: page.version }} />
    </>
  );
}
