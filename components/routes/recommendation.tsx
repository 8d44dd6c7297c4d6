import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import type { Recommendation } from "@/lib/domain/recommender";
import { getRoute, localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";

/** The advice of the intake: the best route with the answers that led to it, then how the others scored. */
export async function RecommendationView({ recommendation }: { recommendation: Recommendation }) {
  const [t, locale] = await Promise.all([getTranslations("routes.advice"), getLocale().then(shortLocale)]);
  const [best, ...others] = recommendation.ranking;
  if (!best) return null;
  const bestRoute = getRoute(best.route);

  return (
    <section aria-labelledby="advice-title" className="flex flex-col gap-6">
      <div className="rounded-ik border-2 border-primary p-5">
        <h2 id="advice-title" className="text-2xl">
          {t("title")}
        </h2>
        <p className="mt-2 text-xl font-semibold">
          <Link href={`/routes/${bestRoute.key}`}>{localise(bestRoute.name, locale)}</Link>
        </p>
        <p className="mt-1">{localise(bestRoute.idea, locale)}</p>
        {best.reasons.length > 0 ? (
          <>
            <h3 className="mt-4 font-semibold">{t("why")}</h3>
            <ul className="mt-1 list-disc pl-6">
              {best.reasons.map((reason) => (
                <li key={reason.questionKey}>{t("because", { reason: localise(reason.text, locale) })}</li>
              ))}
            </ul>
          </>
        ) : null}
        {recommendation.tie ? (
          <div className="mt-4 rounded-ik bg-warning-surface p-3">
            <h3 className="font-semibold">{t("tieTitle")}</h3>
            <p>{localise(recommendation.tie.explanation, locale)}</p>
          </div>
        ) : null}
        {recommendation.combination ? (
          <div className="mt-4 rounded-ik bg-info-surface p-3">
            <h3 className="font-semibold">
              {t("combinationTitle", {
                first: localise(getRoute(recommendation.combination.routes[0]).name, locale),
                second: localise(getRoute(recommendation.combination.routes[1]).name, locale),
              })}
            </h3>
            <p>{localise(recommendation.combination.explanation, locale)}</p>
          </div>
        ) : null}
      </div>

      <div>
        <h3 className="text-xl">{t("othersTitle")}</h3>
        <p className="mt-1 text-sm text-muted">{t("othersIntro")}</p>
        <ol className="mt-3 flex flex-col gap-3" start={2}>
          {others.map((advice) => {
            const route = getRoute(advice.route);
            return (
              <li key={advice.route} className="rounded-ik border border-line p-3">
                <p className="font-semibold">
                  <Link href={`/routes/${route.key}`}>{localise(route.name, locale)}</Link>{" "}
                  <span className="font-normal text-muted">{t("points", { score: advice.score })}</span>
                </p>
                {advice.reasons.length > 0 ? (
                  <p className="text-sm">
                    {t("forIt")} {advice.reasons.map((r) => localise(r.text, locale)).join("; ")}
                  </p>
                ) : null}
                {advice.against.length > 0 ? (
                  <p className="text-sm">
                    {t("againstIt")} {advice.against.map((r) => localise(r.text, locale)).join("; ")}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
        <p className="mt-2 text-sm text-muted">{t("bestPoints", { score: best.score })}</p>
      </div>
    </section>
  );
}
