import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConversationForm } from "@/components/training/conversation-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { coachingFormOptions, getConversationForEdit } from "@/db/queries/coaching";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { todayInAmsterdam } from "@/lib/domain/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training.coaching");
  return { title: t("edit") };
}

export default async function EditConversationPage({
  params,
}: {
  params: Promise<{ trackId: string; conversationId: string }>;
}) {
  const raw = await params;
  const trackId = idParam(raw.trackId);
  const conversationId = idParam(raw.conversationId);
  const [conversation, options, t] = await Promise.all([
    orNotFound(getConversationForEdit({ trackId, conversationId })),
    orNotFound(coachingFormOptions({ trackId })),
    getTranslations("training.coaching"),
  ]);
  return (
    <>
      <PageHeader
        title={t("edit")}
        back={<BackLink href={`/training/${trackId}/coaching/${conversationId}`}>{t("conversation")}</BackLink>}
      />
      <ConversationForm
        trackId={trackId}
        conversation={conversation}
        participants={options.participants.map((p) => ({ value: String(p.id), label: p.name }))}
        programmes={options.programmes.map((p) => ({ value: String(p.id), label: p.name }))}
        today={todayInAmsterdam()}
      />
    </>
  );
}
