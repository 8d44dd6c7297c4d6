import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArchivedList, pageParam } from "@/components/archive/archived-list";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("archive.lists");
  return { title: t("study") };
}

export default async function ArchivedStudiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<{ pagina?: string; teruggezet?: string }>;
}) {
  const programmeId = idParam((await params).programmeId);
  const search = await searchParams;
  return orNotFound(
    ArchivedList({
      kind: "study",
      programmeId,
      page: pageParam(search.pagina),
      restoredId: search.teruggezet ? pageParam(search.teruggezet) : undefined,
      heading: "h2",
    }),
  );
}
