import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { speakingFor } from "@/components/about/organisation";
import { StatementSection } from "@/components/about/statement-section";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/domain/constants";
import { RETENTION_DAYS, THROTTLE_MEMORY_MS } from "@/lib/domain/retention";
import { messageKeys } from "@/lib/i18n/message-keys";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

/** What personal data Impactkoers keeps, why and how long: the periods come from the clean-up job's own rules. */
export default async function PrivacyPage() {
  const [t, messages, organisation] = await Promise.all([getTranslations("privacy"), getMessages(), speakingFor()]);
  const periods = {
    days: RETENTION_DAYS.sessions,
    emailDays: RETENTION_DAYS.emails,
    hours: SESSION_MAX_AGE_SECONDS / 3600,
    minutes: THROTTLE_MEMORY_MS / 60_000,
  };
  const rows = messageKeys(messages, "privacy.rows").map((key) => ({
    what: t(`rows.${key}.what`),
    why: t(`rows.${key}.why`),
    howLong: t(`rows.${key}.howLong`, periods),
  }));
  return (
    <article className="flex max-w-4xl flex-col gap-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <StatementSection id="controller" title={t("controllerTitle")}>
        <p>{t("controller", { organisation: organisation.name })}</p>
        <p>
          <Link href="/contact">{t("contactLink")}</Link>
        </p>
      </StatementSection>
      <StatementSection id="data" title={t("dataTitle")} className="">
        <Table caption={t("tableCaption")}>
          <thead>
            <tr>
              <Th>{t("columns.what")}</Th>
              <Th>{t("columns.why")}</Th>
              <Th>{t("columns.howLong")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.what}>
                <Td>{row.what}</Td>
                <Td>{row.why}</Td>
                <Td>{row.howLong}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </StatementSection>
      <StatementSection id="rights" title={t("rightsTitle")}>
        <p>{t("download")}</p>
        {organisation.signedIn ? (
          <p>
            {/* A download, not a page: a plain link. */}
            <a href="/api/account/data">{t("downloadLink")}</a>
          </p>
        ) : null}
        <p>{t("anonymise")}</p>
        <p>{t("correct")}</p>
        <p>{t("noSharing")}</p>
      </StatementSection>
    </article>
  );
}
