import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/opgaven/session-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { getStrategicSession, sessionParticipantOptions } from "@/db/queries/strategic-sessions";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Props = { params: Promise<{ sessionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opgaven.sessions");
  return { title: t("editTitle") };
}

export default async function EditStrategicSessionPage({ params }: Props) {
  const sessionId = idParam((await params).sessionId);
  const [options, contents, t] = await Promise.all([
    orNotFound(sessionParticipantOptions()),
    orNotFound(getStrategicSession({ sessionId })),
    getTranslations("opgaven.sessions"),
  ]);
  const { session, participants } = contents;
  if (session.processedAt) notFound();
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        intro={session.title}
        back={<BackLink href={`/strategic-sessions/${sessionId}`}>{t("backToSession")}</BackLink>}
      />
      <SessionForm
        session={{
          ...session,
          userIds: participants.flatMap((p) => (p.userId ? [p.userId] : [])),
          partnerOrganisationIds: participants.flatMap((p) =>
            p.partnerOrganisationId ? [p.partnerOrganisationId] : [],
          ),
        }}
        people={options.people}
        organisations={options.organisations}
      />
    </>
  );
}
