import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewPageForm } from "@/components/pages/new-page-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { newPageContext } from "@/db/queries/pages";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pages.new");
  return { title: t("title") };
}

/** Adds a page; `?programma=<id>` puts it under that programme. */
export default async function NewPagePage({ searchParams }: { searchParams: Promise<{ programma?: string }> }) {
  const search = await searchParams;
  const programmeId = search.programma === undefined ? undefined : idParam(search.programma);
  const [context, t] = await Promise.all([orNotFound(newPageContext({ programmeId })), getTranslations("pages.new")]);
  const back =
    programmeId !== undefined
      ? { href: `/programmes/${programmeId}/pages`, text: t("backToProgramme") }
      : { href: "/pages", text: t("back") };

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} back={<BackLink href={back.href}>{back.text}</BackLink>} />
      <NewPageForm
        programmes={context.programmes}
        wholeGemeente={context.wholeGemeente}
        programmeId={context.programmeId}
      />
    </>
  );
}
