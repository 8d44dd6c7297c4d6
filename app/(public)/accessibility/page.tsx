import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { speakingFor } from "@/components/about/organisation";
import { StatementSection } from "@/components/about/statement-section";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { messageKeys } from "@/lib/i18n/message-keys";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessibility");
  return { title: t("title") };
}

/** The accessibility statement, after the model of the Dutch government (digitoegankelijk.nl). */
export default async function AccessibilityPage() {
  const [t, messages, organisation] = await Promise.all([
    getTranslations("accessibility"),
    getMessages(),
    speakingFor(),
  ]);
  const tested = messageKeys(messages, "accessibility.tested").map((key) => t(`tested.${key}`));
  const limitations = messageKeys(messages, "accessibility.limitations").map((key) => t(`limitations.${key}`));
  return (
    <article className="flex max-w-3xl flex-col gap-6">
      <PageHeader title={t("title")} intro={t("intro", { organisation: organisation.name })} />
      <StatementSection id="scope" title={t("scopeTitle")}>
        <p>{t("scope")}</p>
      </StatementSection>
      <StatementSection id="status" title={t("statusTitle")}>
        <p className="font-semibold">{t("status")}</p>
        <p>{t("statusExplained")}</p>
      </StatementSection>
      <StatementSection id="tested" title={t("testedTitle")}>
        <ul className="list-disc pl-6">
          {tested.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </StatementSection>
      <StatementSection id="limitations" title={t("limitationsTitle")}>
        <ul className="list-disc pl-6">
          {limitations.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </StatementSection>
      <StatementSection id="date" title={t("dateTitle")}>
        <p>{t("date")}</p>
      </StatementSection>
      <StatementSection id="contact" title={t("contactTitle")}>
        <p>{t("contact")}</p>
        <p>
          <Link href="/contact">{t("contactLink")}</Link>
        </p>
        <p>{t("complaint")}</p>
      </StatementSection>
    </article>
  );
}
