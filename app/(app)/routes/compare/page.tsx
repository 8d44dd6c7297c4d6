import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SourceCredit } from "@/components/routes/source-credit";
import { TextList } from "@/components/routes/text-list";
import { BackLink } from "@/components/ui/back-link";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { guard } from "@/db/write";
import { orNotFound } from "@/lib/auth/guard";
import type { Locale } from "@/lib/domain/constants";
import { localise, ROUTES, type Route } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("routes");
  return { title: t("compareTitle") };
}

const ASPECTS = ["approach", "opportunities", "risks", "suits", "firstStep"] as const;
type Aspect = (typeof ASPECTS)[number];

function AspectContent({ route, aspect, locale }: { route: Route; aspect: Aspect; locale: Locale }) {
  switch (aspect) {
    case "approach":
      return <p>{localise(route.approach, locale)}</p>;
    case "firstStep":
      return <p>{localise(route.firstStep.title, locale)}</p>;
    default:
      return <TextList items={route[aspect]} locale={locale} />;
  }
}

export default async function ComparePage() {
  await orNotFound(guard("route.read"));
  const [t, locale] = await Promise.all([getTranslations("routes"), getLocale().then(shortLocale)]);
  return (
    <>
      <PageHeader
        title={t("compareTitle")}
        intro={t("compareIntro")}
        back={<BackLink href="/routes">{t("backToRoutes")}</BackLink>}
      />
      {/* Wide screens: one table, routes side by side. */}
      <div className="hidden lg:block">
        <table className="w-full table-fixed border-collapse text-left align-top">
          <caption className="sr-only">{t("compareCaption")}</caption>
          <thead>
            <tr>
              <td className="w-36" />
              {ROUTES.map((route) => (
                <th key={route.key} scope="col" className="border-b-2 border-ink px-3 py-2 align-bottom">
                  <span className="block text-sm text-muted">{t("routeNumber", { number: route.number })}</span>
                  <Link href={`/routes/${route.key}`}>{localise(route.name, locale)}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ASPECTS.map((aspect) => (
              <tr key={aspect}>
                <th scope="row" className="border-b border-line px-3 py-3 align-top">
                  {t(aspect)}
                </th>
                {ROUTES.map((route) => (
                  <td key={route.key} className="border-b border-line px-3 py-3 align-top text-sm">
                    <AspectContent route={route} aspect={aspect} locale={locale} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Narrow screens: the same content stacked, one route after another. */}
      <div className="flex flex-col gap-6 lg:hidden">
        {ROUTES.map((route) => (
          <section key={route.key} aria-labelledby={`stack-${route.key}`} className="rounded-ik border border-line p-4">
            <h2 id={`stack-${route.key}`} className="text-xl">
              <span className="block text-sm text-muted">{t("routeNumber", { number: route.number })}</span>
              <Link href={`/routes/${route.key}`}>{localise(route.name, locale)}</Link>
            </h2>
            <dl className="mt-3 flex flex-col gap-3">
              {ASPECTS.map((aspect) => (
                <div key={aspect}>
                  <dt className="font-semibold">{t(aspect)}</dt>
                  <dd>
                    <AspectContent route={route} aspect={aspect} locale={locale} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <SourceCredit />
    </>
  );
}
