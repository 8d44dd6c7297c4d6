import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { speakingFor } from "@/components/about/organisation";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessibility");
  return { title: t("title") };
}

/** The accessibility statement, after the model of the Dutch government (digitoegankelijk.nl). */
export default async function AccessibilityPage() {
  const [t, organisation] = await Promise.all([getTranslations("accessibility"), speakingFor()]);
  const tested = Object.keys(t.raw("tested") as Record<string, string>).map((key) => t(`tested.${key}`));
  const limitations = Object.keys(t.raw("limitations") as Record<string, string>).map((key) => t(`limitations.${key}`));
  return (
    <article className="flex max-w-3xl flex-col gap-6">
      <PageHeader title={t("title")} intro={t("intro", { organisation: organisation.name })} />
      <section aria-labelledby="scope" className="flex flex-col gap-2">
        <h2 id="scope" className="text-xl">
          {t("scopeTitle")}
        </h2>
        <p>{t("scope")}</p>
      </section>
      <section aria-labelledby="status" className="flex flex-col gap-2">
        <h2 id="status" className="text-xl">
          {t("statusTitle")}
        </h2>
        <p className="font-semibold">{t("status")}</p>
        <p>{t("statusExplained")}</p>
      </section>
      <section aria-labelledby="tested" className="flex flex-col gap-2">
        <h2 id="tested" className="text-xl">
          {t("testedTitle")}
        </h2>
        <ul className="list-disc pl-6">
          {tested.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="limitations" className="flex flex-col gap-2">
        <h2 id="limitations" className="text-xl">
          {t("limitationsTitle")}
        </h2>
        <ul className="list-disc pl-6">
          {limitations.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="date" className="flex flex-col gap-2">
        <h2 id="date" className="text-xl">
          {t("dateTitle")}
        </h2>
        <p>{t("date")}</p>
      </section>
      <section aria-labelledby="contact" className="flex flex-col gap-2">
        <h2 id="contact" className="text-xl">
          {t("contactTitle")}
        </h2>
        <p>{t("contact")}</p>
        <p>
          <Link href="/contact">{t("contactLink")}</Link>
        </p>
        <p>{t("complaint")}</p>
      </section>
    </article>
  );
}
