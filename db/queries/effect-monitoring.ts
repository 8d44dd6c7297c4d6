// Monitoring together (route 2): per opgave and per subsidiekader, the gezamenlijk afgesproken effecten with what the
// partners reported against them in the partner reporting — approved values only, summed and per partner, against
// the targets — their narrative reports, and the reports that are late. lib/domain/effect-monitoring.ts decides what
// counts; this file reads only what the viewer may see.
//
// Who sees what: an opgave's monitoring is the gemeente's, like the register (opgaven.read; a partner does not read
// it). A framework's monitoring is read by whoever reads the framework (subsidies.read). A partner sees there only
// its own part: the agreed effects themselves (as on the framework's page), its own approved values, its own target,
// its own narratives and late reports — never another partner's figures, nor the sum over all partners, from which
// another partner's part could be worked out.
import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, ne, type SQL, sql } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import {
  effectTotals,
  indicatorTotals,
  latePeriods,
  type MonitoredEffect,
  type MonitoredPeriod,
  type PartnerTarget,
  type ReportedValue,
} from "@/lib/domain/effect-monitoring";
import { todayInAmsterdam } from "@/lib/domain/time";
import { applicationsVisibleTo, frameworkRelation, type Reader } from "../access";
import { getDb } from "../index";
import {
  partnerOrganisations,
  programmes,
  reportingAssignments,
  reportingPeriods,
  submissions,
  submissionValues,
  subsidyApplicationEffects,
  subsidyApplications,
  subsidyFrameworkEffects,
  subsidyFrameworks,
} from "../schema";
import { guard } from "../write";
import { type AgreedEffectRow, agreedEffectsIn } from "./agreed-effects";
import { opgaveIn } from "./opgaven";
import { frameworkEffects, frameworkIn } from "./subsidies";

/** Narrative reports per screen: they grow with every period. */
export const NARRATIVES_PAGE_SIZE = 10;

/** The values partners reported on these indicators (every status but a concept: the domain decides what counts). */
function reportedValuesIn(db: Reader, organisationId: number, indicatorIds: number[], partnerIds: number[] | null) {
  if (indicatorIds.length === 0 || partnerIds?.length === 0) return [];
  const conditions: SQL[] = [
    eq(submissionValues.organisationId, organisationId),
    inArray(submissionValues.indicatorId, indicatorIds),
    ne(submissions.status, "concept"),
  ];
  if (partnerIds) conditions.push(inArray(submissions.partnerOrganisationId, partnerIds));
  return db
    .select({
      valueId: submissionValues.id,
      indicatorId: submissionValues.indicatorId,
      partnerId: submissions.partnerOrganisationId,
      partnerName: partnerOrganisations.name,
      measuredOn: submissionValues.measuredOn,
      value: submissionValues.value,
      status: submissions.status,
    })
    .from(submissionValues)
    .innerJoin(submissions, eq(submissions.id, submissionValues.submissionId))
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, submissions.partnerOrganisationId))
    .where(and(...conditions))
    .all() satisfies ReportedValue[];
}

type Obligation = { programmeId: number; partnerId: number; from: string | null; to: string | null };

const periodColumns = {
  periodId: reportingPeriods.id,
  programmeId: reportingPeriods.programmeId,
  programmeName: programmes.name,
  partnerId: reportingPeriods.partnerOrganisationId,
  partnerName: partnerOrganisations.name,
  startsOn: reportingPeriods.startsOn,
  endsOn: reportingPeriods.endsOn,
  dueOn: reportingPeriods.dueOn,
  status: submissions.status,
};

/** The reporting periods of these partners in these programmes that overlap the window, with their report's status. */
function periodsIn(db: Reader, organisationId: number, obligations: Obligation[]) {
  const rows: (MonitoredPeriod & { programmeId: number; programmeName: string })[] = [];
  for (const o of obligations) {
    const conditions: SQL[] = [
      eq(reportingPeriods.organisationId, organisationId),
      eq(reportingPeriods.programmeId, o.programmeId),
      eq(reportingPeriods.partnerOrganisationId, o.partnerId),
    ];
    if (o.from) conditions.push(gte(reportingPeriods.endsOn, o.from));
    if (o.to) conditions.push(lte(reportingPeriods.startsOn, o.to));
    rows.push(
      ...db
        .select(periodColumns)
        .from(reportingPeriods)
        .innerJoin(programmes, eq(programmes.id, reportingPeriods.programmeId))
        .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, reportingPeriods.partnerOrganisationId))
        .leftJoin(submissions, eq(submissions.periodId, reportingPeriods.id))
        .where(and(...conditions))
        .all(),
    );
  }
  const unique = new Map(rows.map((row) => [row.periodId, row]));
  return [...unique.values()];
}

