import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageList } from "@/components/pages/page-list";
import { buttonClass } from "@/components/ui/button";
import { listProgrammePages } from "@/db/queries/pages";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pages");
  return { title: t("title") };
}

/** The pages of one programme; adding one here puts it under this programme. */
export default async function ProgrammePagesPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const programmeId = idParam((await params).programmeId);
  const [viewer, list, t] = await Promise.all([
    requireViewer(),
    orNotFound(listProgrammePages({ programmeId })),
    getTranslations("pages"),
  ]);

  return (
    <>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h2 className="text-2xl">{t("title")}</h2>
          <p className="mt-1">{t("programmeIntro")}</p>
          {viewer.role !== "partner" ? (
            <p className="mt-1">
              <Link href="/pages">{t("allPagesLink")}</Link>
            </p>
          ) : null}
        </div>
        {list.mayAdd ? (
          <Link href={`/pages/new?programma=${programmeId}`} className={buttonClass("primary")}>
            {t("add")}
          </Link>
        ) : null}
      </div>
      {list.pages.length === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">{t("programmeEmpty")}</p>
      ) : (
        <PageList pages={list.pages} showProgramme={false} />
      )}
    </>
  );
}
