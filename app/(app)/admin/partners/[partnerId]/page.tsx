import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PartnerForm } from "@/components/admin/partner-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { getPartnerOrganisation } from "@/db/queries/partners";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Props = { params: Promise<{ partnerId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const partner = await orNotFound(getPartnerOrganisation({ partnerId: idParam((await params).partnerId) }));
  return { title: partner.name };
}

export default async function PartnerPage({ params }: Props) {
  const partnerId = idParam((await params).partnerId);
  const [partner, t] = await Promise.all([
    orNotFound(getPartnerOrganisation({ partnerId })),
    getTranslations("admin.partners"),
  ]);
  return (
    <>
      <PageHeader title={partner.name} back={<BackLink href="/admin/partners">{t("backToList")}</BackLink>} />
      <PartnerForm partner={partner} />
    </>
  );
}
