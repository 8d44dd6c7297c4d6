import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/about/help-link";
import { ArchivedLink } from "@/components/archive/archived-list";
import { CurrentRoute } from "@/components/routes/current-route";
import { Roadmap } from "@/components/routes/roadmap";
import { RouteCards } from "@/components/routes/route-cards";
import { SourceCredit } from "@/components/routes/source-credit";
import { buttonClass } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getRouteSummary } from "@/db/queries/routes";
import { orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/permissions";
import { isRouteKey, type RouteKey } from "@/lib/domain/scenarios";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("routes");
  return { title: t("title") };
}

export default async function RoutesPage({
  searchParams,
}: {
  searchParams: Promise<{ besloten?: string; opgeslagen?: string }>;
}) {
  const [viewer, summary, { besloten, opgeslagen }, t] = await Promise.all([
    requireViewer(),
    orNotFound(getRouteSummary()),
    searchParams,
    getTranslations("routes"),
  ]);
  const { current, steps } = summary;
  const chosen = [current?.primaryRoute, current?.secondaryRoute].filter(
    (key): key is RouteKey => typeof key === "string" && isRouteKey(key),
  );
  const mayDecide = can(viewer.role, "route.decide");

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro", { organisation: viewer.organisationName })}
        actions={
          current && mayDecide ? (
            <Link href="/routes/intake" className={buttonClass("secondary")}>
              {t("chooseAgain")}
            </Link>
          ) : null
        }
      />
      <HelpLink topic="route-kiezen" below />
      {besloten ? (
        <div className="mb-6">
          <Notice tone="success" role="status" title={t("decidedNotice")}>
            {t("decidedNoticeText")}
          </Notice>
        </div>
      ) : null}

      {current ? (
        <>
          <CurrentRoute decision={current} />
          <p className="mt-3">
            <Link href="/routes/decisions">{t("historyLink")}</Link>
          </p>
          <Roadmap
            steps={steps}
            role={viewer.role}
            showRoute={chosen.length > 1 || steps.some((s) => !chosen.includes(s.route as RouteKey))}
            savedStepId={opgeslagen ? Number(opgeslagen) : undefined}
          />
        </>
      ) : (
        <section aria-labelledby="invite-title" className="rounded-ik bg-info-surface p-5">
          <h2 id="invite-title" className="text-2xl">
            {t("noDecisionTitle")}
          </h2>
          <p className="mt-2 max-w-3xl">{t("noDecisionText")}</p>
          <p className="mt-4 flex flex-wrap gap-4">
            <Link href="/routes/intake" className={buttonClass("primary")}>
              {t("startIntake")}
            </Link>
            <Link href="/routes/compare" className={buttonClass("secondary")}>
              {t("compareLink")}
            </Link>
          </p>
        </section>
      )}

      <section aria-labelledby="five-title" className="mt-10">
        <h2 id="five-title" className="text-2xl">
          {t("fiveTitle")}
        </h2>
        <p className="mt-1 mb-4 max-w-3xl">{t("fiveIntro")}</p>
        <RouteCards chosen={chosen} />
        <p className="mt-4 flex flex-wrap gap-6">
          <Link href="/routes/compare">{t("compareLink")}</Link>
          <Link href="/routes/intake">{t("intakeLink")}</Link>
        </p>
      </section>
      <SourceCredit />
      <ArchivedLink kind="roadmapStep" />
    </>
  );
}
