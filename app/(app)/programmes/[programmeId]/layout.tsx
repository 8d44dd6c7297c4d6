import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ArchiveBanner } from "@/components/archive/archive-banner";
import { ProgrammeNav } from "@/components/programmes/programme-nav";
import { archiveState } from "@/db/queries/archived";
import { getProgramme } from "@/db/queries/programmes";
import { readsReporting } from "@/db/queries/reporting-status";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { getRoute, isRouteKey, localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";

/** Every page of a programme: its name, kind, status and phase, and the sections of the programme. */
export default async function ProgrammeLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ programmeId: string }>;
}) {
  const programmeId = idParam((await params).programmeId);
  const record = { kind: "programme", id: programmeId } as const;
  const [programme, t, locale, archived, reporting] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    getTranslations("programmes"),
    getLocale().then(shortLocale),
    orNotFound(archiveState(record)),
    readsReporting({ programmeId }),
  ]);
  const base = `/programmes/${programmeId}`;
  return (
    <>
      <div className="programme-heading mb-4">
        <p className="flex flex-wrap gap-x-3 text-sm text-muted">
          <span>{t(`kinds.${programme.kind}`)}</span>
          <span>·</span>
          <span>{t(`statuses.${programme.status}`)}</span>
          {programme.route && isRouteKey(programme.route) ? (
            <>
              <span>·</span>
              <span>{localise(getRoute(programme.route).name, locale)}</span>
            </>
          ) : null}
        </p>
        <h1 className="text-3xl">{programme.name}</h1>
        <p className="mt-1">{t("roundPhase", { round: programme.round, phase: t(`phases.${programme.phase}`) })}</p>
      </div>
      {/* An archived programme says so on every one of its pages. */}
      <ArchiveBanner target={record} state={archived} />
      <ProgrammeNav
        label={t("sectionsLabel")}
        items={[
          { href: base, text: t("sections.overview") },
          { href: `${base}/theory`, text: t("sections.theory") },
          { href: `${base}/hypotheses`, text: t("sections.hypotheses") },
          { href: `${base}/assumptions`, text: t("sections.assumptions") },
          { href: `${base}/indicators`, text: t("sections.indicators") },
          ...(reporting ? [{ href: `${base}/reporting`, text: t("sections.reporting") }] : []),
          { href: `${base}/studies`, text: t("sections.studies") },
          { href: `${base}/learning-questions`, text: t("sections.learningQuestions") },
          { href: `${base}/corrections`, text: t("sections.corrections") },
          { href: `${base}/reflections`, text: t("sections.reflections") },
          { href: `${base}/pages`, text: t("sections.pages") },
          { href: `${base}/timeline`, text: t("sections.timeline") },
          { href: `${base}/report`, text: t("sections.report") },
        ]}
      />
      {children}
    </>
  );
}
