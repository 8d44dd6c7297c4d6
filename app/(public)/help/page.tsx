import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { HELP_TOPICS } from "@/components/about/help-link";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { messageKeys } from "@/lib/i18n/message-keys";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("help");
  return { title: t("title") };
}

/** A short how-to per main task, each under its own anchor: the "Hoe werkt dit?" links of the app point here. */
export default async function HelpPage() {
  const [t, messages] = await Promise.all([getTranslations("help"), getMessages()]);
  return (
    <article className="flex max-w-3xl flex-col gap-8">
      <PageHeader title={t("title")} intro={t("intro")} />
      <nav aria-label={t("contentsLabel")}>
        <ul className="list-disc pl-6">
          {HELP_TOPICS.map((topic) => (
            <li key={topic}>
              <a href={`#${topic}`}>{t(`topics.${topic}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {HELP_TOPICS.map((topic) => (
        <section key={topic} aria-labelledby={topic} className="flex scroll-mt-4 flex-col gap-2">
          <h2 id={topic} className="text-2xl">
            {t(`topics.${topic}.title`)}
          </h2>
          <p>{t(`topics.${topic}.intro`)}</p>
          <h3 className="text-lg">{t("stepsLabel")}</h3>
          <ol className="list-decimal pl-6">
            {messageKeys(messages, `help.topics.${topic}.steps`).map((step) => (
              <li key={step}>{t(`topics.${topic}.steps.${step}`)}</li>
            ))}
          </ol>
        </section>
      ))}
      <p>
        <Link href="/contact">{t("contactLink")}</Link>
      </p>
    </article>
  );
}