/** The approved reports of these periods with what the partner wrote, latest period first, one screen at a time. */
function narrativesIn(db: Reader, organisationId: number, periodIds: number[], page: number) {
  const where = and(
    eq(submissions.organisationId, organisationId),
    inArray(submissions.periodId, periodIds.length ? periodIds : [-1]),
    eq(submissions.status, "goedgekeurd"),
  );
  const total = db.select({ n: sql<number>`count(*)` }).from(submissions).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / NARRATIVES_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = db
    .select({
      submissionId: submissions.id,
      programmeId: submissions.programmeId,
      programmeName: programmes.name,
      periodId: submissions.periodId,
      partnerName: partnerOrganisations.name,
      startsOn: reportingPeriods.startsOn,
      endsOn: reportingPeriods.endsOn,
      wentWell: submissions.wentWell,
      wentLess: submissions.wentLess,
      learned: submissions.learned,
      reviewedAt: submissions.reviewedAt,
    })
    .from(submissions)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, submissions.periodId))
    .innerJoin(programmes, eq(programmes.id, submissions.programmeId))
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, submissions.partnerOrganisationId))
    .where(where)
    .orderBy(desc(reportingPeriods.endsOn), asc(partnerOrganisations.name), asc(submissions.id))
    .limit(NARRATIVES_PAGE_SIZE)
    .offset((current - 1) * NARRATIVES_PAGE_SIZE)
    .all();
  return { rows, total, page: current, pageCount };
}

/** The targets granted applications set on these effects; `visible` limits the applications (a partner: its own). */
function grantedTargetsIn(db: Reader, effectIds: number[], visible: SQL, frameworkId?: number) {
  if (effectIds.length === 0) return [];
  return db
    .select({
      applicationId: subsidyApplications.id,
      frameworkId: subsidyApplications.frameworkId,
      effectId: subsidyApplicationEffects.agreedEffectId,
      partnerId: subsidyApplications.partnerOrganisationId,
      partnerName: partnerOrganisations.name,
      target: subsidyApplicationEffects.target,
    })
    .from(subsidyApplicationEffects)
    .innerJoin(subsidyApplications, eq(subsidyApplications.id, subsidyApplicationEffects.applicationId))
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, subsidyApplications.partnerOrganisationId))
    .where(
      and(
        visible,
        inArray(subsidyApplicationEffects.agreedEffectId, effectIds),
        eq(subsidyApplications.status, "toegekend"),
        frameworkId === undefined ? undefined : eq(subsidyApplications.frameworkId, frameworkId),
      ),
    )
    .all() satisfies PartnerTarget[];
}

/** Puts the pieces together: per effect its totals, per indicator shared by effects one total, the late reports. */
function monitoring(
  db: Reader,
  organisationId: number,
  effects: AgreedEffectRow[],
  monitored: MonitoredEffect[],
  values: ReportedValue[],
  targets: PartnerTarget[],
  obligations: (Obligation & { effectId: number })[],
  today: string,
) {
  const totals = effectTotals(monitored, values, targets);
  const shared = indicatorTotals(monitored, values).filter((t) => t.effectIds.length > 1);
  const periods = periodsIn(db, organisationId, obligations);
  const late = latePeriods(periods, today) as typeof periods;
  const lateCount = (effectId: number) =>
    late.filter((p) =>
      obligations.some(
        (o) => o.effectId === effectId && o.programmeId === p.programmeId && o.partnerId === p.partnerId,
      ),
    ).length;
  return {
    periodIds: periods.map((p) => p.periodId),
    effects: effects.map((effect, index) => ({
      ...effect,
      monitoring: totals[index] as (typeof totals)[number],
      lateCount: lateCount(effect.id),
    })),
    shared: shared.map((t) => ({ ...t, effects: effects.filter((e) => t.effectIds.includes(e.id)) })),
    late,
  };
}

/** The monitoring with the stories of its periods' approved reports, one screen at a time. */
function withNarratives(
  db: Reader,
  organisationId: number,
  { periodIds, ...rest }: ReturnType<typeof monitoring>,
  page: number,
) {
  return { ...rest, narratives: narrativesIn(db, organisationId, periodIds, page) };
}

/**
 * An opgave's monitoring: each open agreed effect with every partner's approved values on its indicator since the
 * effect's baseline date, against the effect's target and the targets of granted applications (any framework).
 */
/** The subsidy frameworks of the gemeente that fund any of these agreed effects, each once, by name. */
export function frameworksFunding(db: Reader, organisationId: number, effectIds: number[]) {
  if (effectIds.length === 0) return [];
  const funding = db
    .select({ id: subsidyFrameworks.id, name: subsidyFrameworks.name })
    .from(subsidyFrameworkEffects)
    .innerJoin(subsidyFrameworks, eq(subsidyFrameworks.id, subsidyFrameworkEffects.frameworkId))
    .where(
      and(
        eq(subsidyFrameworks.organisationId, organisationId),
        inArray(subsidyFrameworkEffects.agreedEffectId, effectIds),
      ),
    )
    .orderBy(asc(subsidyFrameworks.name))
    .all();
  return [...new Map(funding.map((f) => [f.id, f])).values()];
}

