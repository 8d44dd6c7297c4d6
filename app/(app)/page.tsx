import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HomeRoutePanel } from "@/components/routes/home-route-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("title") };
}

const CYCLE_STEPS = ["route", "define", "research", "learn", "adjust"] as const;

export default async function HomePage() {
  const viewer = await requireViewer();
  const [t, roles] = await Promise.all([getTranslations("home"), getTranslations("roles")]);
  return (
    <>
      <PageHeader
        title={t("welcome", { name: viewer.name })}
        intro={t("intro", { organisation: viewer.organisationName })}
      />
      {can(viewer.role, "route.read") ? (
        <div className="mb-8 max-w-3xl">
          <HomeRoutePanel />
        </div>
      ) : null}
      <section aria-labelledby="cycle-title" className="max-w-3xl">
        <h2 id="cycle-title" className="text-2xl">
          {t("cycleTitle")}
        </h2>
        <ol className="mt-4 flex flex-col gap-4">
          {CYCLE_STEPS.map((step, index) => (
            <li key={step} className="flex gap-4 rounded-ik border border-line p-4">
              <span
                aria-hidden="true"
                className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-primary font-bold text-on-primary"
              >
                {index + 1}
              </span>
              <div>
                <h3 className="text-lg">{t(`steps.${step}.title`)}</h3>
                <p>{t(`steps.${step}.text`)}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="role-title" className="mt-8 max-w-3xl">
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
    </>
  );
}
