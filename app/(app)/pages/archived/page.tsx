import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArchivedList, pageParam } from "@/components/archive/archived-list";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("archive.lists");
  return { title: t("page") };
}

export default async function ArchivedPagesPage({
  searchParams,
}: {
  searchParams: Promise<{ pagina?: string; teruggezet?: string; programma?: string }>;
}) {
  const search = await searchParams;
  return orNotFound(
    ArchivedList({
      kind: "page",
      programmeId: search.programma ? idParam(search.programma) : undefined,
      page: pageParam(search.pagina),
      restoredId: search.teruggezet ? pageParam(search.teruggezet) : undefined,
    }),
  );
}
