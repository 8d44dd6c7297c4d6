import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FrameworkForm } from "@/components/subsidies/framework-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { frameworkEffectOptions, getFramework } from "@/db/queries/subsidies";
import { guard } from "@/db/write";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Props = { params: Promise<{ frameworkId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("subsidies");
  return { title: t("editTitle") };
}

export default async function EditFrameworkPage({ params }: Props) {
  const frameworkId = idParam((await params).frameworkId);
  await orNotFound(guard("subsidies.manage"));
  const [framework, options, t] = await Promise.all([
    orNotFound(getFramework({ frameworkId })),
    orNotFound(frameworkEffectOptions()),
    getTranslations("subsidies"),
  ]);
  if (framework.archivedAt) notFound();
  // An effect archived since it was chosen stays a choice here, so saving does not drop it unseen.
  const effects = [...options, ...framework.effects.filter((e) => !options.some((o) => o.id === e.id))];
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        intro={framework.name}
        back={<BackLink href={`/subsidies/${frameworkId}`}>{t("backToFramework")}</BackLink>}
      />
      <FrameworkForm framework={{ ...framework, effectIds: framework.effects.map((e) => e.id) }} effects={effects} />
    </>
  );
}
