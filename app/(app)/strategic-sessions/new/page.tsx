import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/opgaven/session-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { sessionParticipantOptions } from "@/db/queries/strategic-sessions";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opgaven.sessions");
  return { title: t("addTitle") };
}

export default async function NewStrategicSessionPage() {
  const [options, t] = await Promise.all([
    orNotFound(sessionParticipantOptions()),
    getTranslations("opgaven.sessions"),
  ]);
  return (
    <>
      <PageHeader
        title={t("addTitle")}
        intro={t("addIntro")}
        back={<BackLink href="/strategic-sessions">{t("back")}</BackLink>}
      />
      <SessionForm people={options.people} organisations={options.organisations} />
    </>
  );
}
