import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TrackForm } from "@/components/training/track-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { getLearningTrackForEdit, trackFormOptions } from "@/db/queries/learning-tracks";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training.track");
  return { title: t("edit") };
}

/** Changes a track; only for its trainer or coach and the beheerder. */
export default async function EditTrackPage({ params }: { params: Promise<{ trackId: string }> }) {
  const trackId = idParam((await params).trackId);
  const [track, options, t] = await Promise.all([
    orNotFound(getLearningTrackForEdit({ trackId })),
    trackFormOptions(),
    getTranslations("training.track"),
  ]);
  const title = track.title;
  return (
    <>
      <PageHeader title={t("editTitle", { title })} back={<BackLink href={`/training/${trackId}`}>{title}</BackLink>} />
      <TrackForm
        track={track}
        trainers={options.trainers.map((u) => ({ value: String(u.id), label: u.name }))}
        defaultTrainerId={options.viewerId}
      />
    </>
  );
}
