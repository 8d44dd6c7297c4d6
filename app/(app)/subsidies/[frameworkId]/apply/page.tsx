import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ApplicationForm } from "@/components/subsidies/application-form";
import { BackLink } from "@/components/ui/back-link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { applicantOptions, getFramework } from "@/db/queries/subsidies";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { allows } from "@/lib/domain/permissions";

type Props = { params: Promise<{ frameworkId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("subsidies.apply");
  return { title: t("title") };
}

export default async function ApplyPage({ params }: Props) {
  const frameworkId = idParam((await params).frameworkId);
  const [framework, viewer, t] = await Promise.all([
    orNotFound(getFramework({ frameworkId })),
    requireViewer(),
    getTranslations("subsidies.apply"),
  ]);
  if (!allows(viewer.role, "subsidies.apply", { onTeam: false, involved: true })) notFound();
  const isOpen = framework.status === "open" && framework.archivedAt === null;
  const partners = viewer.partnerOrganisationId !== null ? null : await orNotFound(applicantOptions());
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro", { name: framework.name })}
        back={<BackLink href={`/subsidies/${frameworkId}`}>{t("back")}</BackLink>}
      />
      {!isOpen ? (
        <Notice tone="warning">{t("notOpen")}</Notice>
      ) : framework.effects.length === 0 ? (
        <Notice tone="warning">{t("noEffects")}</Notice>
      ) : (
        <ApplicationForm frameworkId={frameworkId} effects={framework.effects} partners={partners} />
      )}
    </>
  );
}
