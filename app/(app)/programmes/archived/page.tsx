import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArchivedList, pageParam } from "@/components/archive/archived-list";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("archive.lists");
  return { title: t("programme") };
}

export default async function ArchivedProgrammesPage({
  searchParams,
}: {
  searchParams: Promise<{ pagina?: string; teruggezet?: string }>;
}) {
  const search = await searchParams;
  return orNotFound(
    ArchivedList({
      kind: "programme",
      page: pageParam(search.pagina),
      restoredId: search.teruggezet ? pageParam(search.teruggezet) : undefined,
    }),
  );
}
