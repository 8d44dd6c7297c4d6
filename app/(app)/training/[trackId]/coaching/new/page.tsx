import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConversationForm } from "@/components/training/conversation-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { coachingFormOptions, listCoachingConversations } from "@/db/queries/coaching";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { todayInAmsterdam } from "@/lib/domain/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training.coaching");
  return { title: t("add") };
}

export default async function NewConversationPage({ params }: { params: Promise<{ trackId: string }> }) {
  const trackId = idParam((await params).trackId);
  const [list, options, t] = await Promise.all([
    orNotFound(listCoachingConversations({ trackId })),
    orNotFound(coachingFormOptions({ trackId })),
    getTranslations("training.coaching"),
  ]);
  if (!list.mayManage) notFound();
  return (
    <>
      <PageHeader
        title={t("add")}
        intro={t("addIntro")}
        back={<BackLink href={`/training/${trackId}/coaching`}>{t("title")}</BackLink>}
      />
      <ConversationForm
        trackId={trackId}
        participants={options.participants.map((p) => ({ value: String(p.id), label: p.name }))}
        programmes={options.programmes.map((p) => ({ value: String(p.id), label: p.name }))}
        today={todayInAmsterdam()}
      />
    </>
  );
}
