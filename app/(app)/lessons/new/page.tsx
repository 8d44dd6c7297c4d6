import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LessonForm } from "@/components/lessons/lesson-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { newLessonOptions } from "@/db/queries/lessons";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lessons");
  return { title: t("addTitle") };
}

type Search = { programma?: string; sessie?: string };

const idOrNothing = (value: unknown) => (typeof value === "string" && /^[1-9]\d{0,9}$/.test(value) ? value : undefined);

/** Adds a lesson; `?programma=<id>` and `?sessie=<id>` choose the programme and session beforehand. */
export default async function NewLessonPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const [options, t] = await Promise.all([orNotFound(newLessonOptions()), getTranslations("lessons")]);
  const label = (item: { title: string; programmeName: string }) => `${item.programmeName}: ${item.title}`;
  return (
    <>
      <PageHeader title={t("addTitle")} intro={t("addIntro")} back={<BackLink href="/lessons">{t("back")}</BackLink>} />
      <LessonForm
        links={{
          programmes: options.programmes.map((p) => ({ value: String(p.id), label: p.name })),
          sessions: options.sessions.map((s) => ({ value: String(s.id), label: label(s) })),
          findings: options.findings.map((f) => ({ value: String(f.id), label: label(f) })),
          preset: { programmeId: idOrNothing(search.programma), sessionId: idOrNothing(search.sessie) },
          gemeenteWide: true,
        }}
      />
    </>
  );
}
