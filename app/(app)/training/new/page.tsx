import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TrackForm } from "@/components/training/track-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { trackFormOptions } from "@/db/queries/learning-tracks";
import { guard } from "@/db/write";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training");
  return { title: t("add") };
}

export default async function NewTrackPage() {
  await orNotFound(guard("learningTracks.create"));
  const [options, t] = await Promise.all([trackFormOptions(), getTranslations("training")]);
  return (
    <>
      <PageHeader title={t("add")} intro={t("newIntro")} back={<BackLink href="/training">{t("title")}</BackLink>} />
      <TrackForm
        trainers={options.trainers.map((u) => ({ value: String(u.id), label: u.name }))}
        defaultTrainerId={options.viewerId}
      />
    </>
  );
}