export function opgaveMonitoringIn(db: Reader, viewer: Viewer, opgaveId: number, page = 1) {
  const opgave = opgaveIn(db, viewer.organisationId, opgaveId);
  const effects = agreedEffectsIn(db, viewer.organisationId, { opgaveId });
  const monitored = effects.map((e) => ({ ...e, partnerIds: null, from: e.baselineDate, to: null }));
  const indicatorIds = [...new Set(effects.map((e) => e.indicatorId))];
  const values = reportedValuesIn(db, viewer.organisationId, indicatorIds, null);
  const targets = grantedTargetsIn(
    db,
    effects.map((e) => e.id),
    eq(subsidyApplications.organisationId, viewer.organisationId),
  );
  // Whoever reports on an effect's indicator has periods in its programme: those are the reports to watch.
  const assigned = indicatorIds.length
    ? db
        .select({
          indicatorId: reportingAssignments.indicatorId,
          partnerId: reportingAssignments.partnerOrganisationId,
        })
        .from(reportingAssignments)
        .where(
          and(
            eq(reportingAssignments.organisationId, viewer.organisationId),
            inArray(reportingAssignments.indicatorId, indicatorIds),
          ),
        )
        .all()
    : [];
  const obligations = effects.flatMap((e) =>
    assigned
      .filter((a) => a.indicatorId === e.indicatorId)
      .map((a) => ({
        effectId: e.id,
        programmeId: e.programmeId,
        partnerId: a.partnerId,
        from: e.baselineDate,
        to: null,
      })),
  );
  const frameworks = frameworksFunding(
    db,
    viewer.organisationId,
    effects.map((e) => e.id),
  );
  return {
    opgave: { id: opgave.id, title: opgave.title, archivedAt: opgave.archivedAt },
    frameworks,
    ...withNarratives(
      db,
      viewer.organisationId,
      monitoring(db, viewer.organisationId, effects, monitored, values, targets, obligations, todayInAmsterdam()),
      page,
    ),
    ownPartOnly: false,
  };
}

export async function getOpgaveMonitoring({ opgaveId, page = 1 }: { opgaveId: number; page?: number }) {
  const { viewer, db } = await guard("opgaven.read");
  return opgaveMonitoringIn(db, viewer, opgaveId, page);
}

/**
 * A framework's monitoring: each agreed effect it funds, with the approved values of the partners granted on that
 * effect, against the effect's target and each granted application's target. A value counts from the effect's
 * baseline date up to the end of the framework's period: the effect is pursued together from its baseline, and what a
 * partner reports after the round has ended belongs to a later round. A partner gets only its own part (see the top
 * of this file).
 */
export function frameworkMonitoringIn(db: Reader, viewer: Viewer, frameworkId: number, page = 1) {
  frameworkRelation(viewer, frameworkId, db);
  const framework = frameworkIn(db, viewer.organisationId, frameworkId);
  const effects = frameworkEffects(db, viewer.organisationId, frameworkId);
  const targets = grantedTargetsIn(
    db,
    effects.map((e) => e.id),
    applicationsVisibleTo(viewer, "subsidies.read"),
    frameworkId,
  );
  const monitored = effects.map((e) => ({
    ...e,
    partnerIds: [...new Set(targets.filter((t) => t.effectId === e.id).map((t) => t.partnerId))],
    from: e.baselineDate,
    to: framework.endsOn,
  }));
  const partnerIds = [...new Set(targets.map((t) => t.partnerId))];
  const values = reportedValuesIn(
    db,
    viewer.organisationId,
    [...new Set(effects.map((e) => e.indicatorId))],
    partnerIds,
  );
  const obligations = monitored.flatMap((e) =>
    e.partnerIds.map((partnerId) => ({
      effectId: e.id,
      programmeId: e.programmeId,
      partnerId,
      from: e.from,
      to: e.to,
    })),
  );
  return {
    framework: { id: framework.id, name: framework.name, startsOn: framework.startsOn, endsOn: framework.endsOn },
    ...withNarratives(
      db,
      viewer.organisationId,
      monitoring(db, viewer.organisationId, effects, monitored, values, targets, obligations, todayInAmsterdam()),
      page,
    ),
    ownPartOnly: viewer.partnerOrganisationId !== null,
  };
}

export async function getFrameworkMonitoring({ frameworkId, page = 1 }: { frameworkId: number; page?: number }) {
  const viewer = await requireViewer();
  return frameworkMonitoringIn(getDb(), viewer, frameworkId, page);
}

export type EffectMonitoring = ReturnType<typeof frameworkMonitoringIn>;
