import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePlanForm } from "@/components/veranderplan/change-plan-form";
import { getVeranderplan, veranderplanOptions } from "@/db/queries/veranderplan";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Props = { params: Promise<{ opgaveId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opgaven.veranderplan");
  return { title: t("editTitle") };
}

export default async function EditVeranderplanPage({ params }: Props) {
  const opgaveId = idParam((await params).opgaveId);
  const [options, data, t] = await Promise.all([
    orNotFound(veranderplanOptions({ opgaveId })),
    orNotFound(getVeranderplan({ opgaveId })),
    getTranslations("opgaven.veranderplan"),
  ]);
  const { opgave, plan, partners } = data;
  if (opgave.archivedAt) notFound();
  return (
    <>
      <PageHeader
        title={plan ? t("editTitle") : t("writeTitle")}
        intro={opgave.title}
        back={<BackLink href={`/opgaven/${opgaveId}/veranderplan`}>{t("backToPlan")}</BackLink>}
      />
      <ChangePlanForm
        opgaveId={opgaveId}
        plan={plan ? { ...plan, partnerOrganisationIds: partners.map((p) => p.id) } : null}
        partners={options.partners}
      />
    </>
  );
}
