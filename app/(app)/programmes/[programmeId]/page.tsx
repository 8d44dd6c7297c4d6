import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArchiveSection } from "@/components/archive/archive-panels";
import { AuditEventText } from "@/components/audit/audit-event";
import { renderAuditEvents } from "@/components/audit/render-events";
import { AssumptionStatusBadge, CriticalityBadge, IndicatorStatusBadge } from "@/components/programmes/badges";
import { PhaseForm } from "@/components/programmes/phase-form";
import { FormattedDate, FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { archiveState } from "@/db/queries/archived";
import { listAssumptions } from "@/db/queries/assumptions";
import { listIndicators } from "@/db/queries/indicators";
import { recentProgrammeActivity } from "@/db/queries/programme-activity";
import { getCycle } from "@/db/queries/programme-cycle";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { compareByRisk, isAtRisk } from "@/lib/domain/assumption-risk";
import { CYCLE_PHASES } from "@/lib/domain/constants";
import { assessIndicator } from "@/lib/domain/indicator-status";
import { isMeasurementOverdue } from "@/lib/domain/measurement-schedule";
import { todayInAmsterdam } from "@/lib/domain/time";

export async function generateMetadata({ params }: { params: Promise<{ programmeId: string }> }): Promise<Metadata> {
  const programme = await orNotFound(getProgramme({ programmeId: idParam((await params).programmeId) }));
  return { title: programme.name };
}

export default async function ProgrammePage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<{ nieuw?: string; opgeslagen?: string; teruggezet?: string }>;
}) {
  const programmeId = idParam((await params).programmeId);
  const [programme, cycle, indicators, assumptions, activity, search, t, format] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(getCycle({ programmeId })),
    orNotFound(listIndicators({ programmeId })),
    orNotFound(listAssumptions({ programmeId })),
    orNotFound(recentProgrammeActivity({ programmeId })),
    searchParams,
    getTranslations("programmes"),
    getFormatter(),
  ]);
  const record = { kind: "programme", id: programmeId } as const;
  const [overview, cycleT, recent, archived, archiveT] = await Promise.all([
    getTranslations("programmes.overview"),
    getTranslations("programmes.cycle"),
    renderAuditEvents(activity.rows, activity.names, activity.organisationName),
    orNotFound(archiveState(record)),
    getTranslations("archive"),
  ]);
  const base = `/programmes/${programmeId}`;
  const today = todayInAmsterdam();
  const assessed = indicators.map((indicator) => ({
    indicator,
    assessment: assessIndicator(indicator),
    overdue: isMeasurementOverdue(
      indicator.frequency,
      indicator.measurements.at(-1)?.measuredOn ?? null,
      indicator.baselineDate,
      today,
    ),
  }));
  const risky = [...assumptions].sort(compareByRisk).filter(isAtRisk);
  const overdue = assessed.filter((a) => a.overdue.overdue);
  const openItems = cycle.checklist.items.filter((i) => !i.met).map((i) => cycleT(`items.${i.key}`));

  return (
    <>
      {search.nieuw || search.opgeslagen || search.teruggezet ? (
        <div className="mb-6 max-w-3xl">
          <Notice tone="success" role="status">
            {search.nieuw ? overview("created") : search.teruggezet ? archiveT("restored") : overview("saved")}
          </Notice>
        </div>
      ) : null}

      <div className="grid grid-cols-1 gap-8 xl:grid-cols-[3fr_2fr]">
        <div className="flex flex-col gap-8">
          <section aria-labelledby="cycle-title" className="rounded-ik border-2 border-primary p-5">
            <h2 id="cycle-title" className="text-2xl">
              {cycleT("title", { round: cycle.round })}
            </h2>
            <ol className="mt-3 flex flex-wrap gap-2">
              {CYCLE_PHASES.map((phase, index) => {
                const current = phase === cycle.phase;
                return (
                  <li
                    key={phase}
                    aria-current={current ? "step" : undefined}
                    className={`rounded-ik px-3 py-1 ${current ? "bg-primary font-bold text-on-primary" : "bg-surface"}`}
                  >
                    {index + 1}. {t(`phaseNames.${phase}`)}
                    {current ? <span className="sr-only"> ({cycleT("current")})</span> : null}
                  </li>
                );
              })}
            </ol>
            <p className="mt-3">{cycleT(`explain.${cycle.phase}`)}</p>
            {cycle.checklist.items.length > 0 ? (
              <>
                <h3 className="mt-4 font-semibold">
                  {cycleT("checklistTitle", { phase: t(`phases.${cycle.phase}`) })}
                </h3>
                <ul className="mt-1 flex flex-col gap-1">
                  {cycle.checklist.items.map((item) => (
                    <li key={item.key} className="flex items-center gap-2">
                      <span aria-hidden="true" className={item.met ? "text-success" : "text-danger"}>
                        {item.met ? "✓" : "✗"}
                      </span>
                      <span>
                        {cycleT(`items.${item.key}`)}
                        <span className="sr-only"> ({item.met ? cycleT("met") : cycleT("notMet")})</span>
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="mt-3 text-sm text-muted">{cycleT("noChecklist")}</p>
            )}
            {programme.access.edit ? (
              <div className="mt-5 border-t border-line pt-4">
                <PhaseForm
                  programmeId={programmeId}
                  nextLabel={
                    cycle.next.round > cycle.round
                      ? cycleT("newRound", { round: cycle.next.round })
                      : t(`phases.${cycle.next.phase}`)
                  }
                  openItems={openItems}
                  closingRound={cycle.phase === "bijsturen"}
                />
              </div>
            ) : null}
            {cycle.history.length > 0 ? (
              <details className="mt-5">
                <summary className="cursor-pointer font-semibold text-link">{cycleT("historyTitle")}</summary>
                <ol className="mt-3 flex flex-col gap-3">
                  {cycle.history.map((change) => (
                    <li key={change.id} className="border-l-4 border-line pl-3">
                      <p className="font-semibold">
                        {cycleT("historyItem", {
                          fromRound: change.fromRound,
                          from: t(`phases.${change.fromPhase}`),
                          toRound: change.toRound,
                          to: t(`phases.${change.toPhase}`),
                        })}
                      </p>
                      <p className="text-sm text-muted">
                        <FormattedDate value={change.changedAt} /> · {change.changedByName}
                      </p>
                      {change.openItems.length > 0 ? (
                        <p className="text-sm">
                          {cycleT("movedWithOpen", {
                            items: change.openItems.map((key) => cycleT(`items.${key}`)).join(", "),
                          })}
                        </p>
                      ) : null}
                      {change.noCorrectionReason ? (
                        <p className="text-sm">
                          {cycleT("noCorrectionRecorded", { reason: change.noCorrectionReason })}
                        </p>
                      ) : null}
                      {change.note ? <p className="text-sm whitespace-pre-line">{change.note}</p> : null}
                    </li>
                  ))}
                </ol>
              </details>
            ) : null}
          </section>

          <section aria-labelledby="indicators-title">
            <h2 id="indicators-title" className="text-2xl">
              {overview("indicatorsTitle")}
            </h2>
            {assessed.length === 0 ? (
              <p className="mt-2">{overview("noIndicators")}</p>
            ) : (
              <ul className="mt-3 flex flex-col gap-2">
                {assessed.map(({ indicator, assessment }) => (
                  <li key={indicator.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <IndicatorStatusBadge status={assessment.status} />
                    <Link href={`${base}/indicators/${indicator.id}`}>{indicator.name}</Link>
                    {assessment.latest ? (
                      <span className="text-sm text-muted">
                        {overview("latest", {
                          value: format.number(assessment.latest.value),
                          unit: indicator.unit,
                        })}{" "}
                        (<FormattedDay value={assessment.latest.measuredOn} />)
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2">
              <Link href={`${base}/indicators`}>{overview("allIndicators")}</Link>
            </p>
          </section>

          <section aria-labelledby="risk-title">
            <h2 id="risk-title" className="text-2xl">
              {overview("risksTitle")}
            </h2>
            {risky.length === 0 ? (
              <p className="mt-2">{assumptions.length ? overview("noRisks") : overview("noAssumptions")}</p>
            ) : (
              <ul className="mt-3 flex flex-col gap-2">
                {risky.map((assumption) => (
                  <li key={assumption.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <CriticalityBadge criticality={assumption.criticality} />
                    <AssumptionStatusBadge status={assumption.status} />
                    <Link href={`${base}/assumptions/${assumption.id}`}>{assumption.statement}</Link>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2">
              <Link href={`${base}/assumptions`}>{overview("allAssumptions", { count: assumptions.length })}</Link>
            </p>
          </section>
        </div>

        <div className="flex flex-col gap-8">
          <section aria-labelledby="overdue-title" className="rounded-ik bg-surface p-4">
            <h2 id="overdue-title" className="text-xl">
              {overview("overdueTitle")}
            </h2>
            {overdue.length === 0 ? (
              <p className="mt-2">{overview("nothingOverdue")}</p>
            ) : (
              <ul className="mt-2 flex flex-col gap-1">
                {overdue.map(({ indicator, overdue: due }) => (
                  <li key={indicator.id}>
                    <Link href={`${base}/indicators/${indicator.id}`}>{indicator.name}</Link>:{" "}
                    {due.dueOn ? (
                      <>
                        {overview("dueSince")} <FormattedDay value={due.dueOn} />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="details-title">
            <h2 id="details-title" className="text-xl">
              {overview("detailsTitle")}
            </h2>
            <dl className="mt-2 flex flex-col gap-2">
              <div>
                <dt className="font-semibold">{t("form.societalChallenge")}</dt>
                <dd className="whitespace-pre-line">{programme.societalChallenge}</dd>
              </div>
              {programme.description ? (
                <div>
                  <dt className="font-semibold">{t("form.description")}</dt>
                  <dd className="whitespace-pre-line">{programme.description}</dd>
                </div>
              ) : null}
              <div>
                <dt className="font-semibold">{t("owner")}</dt>
                <dd>{programme.ownerName}</dd>
              </div>
              <div>
                <dt className="font-semibold">{t("form.team")}</dt>
                <dd>{programme.team.length ? programme.team.map((m) => m.name).join(", ") : "—"}</dd>
              </div>
              <div>
                <dt className="font-semibold">{t("form.partners")}</dt>
                <dd>{programme.partners.length ? programme.partners.map((p) => p.name).join(", ") : "—"}</dd>
              </div>
              <div>
                <dt className="font-semibold">{t("period")}</dt>
                <dd>
                  {programme.startDate ? <FormattedDay value={programme.startDate} /> : "—"} –{" "}
                  {programme.endDate ? <FormattedDay value={programme.endDate} /> : "—"}
                </dd>
              </div>
              {programme.budgetCents !== null ? (
                <div>
                  <dt className="font-semibold">{t("form.budget")}</dt>
                  <dd>{format.number(programme.budgetCents / 100, "euro")}</dd>
                </div>
              ) : null}
            </dl>
            {programme.access.edit ? (
              <p className="mt-3">
                <Link href={`${base}/edit`}>{overview("editDetails")}</Link>
              </p>
            ) : null}
          </section>

          <section aria-labelledby="activity-title">
            <h2 id="activity-title" className="text-xl">
              {overview("activityTitle")}
            </h2>
            {recent.length === 0 ? (
              <p className="mt-2">{overview("noActivity")}</p>
            ) : (
              <ul className="mt-2 flex flex-col gap-3">
                {recent.map(({ row, rendered }) => (
                  <li key={row.id} className="break-words">
                    <AuditEventText event={rendered} />
                    <p className="text-sm text-muted">
                      <FormattedDate value={row.createdAt} />
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
      <ArchiveSection target={record} state={archived} />
    </>
  );
}
