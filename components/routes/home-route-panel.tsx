import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { getRouteSummary } from "@/db/queries/routes";
import { isOverdue, nextSteps, roadmapProgress, stepByKey } from "@/lib/domain/roadmap";
import { localise } from "@/lib/domain/scenarios";
import { todayInAmsterdam } from "@/lib/domain/time";
import { shortLocale } from "@/lib/i18n/settings";
import { RouteName } from "./current-route";

/** The home page's view of the route: what was chosen, how far the roadmap is, what is due next. */
export async function HomeRoutePanel() {
  const [{ current, steps }, t, locale] = await Promise.all([
    getRouteSummary(),
    getTranslations("home.route"),
    getLocale().then(shortLocale),
  ]);

  if (!current) {
    return (
      <section aria-labelledby="home-route-title" className="rounded-ik bg-info-surface p-5">
        <h2 id="home-route-title" className="text-2xl">
          {t("noneTitle")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("noneText")}</p>
        <p className="mt-4">
          <Link href="/routes/intake" className={buttonClass("primary")}>
            {t("startIntake")}
          </Link>
        </p>
      </section>
    );
  }

  const progress = roadmapProgress(steps);
  const upcoming = nextSteps(steps);
  const today = todayInAmsterdam();
  return (
    <section aria-labelledby="home-route-title" className="rounded-ik border-2 border-primary p-5">
      <h2 id="home-route-title" className="text-2xl">
        {t("title")}
      </h2>
      <p className="mt-2 text-xl font-semibold">
        <RouteName routeKey={current.primaryRoute} />
        {current.secondaryRoute ? (
          <>
            {" + "}
            <RouteName routeKey={current.secondaryRoute} />
          </>
        ) : null}
      </p>
      <p className="mt-2" id="home-progress">
        {t("progress", { done: progress.done, total: progress.total })}
      </p>
      <progress
        className="mt-1 h-3 w-full max-w-md"
        max={progress.total || 1}
        value={progress.done}
        aria-labelledby="home-progress"
      />
      {upcoming.length > 0 ? (
        <>
          <h3 className="mt-4 text-lg">{t("nextTitle")}</h3>
          <ul className="mt-1 flex flex-col gap-1">
            {upcoming.map((step) => {
              const content = stepByKey(step.stepKey);
              return (
                <li key={step.id}>
                  <Link href={`/routes#stap-${step.id}`}>
                    {content ? localise(content.title, locale) : step.stepKey}
                  </Link>
                  {step.isFirstStep ? <span className="ml-2 text-sm font-semibold">({t("firstStep")})</span> : null}
                  <span className="ml-2 text-sm text-muted">
                    {step.dueDate ? <FormattedDay value={step.dueDate} /> : t("noDueDate")}
                  </span>
                  {isOverdue(step, today) ? <strong className="ml-2 text-sm text-danger">{t("overdue")}</strong> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="mt-4">{t("allDone")}</p>
      )}
      <p className="mt-4">
        <Link href="/routes">{t("toRoadmap")}</Link>
      </p>
    </section>
  );
}
