import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/training/session-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { getLearningTrack } from "@/db/queries/learning-tracks";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { todayInAmsterdam } from "@/lib/domain/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training.sessions");
  return { title: t("add") };
}

export default async function NewSessionPage({ params }: { params: Promise<{ trackId: string }> }) {
  const trackId = idParam((await params).trackId);
  const [track, t, modules] = await Promise.all([
    orNotFound(getLearningTrack({ trackId })),
    getTranslations("training.sessions"),
    getTranslations("training.modules"),
  ]);
  if (!track.mayManage) notFound();
  return (
    <>
      <PageHeader
        title={t("add")}
        intro={t("addIntro")}
        back={<BackLink href={`/training/${trackId}`}>{track.title}</BackLink>}
      />
      <SessionForm
        trackId={trackId}
        participants={track.participants.map((p) => ({
          id: p.id,
          name: p.name,
          partnerName: p.partnerName,
          present: null,
        }))}
        modules={track.modules.map((key) => ({ value: key, label: modules(`${key}.title`) }))}
        today={todayInAmsterdam()}
      />
    </>
  );
}
