import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { localise, ROUTES, type RouteKey } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";

export async function RouteCards({ chosen = [] }: { chosen?: RouteKey[] }) {
  const [t, locale] = await Promise.all([getTranslations("routes"), getLocale().then(shortLocale)]);
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {ROUTES.map((route) => (
        <li key={route.key} className="flex flex-col gap-2 rounded-ik border border-line p-4">
          <p className="text-sm font-semibold text-muted">{t("routeNumber", { number: route.number })}</p>
          <h3 className="text-xl">
            <Link href={`/routes/${route.key}`}>{localise(route.name, locale)}</Link>
          </h3>
          {chosen.includes(route.key) ? (
            <p className="self-start rounded-ik bg-success-surface px-2 py-1 text-sm font-semibold text-success">
              {t("chosenBadge")}
            </p>
          ) : null}
          <p>{localise(route.idea, locale)}</p>
        </li>
      ))}
    </ul>
  );
}
