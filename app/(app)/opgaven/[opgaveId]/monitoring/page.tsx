import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listHref } from "@/components/lists/active-filter";
import { EffectDetails, EffectSummaryTable, LateReports, Narratives } from "@/components/monitoring/effect-monitoring";
import { BackLink } from "@/components/ui/back-link";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getOpgaveMonitoring } from "@/db/queries/effect-monitoring";
import { getOpgave } from "@/db/queries/opgaven";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Props = { params: Promise<{ opgaveId: string }> };
type Search = { searchParams: Promise<{ pagina?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [opgave, t] = await Promise.all([
    orNotFound(getOpgave({ opgaveId: idParam((await params).opgaveId) })),
    getTranslations("monitoring"),
  ]);
  return { title: t("opgaveTitle", { title: opgave.title }) };
}

/** What partners reported on the opgave's agreed effects, against the targets; their stories; what is late. */
export default async function OpgaveMonitoringPage({ params, searchParams }: Props & Search) {
  const opgaveId = idParam((await params).opgaveId);
  const search = await searchParams;
  const [data, t] = await Promise.all([
    orNotFound(getOpgaveMonitoring({ opgaveId, page: Number(search.pagina) || 1 })),
    getTranslations("monitoring"),
  ]);
  return (
    <>
      <PageHeader
        title={t("opgaveTitle", { title: data.opgave.title })}
        intro={t("opgaveIntro")}
        back={<BackLink href={`/opgaven/${opgaveId}`}>{t("backToOpgave")}</BackLink>}
      />
      <section aria-labelledby="effecten" className="mb-8">
        <h2 id="effecten" className="text-2xl">
          {t("summaryTitle")}
        </h2>
        {data.effects.length === 0 ? (
          <p className="mt-2">{t("noEffects")}</p>
        ) : (
          <div className="mt-3">
            <EffectSummaryTable data={data} caption={t("summaryCaption", { name: data.opgave.title })} />
          </div>
        )}
        {data.effects.length > 0 ? (
          <div className="mt-6">
            <EffectDetails data={data} />
          </div>
        ) : null}
      </section>
      <section aria-labelledby="kaders" className="mb-8 max-w-3xl">
        <h2 id="kaders" className="text-2xl">
          {t("frameworksTitle")}
        </h2>
        {data.frameworks.length === 0 ? (
          <p className="mt-2">{t("frameworksEmpty")}</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {data.frameworks.map((framework) => (
              <li key={framework.id}>
                <Link href={`/subsidies/${framework.id}/monitoring`}>{framework.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <LateReports data={data} />
      <Narratives data={data} href={(page) => listHref(`/opgaven/${opgaveId}/monitoring`, { pagina: page })} />
    </>
  );
}
