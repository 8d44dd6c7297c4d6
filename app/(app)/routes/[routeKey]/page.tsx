import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SourceCredit } from "@/components/routes/source-credit";
import { TextList } from "@/components/routes/text-list";
import { BackLink } from "@/components/ui/back-link";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getRouteSummary } from "@/db/queries/routes";
import { orNotFound } from "@/lib/auth/guard";
import { getRoute, isRouteKey, localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";

type Props = { params: Promise<{ routeKey: string }> };

async function loadRoute(params: Props["params"]) {
  const { routeKey } = await params;
  if (!isRouteKey(routeKey)) notFound();
  return getRoute(routeKey);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [route, locale] = await Promise.all([loadRoute(params), getLocale().then(shortLocale)]);
  return { title: localise(route.name, locale) };
}

export default async function RoutePage({ params }: Props) {
  const [route, summary, t, locale] = await Promise.all([
    loadRoute(params),
    orNotFound(getRouteSummary()),
    getTranslations("routes"),
    getLocale().then(shortLocale),
  ]);
  const current = summary.current;
  const isChosen = current?.primaryRoute === route.key || current?.secondaryRoute === route.key;

  return (
    <>
      <PageHeader
        title={localise(route.name, locale)}
        intro={localise(route.idea, locale)}
        back={<BackLink href="/routes">{t("backToRoutes")}</BackLink>}
      />
      <p className="-mt-3 mb-6 text-sm font-semibold text-muted">{t("routeNumber", { number: route.number })}</p>
      {isChosen ? (
        <p className="mb-6 inline-block rounded-ik bg-success-surface px-3 py-1 font-semibold text-success">
          {t("chosenBadgeLong")}
        </p>
      ) : null}

      <div className="grid max-w-5xl gap-8 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-8">
          <section aria-labelledby="approach-title">
            <h2 id="approach-title" className="text-2xl">
              {t("approach")}
            </h2>
            <p className="mt-2">{localise(route.approach, locale)}</p>
            <ol className="mt-4 flex flex-col gap-3">
              {route.steps.map((step, index) => (
                <li key={step.key} className="flex gap-3">
                  <span
                    aria-hidden="true"
                    className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-surface-strong font-bold"
                  >
                    {index + 1}
                  </span>
                  <div>
                    <h3 className="font-semibold">{localise(step.title, locale)}</h3>
                    <p>{localise(step.explanation, locale)}</p>
                  </div>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="first-step-title" className="rounded-ik border-2 border-primary p-4">
            <h2 id="first-step-title" className="text-2xl">
              {t("firstStep")}
            </h2>
            <h3 className="mt-2 font-semibold">{localise(route.firstStep.title, locale)}</h3>
            <p>{localise(route.firstStep.explanation, locale)}</p>
          </section>
        </div>
        <div className="flex flex-col gap-6">
          <section aria-labelledby="opportunities-title">
            <h2 id="opportunities-title" className="text-xl">
              {t("opportunities")}
            </h2>
            <TextList items={route.opportunities} locale={locale} />
          </section>
          <section aria-labelledby="risks-title">
            <h2 id="risks-title" className="text-xl">
              {t("risks")}
            </h2>
            <TextList items={route.risks} locale={locale} />
          </section>
          <section aria-labelledby="suits-title">
            <h2 id="suits-title" className="text-xl">
              {t("suits")}
            </h2>
            <TextList items={route.suits} locale={locale} />
          </section>
        </div>
      </div>
      <p className="mt-8 flex flex-wrap gap-6">
        <Link href="/routes/compare">{t("compareLink")}</Link>
        <Link href="/routes/intake">{t("intakeLink")}</Link>
      </p>
      <SourceCredit />
    </>
  );
}
