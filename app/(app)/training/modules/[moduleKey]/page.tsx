import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { exerciseProgrammes } from "@/db/queries/learning-tracks";
import { isModuleKey, MODULE_LIBRARY } from "@/lib/domain/training";

type Params = Promise<{ moduleKey: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { moduleKey } = await params;
  if (!isModuleKey(moduleKey)) notFound();
  const t = await getTranslations("training.modules");
  return { title: t(`${moduleKey}.title`) };
}

/** One module: learning goals, the short text, an exercise on the participant's own programme, and materials. */
export default async function ModulePage({ params }: { params: Params }) {
  const { moduleKey } = await params;
  if (!isModuleKey(moduleKey)) notFound();
  const [t, m, programmes] = await Promise.all([
    getTranslations("training.library"),
    getTranslations(`training.modules.${moduleKey}`),
    exerciseProgrammes(),
  ]);
  const info = MODULE_LIBRARY[moduleKey];
  return (
    <>
      <PageHeader
        title={m("title")}
        intro={m("summary")}
        back={<BackLink href="/training/modules">{t("title")}</BackLink>}
      />
      <div className="flex max-w-3xl flex-col gap-8">
        <section aria-labelledby="leerdoelen">
          <h2 id="leerdoelen" className="text-2xl">
            {t("goals")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {Array.from({ length: info.goals }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of texts.
              <li key={index}>{m(`goals.${index + 1}`)}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="uitleg">
          <h2 id="uitleg" className="text-2xl">
            {t("text")}
          </h2>
          <p className="mt-2 whitespace-pre-line">{m("text")}</p>
        </section>
        <section aria-labelledby="oefening" className="rounded-ik bg-info-surface p-4">
          <h2 id="oefening" className="text-2xl">
            {t("exercise")}
          </h2>
          <p className="mt-2">{m("exercise")}</p>
          {programmes.length ? (
            <>
              <p className="mt-3 font-semibold">{t("ownProgrammes")}</p>
              <ul className="mt-1 list-disc pl-6">
                {programmes.map((programme) => (
                  <li key={programme.id}>
                    <Link href={`/programmes/${programme.id}${info.exercisePath}`}>
                      {t("openIn", { part: m("exercisePart"), programme: programme.name })}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-3">{t("noProgrammes")}</p>
          )}
        </section>
        <section aria-labelledby="materiaal">
          <h2 id="materiaal" className="text-2xl">
            {t("materials")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {info.materials.map((material) => (
              <li key={material.key}>
                <Link href={material.href}>{t(`materialLinks.${material.key}`)}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
