// The "Gearchiveerd" page of one kind of a programme's records (indicators, hypotheses, assumptions, studies): the
// same page for each, so a route file only names its kind.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { idParam, orNotFound } from "@/lib/auth/guard";
import type { ArchivableKind } from "@/lib/domain/archive";
import { ArchivedList, pageParam } from "./archived-list";

type ProgrammeKind = Extract<ArchivableKind, "indicator" | "hypothesis" | "assumption" | "study">;

export type ArchivedPageProps = {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<{ pagina?: string; teruggezet?: string }>;
};

export async function archivedListMetadata(kind: ProgrammeKind): Promise<Metadata> {
  const t = await getTranslations("archive.lists");
  return { title: t(kind) };
}

export async function ArchivedProgrammeList({
  kind,
  params,
  searchParams,
}: ArchivedPageProps & { kind: ProgrammeKind }) {
  const programmeId = idParam((await params).programmeId);
  const search = await searchParams;
  return orNotFound(
    ArchivedList({
      kind,
      programmeId,
      page: pageParam(search.pagina),
      restoredId: search.teruggezet ? pageParam(search.teruggezet) : undefined,
      heading: "h2",
    }),
  );
}
