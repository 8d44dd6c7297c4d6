// Demo route 2, subsidiekaders: Gemeente Voorbeeld's framework "Samen tegen eenzaamheid 2027", funding the effect
// agreed for loneliness among older residents in Oost that the pilot's participants indicator measures (made here
// when the veranderplan demo has none). Stichting Buurtkracht's application was granted, which gave it its reporting
// obligations on the effect's indicator; Taalhuis Voorbeeld's was rejected with a reason. Buurtkracht's latest
// approved monthly report on the pilot also holds its count of participants, the effect's indicator: the monitoring
// of the framework and of the opgave shows that approved value.
import { and, asc, desc, eq, gte, isNull, lte } from "drizzle-orm";
import { freePeriods, grantPeriods } from "../lib/domain/subsidies";
import { recordAudit } from "./audit";
import type { AppDatabase } from "./client";
import {
  agreedEffects,
  indicators,
  measurements,
  opgaven,
  programmePartners,
  programmes,
  reportingAssignments,
  reportingPeriods,
  submissions,
  submissionValues,
  subsidyApplicationEffects,
  subsidyApplications,
  subsidyFrameworkEffects,
  subsidyFrameworks,
} from "./schema";

type Tx = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];
type People = { manager: number; management: number; partner: number; buurtkracht: number; taalhuis: number };

export const DEMO_FRAMEWORK = "Samen tegen eenzaamheid 2027";
const OPGAVE = "Eenzaamheid onder ouderen in Oost";
const INDICATOR = "Aantal deelnemers aan ontmoetingsactiviteiten";
const PERIOD = { startsOn: "2027-01-01", endsOn: "2027-12-31" };

/** The agreed effect the framework funds: the opgave's effect on the pilot's participants indicator, made if missing. */
function demoEffect(tx: Tx, organisationId: number, manager: number) {
  const opgave = tx
    .select({ id: opgaven.id })
    .from(opgaven)
    .where(and(eq(opgaven.organisationId, organisationId), eq(opgaven.title, OPGAVE)))
    .get();
  if (!opgave) return null;
  const columns = {
    id: agreedEffects.id,
    indicatorId: agreedEffects.indicatorId,
    programmeId: indicators.programmeId,
    baselineDate: agreedEffects.baselineDate,
  };
  const existing = tx
    .select(columns)
    .from(agreedEffects)
    .innerJoin(indicators, eq(indicators.id, agreedEffects.indicatorId))
    .where(and(eq(agreedEffects.opgaveId, opgave.id), eq(indicators.name, INDICATOR), isNull(agreedEffects.archivedAt)))
    .orderBy(asc(agreedEffects.id))
    .get();
  if (existing) return existing;
  const indicator = tx
    .select({
      id: indicators.id,
      programmeId: indicators.programmeId,
      baselineValue: indicators.baselineValue,
      baselineDate: indicators.baselineDate,
    })
    .from(indicators)
    .innerJoin(programmes, eq(programmes.id, indicators.programmeId))
    .where(and(eq(programmes.organisationId, organisationId), eq(indicators.name, INDICATOR)))
    .get();
  if (!indicator) return null;
  const { id } = tx
    .insert(agreedEffects)
    .values({
      organisationId,
      opgaveId: opgave.id,
      indicatorId: indicator.id,
      description: "Meer ouderen in Oost doen mee aan ontmoetingsactiviteiten",
      baselineValue: indicator.baselineValue ?? 12,
      baselineDate: indicator.baselineDate ?? "2026-01-01",
      targetValue: 60,
      targetDate: "2027-12-31",
      createdById: manager,
    })
    .returning({ id: agreedEffects.id })
    .get();
  return {
    id,
    indicatorId: indicator.id,
    programmeId: indicator.programmeId,
    baselineDate: indicator.baselineDate ?? "2026-01-01",
  };
}

/**
 * Buurtkracht's latest approved report on the effect's programme since the effect's baseline gets the participants
 * count of its month: the pilot's own measurement of that month, which from then on counts as brought in by
 * Buurtkracht (as an approval makes it). Nothing is added when there is no such report or measurement.
 */
function approvedEffectReport(
  tx: Tx,
  effect: { indicatorId: number; programmeId: number; baselineDate: string },
  people: People,
) {
  const report = tx
    .select({
      id: submissions.id,
      organisationId: submissions.organisationId,
      startsOn: reportingPeriods.startsOn,
      endsOn: reportingPeriods.endsOn,
    })
    .from(submissions)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, submissions.periodId))
    .where(
      and(
        eq(submissions.programmeId, effect.programmeId),
        eq(submissions.partnerOrganisationId, people.buurtkracht),
        eq(submissions.status, "goedgekeurd"),
        gte(reportingPeriods.startsOn, effect.baselineDate),
      ),
    )
    .orderBy(desc(reportingPeriods.endsOn))
    .get();
  if (!report) return;
  const measurement = tx
    .select({ id: measurements.id, measuredOn: measurements.measuredOn, value: measurements.value })
    .from(measurements)
    .where(
      and(
        eq(measurements.indicatorId, effect.indicatorId),
        isNull(measurements.withdrawnAt),
        gte(measurements.measuredOn, report.startsOn),
        lte(measurements.measuredOn, report.endsOn),
      ),
    )
    .orderBy(desc(measurements.measuredOn))
    .get();
  if (!measurement) return;
  tx.insert(submissionValues)
    .values({
      organisationId: report.organisationId,
      submissionId: report.id,
      indicatorId: effect.indicatorId,
      measuredOn: measurement.measuredOn,
      value: measurement.value,
      measurementId: measurement.id,
    })
    .onConflictDoNothing()
    .run();
  tx.update(measurements)
    .set({ partnerOrganisationId: people.buurtkracht, enteredById: people.partner })
    .where(eq(measurements.id, measurement.id))
    .run();
}

