import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OpgaveForm } from "@/components/opgaven/opgave-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { opgaveOwnerOptions } from "@/db/queries/opgaven";
import { guard } from "@/db/write";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opgaven");
  return { title: t("addTitle") };
}

export default async function NewOpgavePage() {
  await orNotFound(guard("opgaven.manage"));
  const [owners, t] = await Promise.all([orNotFound(opgaveOwnerOptions()), getTranslations("opgaven")]);
  return (
    <>
      <PageHeader title={t("addTitle")} intro={t("addIntro")} back={<BackLink href="/opgaven">{t("back")}</BackLink>} />
      <OpgaveForm owners={owners} />
    </>
  );
}
