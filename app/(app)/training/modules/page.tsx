import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { MODULE_KEYS } from "@/lib/domain/training";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training.library");
  return { title: t("title") };
}

/** The library of modules of the basic training: the core principles Impactkoers itself works with. */
export default async function ModulesPage() {
  const [t, modules] = await Promise.all([getTranslations("training"), getTranslations("training.modules")]);
  return (
    <>
      <PageHeader
        title={t("library.title")}
        intro={t("library.intro")}
        back={<BackLink href="/training">{t("title")}</BackLink>}
      />
      <ol className="flex max-w-4xl flex-col gap-4">
        {MODULE_KEYS.map((key) => (
          <li key={key}>
            <article aria-labelledby={`module-${key}`} className="rounded-ik border border-line p-4">
              <h2 id={`module-${key}`} className="text-xl">
                <Link href={`/training/modules/${key}`}>{modules(`${key}.title`)}</Link>
              </h2>
              <p className="mt-1">{modules(`${key}.summary`)}</p>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
