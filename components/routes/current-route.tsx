import { getLocale, getTranslations } from "next-intl/server";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { getRoute, isRouteKey, localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";

export type DecisionView = {
  primaryRoute: string;
  secondaryRoute: string | null;
  rationale: string;
  decidedAt: Date;
  decidedByName: string;
};

/** "Route 1, Klein en krachtig beginnen" linked to its page, for a route key from the database. */
export async function RouteName({ routeKey }: { routeKey: string }) {
  const locale = shortLocale(await getLocale());
  if (!isRouteKey(routeKey)) return <>{routeKey}</>;
  const route = getRoute(routeKey);
  return <Link href={`/routes/${route.key}`}>{localise(route.name, locale)}</Link>;
}

export async function CurrentRoute({ decision }: { decision: DecisionView }) {
  const t = await getTranslations("routes");
  return (
    <section aria-labelledby="current-title" className="rounded-ik border-2 border-primary p-5">
      <h2 id="current-title" className="text-2xl">
        {decision.secondaryRoute ? t("currentTitleTwo") : t("currentTitle")}
      </h2>
      <p className="mt-2 text-xl font-semibold">
        <RouteName routeKey={decision.primaryRoute} />
        {decision.secondaryRoute ? (
          <>
            {" "}
            {t("combinedWith")} <RouteName routeKey={decision.secondaryRoute} />
          </>
        ) : null}
      </p>
      <h3 className="mt-4 font-semibold">{t("rationale")}</h3>
      <blockquote className="mt-1 whitespace-pre-line border-l-4 border-line pl-3">{decision.rationale}</blockquote>
      <p className="mt-3 text-sm text-muted">
        {t.rich("decidedBy", {
          name: decision.decidedByName,
          date: () => <FormattedDate value={decision.decidedAt} format="date" />,
        })}
      </p>
    </section>
  );
}
