import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MaturityChart } from "@/components/training/maturity-chart";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getMaturityScan } from "@/db/queries/maturity-scans";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Params = Promise<{ scanId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training.scan");
  return { title: t("resultTitle") };
}

/** One scan's result per dimension, as bars and as a table, with the change and the modules that help most. */
export default async function ScanPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const scanId = idParam((await params).scanId);
  const search = await searchParams;
  const [scan, t, modules] = await Promise.all([
    orNotFound(getMaturityScan({ scanId })),
    getTranslations("training.scan"),
    getTranslations("training.modules"),
  ]);
  return (
    <>
      <PageHeader
        title={t("resultHeading", { subject: scan.subject })}
        intro={
          <>
            {t(`moments.${scan.moment}`)} · <FormattedDay value={scan.takenOn} /> · {scan.takenByName}
          </>
        }
        back={
          <BackLink href={scan.trackId ? `/training/${scan.trackId}` : "/training/scans"}>
            {scan.trackTitle ?? t("listTitle")}
          </BackLink>
        }
      />
      {search.nieuw === "1" ? (
        <div className="mb-6 max-w-3xl">
          <Notice tone="success" role="status">
            {t("saved")}
          </Notice>
        </div>
      ) : null}
      <div className="flex flex-col gap-8">
        <section aria-labelledby="uitkomst">
          <h2 id="uitkomst" className="text-2xl">
            {t("perDimension")}
          </h2>
          <p className="mt-2">
            {t("overallLine", { score: scan.overall ?? "—" })}{" "}
            {scan.previous ? (
              <>
                {t("comparedWith")}{" "}
                <Link href={`/training/scans/${scan.previous.id}`}>
                  <FormattedDay value={scan.previous.takenOn} />
                </Link>
              </>
            ) : (
              t("firstScan")
            )}
          </p>
          <div className="mt-4">
            <MaturityChart
              changes={scan.changes}
              caption={t("chartCaption", { subject: scan.subject })}
              beforeLabel={scan.previous ? t("previous") : undefined}
              afterLabel={t("now")}
            />
          </div>
        </section>
        <section aria-labelledby="zwakste" className="max-w-3xl">
          <h2 id="zwakste" className="text-2xl">
            {t("weakestTitle")}
          </h2>
          {scan.weakest.length === 0 ? (
            <p className="mt-2">{t("noWeakest")}</p>
          ) : (
            <>
              <p className="mt-2">
                {t("weakestLine", { dimensions: scan.weakest.map((d) => t(`dimensions.${d}`)).join(", ") })}
              </p>
              <ul className="mt-2 list-disc pl-6">
                {scan.suggestions.map((key) => (
                  <li key={key}>
                    <Link href={`/training/modules/${key}`}>{modules(`${key}.title`)}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        {scan.note ? (
          <section aria-labelledby="toelichting" className="max-w-3xl">
            <h2 id="toelichting" className="text-2xl">
              {t("note")}
            </h2>
            <p className="mt-2 whitespace-pre-line">{scan.note}</p>
          </section>
        ) : null}
      </div>
    </>
  );
}
