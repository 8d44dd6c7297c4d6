import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OpgaveForm } from "@/components/opgaven/opgave-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { getOpgave, opgaveOwnerOptions } from "@/db/queries/opgaven";
import { guard } from "@/db/write";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Props = { params: Promise<{ opgaveId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opgaven");
  return { title: t("editTitle") };
}

export default async function EditOpgavePage({ params }: Props) {
  const opgaveId = idParam((await params).opgaveId);
  await orNotFound(guard("opgaven.manage"));
  const [opgave, owners, t] = await Promise.all([
    orNotFound(getOpgave({ opgaveId })),
    orNotFound(opgaveOwnerOptions()),
    getTranslations("opgaven"),
  ]);
  if (opgave.archivedAt) notFound();
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        intro={opgave.title}
        back={<BackLink href={`/opgaven/${opgaveId}`}>{t("backToOpgave")}</BackLink>}
      />
      <OpgaveForm opgave={opgave} owners={owners} />
    </>
  );
}
