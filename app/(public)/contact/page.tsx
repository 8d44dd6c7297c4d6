import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getHelpdesk } from "@/db/queries/gemeente-settings";
import { getViewer } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contact");
  return { title: t("title") };
}

/** Where to go with a question: the signed-in person's own gemeente's helpdesk, or a general text. */
export default async function ContactPage() {
  const [t, viewer] = await Promise.all([getTranslations("contact"), getViewer()]);
  const helpdesk = viewer ? await getHelpdesk() : null;
  const filled = helpdesk && (helpdesk.name || helpdesk.email || helpdesk.phone || helpdesk.hours);
  return (
    <article className="flex max-w-3xl flex-col gap-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {helpdesk ? (
        <section aria-labelledby="helpdesk" className="flex flex-col gap-3">
          <h2 id="helpdesk" className="text-xl">
            {t("helpdeskOf", { gemeente: helpdesk.organisationName })}
          </h2>
          {filled ? (
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
              {helpdesk.name ? (
                <>
                  <dt className="font-semibold">{t("name")}</dt>
                  <dd>{helpdesk.name}</dd>
                </>
              ) : null}
              {helpdesk.email ? (
                <>
                  <dt className="font-semibold">{t("email")}</dt>
                  <dd>
                    <a href={`mailto:${helpdesk.email}`}>{helpdesk.email}</a>
                  </dd>
                </>
              ) : null}
              {helpdesk.phone ? (
                <>
                  <dt className="font-semibold">{t("phone")}</dt>
                  <dd>
                    <a href={`tel:${helpdesk.phone.replace(/[^+0-9]/g, "")}`}>{helpdesk.phone}</a>
                  </dd>
                </>
              ) : null}
              {helpdesk.hours ? (
                <>
                  <dt className="font-semibold">{t("hours")}</dt>
                  <dd className="whitespace-pre-line">{helpdesk.hours}</dd>
                </>
              ) : null}
            </dl>
          ) : (
            <p>{t("notSet")}</p>
          )}
        </section>
      ) : (
        <section className="flex flex-col gap-3">
          <p>{t("general")}</p>
          <p>
            <Link href="/login">{t("signInLink")}</Link>
          </p>
        </section>
      )}
    </article>
  );
}
