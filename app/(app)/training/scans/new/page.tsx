import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ScanForm } from "@/components/training/scan-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { scanFormOptions } from "@/db/queries/maturity-scans";
import { todayInAmsterdam } from "@/lib/domain/time";
import { type ListSearch, parseScanStart } from "@/lib/validation/training-search";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training");
  return { title: t("takeScan") };
}

export default async function NewScanPage({ searchParams }: { searchParams: Promise<ListSearch> }) {
  const start = parseScanStart(await searchParams);
  const [options, t, training] = await Promise.all([
    scanFormOptions(),
    getTranslations("training.scan"),
    getTranslations("training"),
  ]);
  // A partner without an organisation to scan has nothing to fill in.
  if (!options.teams && options.partners.length === 0) notFound();
  const partnerId = start.partnerId ?? (options.teams ? undefined : options.partners[0]?.id);
  const trackId = options.tracks.some((track) => track.id === start.trackId) ? start.trackId : undefined;
  return (
    <>
      <PageHeader
        title={training("takeScan")}
        intro={t("formIntro")}
        back={<BackLink href={trackId ? `/training/${trackId}` : "/training/scans"}>{t("listTitle")}</BackLink>}
      />
      <ScanForm
        partners={options.partners.map((p) => ({ value: String(p.id), label: p.name }))}
        tracks={options.tracks.map((track) => ({ value: String(track.id), label: track.title }))}
        teams={options.teams}
        defaults={{
          trackId: trackId ? String(trackId) : "",
          moment: start.moment,
          takenOn: todayInAmsterdam(),
          partnerId: partnerId ? String(partnerId) : "",
        }}
      />
    </>
  );
}
