import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CycleExplanation } from "@/components/home/cycle-explanation";
import { HomeMyWork } from "@/components/home/my-work";
import { PartnerProgrammes, RecentDecisions } from "@/components/home/partner-home";
import { HomeRoutePanel } from "@/components/routes/home-route-panel";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { myWork } from "@/db/queries/my-work";
import { homeProgrammes, recentDecisions } from "@/db/queries/partner-home";
import { requireViewer } from "@/lib/auth/viewer";
import { can, reaches } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("title") };
}

type Search = { klaar?: string; besluiten?: string };

export default async function HomePage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireViewer();
  const [search, sections, t, roles] = await Promise.all([
    searchParams,
    myWork(),
    getTranslations("home"),
    getTranslations("roles"),
  ]);
  return (
    <>
      <PageHeader
        title={t("welcome", { name: viewer.name })}
        intro={t("intro", { organisation: viewer.organisationName })}
      />
      <HomeMyWork sections={sections} done={search.klaar !== undefined} />
      {/* Someone who reports as a partner sees its programmes and what was decided in them. */}
      {reaches(viewer.role, "reporting.submit") ? (
        <PartnerPanels decisionsPage={Number(search.besluiten ?? 1)} />
      ) : null}
      {can(viewer.role, "route.read") ? (
        <div className="mb-8 max-w-3xl">
          <HomeRoutePanel />
        </div>
      ) : null}
      <section aria-labelledby="role-title" className="max-w-3xl">
        <h2 id="role-title" className="text-2xl">
          {t("roleTitle")}
        </h2>
        <p className="mt-2">
          {t("roleIntro", { role: roles(viewer.role), organisation: viewer.organisationName })}{" "}
          {roles(`descriptions.${viewer.role}`)}
        </p>
        {can(viewer.role, "users.manage") ? (
          <div className="mt-4 rounded-ik bg-surface p-4">
            <h3 className="text-lg">{t("adminStartTitle")}</h3>
            <ul className="mt-2 list-disc pl-6">
              <li>
                <Link href="/admin/users/new">{t("adminStartUsers")}</Link>
              </li>
              <li>
                <Link href="/admin/partners/new">{t("adminStartPartners")}</Link>
              </li>
            </ul>
          </div>
        ) : null}
      </section>
      <CycleExplanation />
    </>
  );
}

async function PartnerPanels({ decisionsPage }: { decisionsPage: number }) {
  const [programmes, decisions] = await Promise.all([homeProgrammes(), recentDecisions({ page: decisionsPage })]);
  return (
    <>
      <PartnerProgrammes programmes={programmes} />
      <RecentDecisions decisions={decisions} />
    </>
  );
}
