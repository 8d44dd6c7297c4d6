import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { EXPORT_FORMATS, PROGRAMME_EXPORTS } from "@/db/queries/exports";
import { listProgrammes } from "@/db/queries/programmes";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("exports");
  return { title: t("title") };
}

/** Every download the viewer may use: the files of each programme they read, and for a beheerder the whole gemeente. */
export default async function ExportsPage() {
  const [viewer, programmes, t] = await Promise.all([requireViewer(), listProgrammes(), getTranslations("exports")]);
  const mayExportAll = can(viewer.role, "export.organisation");

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />

      <div className="flex max-w-3xl flex-col gap-3">
        <Notice title={t("csvTitle")}>
          <p>{t("csvText")}</p>
          <p className="mt-2">{t("xlsxText")}</p>
        </Notice>
        <p className="text-sm text-muted">{t("auditNote")}</p>
      </div>

      {mayExportAll ? (
        <section aria-labelledby="export-organisation" className="mt-8 max-w-3xl">
          <h2 id="export-organisation" className="text-2xl">
            {t("organisationTitle", { organisation: viewer.organisationName })}
          </h2>
          <p className="mt-2">{t("organisationText")}</p>
          <p className="mt-3">
            {/* A plain link: the file is a download, not a page of the app. */}
            <a href="/api/export" className="font-semibold">
              {t("organisationDownload")}
            </a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="export-programmes" className="mt-8">
        <h2 id="export-programmes" className="text-2xl">
          {t("programmesTitle")}
        </h2>
        {programmes.length === 0 ? (
          <p className="mt-2 max-w-3xl rounded-ik bg-info-surface p-4">{t("noProgrammes")}</p>
        ) : (
          <ul className="mt-3 grid gap-4 lg:grid-cols-2">
            {programmes.map((programme) => {
              const headingId = `export-programme-${programme.id}`;
              return (
                <li key={programme.id} className="rounded-ik border border-line p-4">
                  <h3 id={headingId} className="text-xl">
                    {programme.name}
                  </h3>
                  <ul aria-labelledby={headingId} className="mt-2 flex flex-col gap-1">
                    <li>
                      <Link href={`/programmes/${programme.id}/report`}>
                        {t("report")}
                        <span className="sr-only"> {t("ofProgramme", { name: programme.name })}</span>
                      </Link>
                    </li>
                    {PROGRAMME_EXPORTS.map((kind) => (
                      <li key={kind} className="flex flex-wrap items-baseline gap-x-3">
                        {/* The links name the file in full ("Aannames van … (Excel)"); the label is for the eye. */}
                        <span aria-hidden="true">{t(`files.${kind}`)}:</span>
                        {EXPORT_FORMATS.map((format) => (
                          <a
                            key={format}
                            className="inline-block min-h-6"
                            href={`/api/programmes/${programme.id}/export/${kind}${format === "csv" ? "" : `.${format}`}`}
                            aria-label={t("fileLink", {
                              file: t(`files.${kind}`),
                              name: programme.name,
                              format: t(`formats.${format}`),
                            })}
                          >
                            {t(`formats.${format}`)}
                          </a>
                        ))}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