export function seedSubsidies(tx: Tx, organisationId: number, people: People) {
  const effect = demoEffect(tx, organisationId, people.manager);
  if (!effect) return;
  const audit = (actorId: number, action: string, entityType: string, entityId: number, summary: string) =>
    recordAudit(tx, { organisationId, actorId, action, entityType, entityId, summary });

  const framework = tx
    .insert(subsidyFrameworks)
    .values({
      organisationId,
      name: DEMO_FRAMEWORK,
      budget: 150_000,
      ...PERIOD,
      criteria:
        "Uw plan brengt oudere inwoners van Oost met elkaar in contact.\nU werkt samen met minstens één andere organisatie in de wijk.\nU rapporteert elk halfjaar over het aantal deelnemers.",
      status: "open",
      createdById: people.manager,
    })
    .returning({ id: subsidyFrameworks.id })
    .get().id;
  tx.insert(subsidyFrameworkEffects)
    .values({ organisationId, frameworkId: framework, agreedEffectId: effect.id })
    .run();
  audit(people.manager, "subsidyFramework.created", "subsidy_framework", framework, DEMO_FRAMEWORK);

  const apply = (partnerOrganisationId: number, requestedAmount: number, plan: string, target: number) => {
    const id = tx
      .insert(subsidyApplications)
      .values({
        organisationId,
        frameworkId: framework,
        partnerOrganisationId,
        requestedAmount,
        plan,
        submittedById: people.manager,
      })
      .returning({ id: subsidyApplications.id })
      .get().id;
    tx.insert(subsidyApplicationEffects)
      .values({ organisationId, applicationId: id, agreedEffectId: effect.id, target })
      .run();
    audit(people.manager, "subsidyApplication.submitted", "subsidy_application", id, DEMO_FRAMEWORK);
    return id;
  };

  const granted = apply(
    people.buurtkracht,
    60_000,
    "Buurtcoaches zoeken alleenwonende 75-plussers thuis op en nodigen hen uit voor de ontmoetingsochtenden in De Schakel. Wie dat wil, krijgt een maatje uit de buurt.",
    30,
  );
  tx.update(subsidyApplications)
    .set({
      status: "toegekend",
      grantedAmount: 50_000,
      decisionReason:
        "Toegekend voor de ontmoetingsochtenden en de maatjes. De uitjes in het weekend vallen buiten dit kader.",
      decidedAt: new Date(),
      decidedById: people.management,
    })
    .where(eq(subsidyApplications.id, granted))
    .run();
  audit(people.management, "subsidyApplication.granted", "subsidy_application", granted, DEMO_FRAMEWORK);
  // The grant's reporting obligations, as the decision makes them.
  tx.insert(programmePartners)
    .values({ organisationId, programmeId: effect.programmeId, partnerOrganisationId: people.buurtkracht })
    .onConflictDoNothing()
    .run();
  const assigned = tx
    .select({ id: reportingAssignments.id })
    .from(reportingAssignments)
    .where(
      and(
        eq(reportingAssignments.indicatorId, effect.indicatorId),
        eq(reportingAssignments.partnerOrganisationId, people.buurtkracht),
        isNull(reportingAssignments.endedAt),
      ),
    )
    .get();
  if (!assigned) {
    tx.insert(reportingAssignments)
      .values({
        organisationId,
        programmeId: effect.programmeId,
        indicatorId: effect.indicatorId,
        partnerOrganisationId: people.buurtkracht,
        createdById: people.management,
      })
      .run();
  }
  const existing = tx
    .select({ startsOn: reportingPeriods.startsOn, endsOn: reportingPeriods.endsOn })
    .from(reportingPeriods)
    .where(
      and(
        eq(reportingPeriods.programmeId, effect.programmeId),
        eq(reportingPeriods.partnerOrganisationId, people.buurtkracht),
        lte(reportingPeriods.startsOn, PERIOD.endsOn),
        gte(reportingPeriods.endsOn, PERIOD.startsOn),
      ),
    )
    .all();
  for (const period of freePeriods(grantPeriods(PERIOD), existing)) {
    tx.insert(reportingPeriods)
      .values({
        organisationId,
        programmeId: effect.programmeId,
        partnerOrganisationId: people.buurtkracht,
        createdById: people.management,
        ...period,
      })
      .run();
  }

  approvedEffectReport(tx, effect, people);

  const rejected = apply(
    people.taalhuis,
    45_000,
    "Taallessen voor nieuwkomers in het taalcafé, twee keer per week, met vrijwillige taalmaatjes.",
    10,
  );
  tx.update(subsidyApplications)
    .set({
      status: "afgewezen",
      decisionReason:
        "Het plan gaat over taal voor nieuwkomers, niet over eenzaamheid van ouderen in Oost. Dien het in bij de regeling Taal en meedoen.",
      decidedAt: new Date(),
      decidedById: people.management,
    })
    .where(eq(subsidyApplications.id, rejected))
    .run();
  audit(people.management, "subsidyApplication.rejected", "subsidy_application", rejected, DEMO_FRAMEWORK);
}
