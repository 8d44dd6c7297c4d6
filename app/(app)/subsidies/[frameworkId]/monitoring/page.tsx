import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listHref } from "@/components/lists/active-filter";
import { EffectDetails, EffectSummaryTable, LateReports, Narratives } from "@/components/monitoring/effect-monitoring";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { getFrameworkMonitoring } from "@/db/queries/effect-monitoring";
import { getFramework } from "@/db/queries/subsidies";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Props = { params: Promise<{ frameworkId: string }> };
type Search = { searchParams: Promise<{ pagina?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [framework, t] = await Promise.all([
    orNotFound(getFramework({ frameworkId: idParam((await params).frameworkId) })),
    getTranslations("monitoring"),
  ]);
  return { title: t("frameworkTitle", { name: framework.name }) };
}

/**
 * What the partners with a granted application reported on the framework's agreed effects, against the targets. A
 * partner sees its own part only.
 */
export default async function FrameworkMonitoringPage({ params, searchParams }: Props & Search) {
  const frameworkId = idParam((await params).frameworkId);
  const search = await searchParams;
  const [data, t] = await Promise.all([
    orNotFound(getFrameworkMonitoring({ frameworkId, page: Number(search.pagina) || 1 })),
    getTranslations("monitoring"),
  ]);
  const name = data.framework.name;
  return (
    <>
      <PageHeader
        title={t("frameworkTitle", { name })}
        intro={data.ownPartOnly ? t("frameworkIntroPartner") : t("frameworkIntro")}
        back={<BackLink href={`/subsidies/${frameworkId}`}>{t("backToFramework")}</BackLink>}
      />
      <section aria-labelledby="effecten" className="mb-8">
        <h2 id="effecten" className="text-2xl">
          {t("summaryTitle")}
        </h2>
        {data.effects.length === 0 ? (
          <p className="mt-2">{t("noEffectsFramework")}</p>
        ) : (
          <div className="mt-3">
            <EffectSummaryTable
              data={data}
              caption={data.ownPartOnly ? t("summaryCaptionPartner", { name }) : t("summaryCaption", { name })}
            />
          </div>
        )}
        {data.effects.length > 0 ? (
          <div className="mt-6">
            <EffectDetails data={data} />
          </div>
        ) : null}
      </section>
      <LateReports data={data} />
      <Narratives data={data} href={(page) => listHref(`/subsidies/${frameworkId}/monitoring`, { pagina: page })} />
    </>
  );
}
