import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { logoSource } from "@/components/about/gemeente-look";
import { BrandColourForm } from "@/components/admin/brand-colour-form";
import { HelpdeskForm } from "@/components/admin/helpdesk-form";
import { LogoForm, RemoveLogoForm } from "@/components/admin/logo-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getGemeenteSettings } from "@/db/queries/gemeente-settings";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.gemeente");
  return { title: t("title") };
}

/** What `?opgeslagen=` may say was saved, after the redirect of a save. */
const SAVED = ["logo", "logo-weg", "kleur", "helpdesk"];

function Saved({ shown, children }: { shown: boolean; children: string }) {
  return shown ? (
    <Notice tone="success" role="status">
      {children}
    </Notice>
  ) : null;
}

/** The gemeente's own look (logo, colour) and helpdesk, each in a form of its own. */
export default async function GemeenteSettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ opgeslagen?: string }>;
}) {
  const [{ opgeslagen }, t, settings] = await Promise.all([
    searchParams,
    getTranslations("admin.gemeente"),
    orNotFound(getGemeenteSettings()),
  ]);
  const saved = opgeslagen && SAVED.includes(opgeslagen) ? opgeslagen : null;
  const { logo } = settings;
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="flex flex-col gap-10">
        <section aria-labelledby="logo-title" className="flex flex-col gap-4">
          <h2 id="logo-title" className="text-xl">
            {t("logo.title")}
          </h2>
          <Saved shown={saved === "logo"}>{t("logo.saved")}</Saved>
          <Saved shown={saved === "logo-weg"}>{t("logo.removed")}</Saved>
          {logo ? (
            <div className="flex flex-col gap-3">
              <p>{t("logo.current")}</p>
              <div className="self-start rounded-ik border border-line bg-page p-3">
                {/* biome-ignore lint/performance/noImgElement: a small image of our own, served as it is. */}
                <img
                  src={logoSource(logo.stamp)}
                  alt={`${t("logo.title")} ${settings.name}`}
                  width={logo.width}
                  height={logo.height}
                />
              </div>
              <RemoveLogoForm logoStamp={logo.stamp} />
            </div>
          ) : (
            <p>{t("logo.none")}</p>
          )}
          <LogoForm logoStamp={logo?.stamp ?? null} />
        </section>

        <section aria-labelledby="colour-title" className="flex flex-col gap-4">
          <h2 id="colour-title" className="text-xl">
            {t("colour.title")}
          </h2>
          <Saved shown={saved === "kleur"}>{t("colour.saved")}</Saved>
          <p className="flex items-center gap-3">
            {settings.brandColour ? (
              <>
                <span aria-hidden="true" className="inline-block h-6 w-10 rounded-ik border border-ink bg-primary" />
                {t("colour.current", { colour: settings.brandColour })}
              </>
            ) : (
              t("colour.default")
            )}
          </p>
          <BrandColourForm colour={settings.brandColour} version={settings.version} />
        </section>

        <section aria-labelledby="helpdesk-title" className="flex flex-col gap-4">
          <h2 id="helpdesk-title" className="text-xl">
            {t("helpdesk.title")}
          </h2>
          <Saved shown={saved === "helpdesk"}>{t("helpdesk.saved")}</Saved>
          <p className="max-w-3xl">{t("helpdesk.intro")}</p>
          <HelpdeskForm
            helpdesk={{
              helpdeskName: settings.helpdeskName,
              helpdeskEmail: settings.helpdeskEmail,
              helpdeskPhone: settings.helpdeskPhone,
              helpdeskHours: settings.helpdeskHours,
              version: settings.version,
            }}
          />
        </section>
      </div>
    </>
  );
}
