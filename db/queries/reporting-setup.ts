// Setting up partner reporting for a programme (reporting.manage): which partner reports which indicators, and the
// periods it reports on. An assignment is ended, not deleted, so its reports stay traceable; a period is deleted only
// while nobody has started a report for it.
import "server-only";
import { and, eq, gte, inArray, isNull, lte } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import type { PeriodDraft } from "@/lib/domain/reporting-periods";
import {
  type AssignmentInput,
  type CustomPeriodInput,
  type PeriodSeriesInput,
  periodProblems,
  seriesOf,
} from "@/lib/validation/reporting";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { indicators, partnerOrganisations, programmePartners, reportingAssignments, reportingPeriods } from "../schema";
import { writeProgramme } from "../write";
import { type FieldProblems, refuseProblems } from "./measurement-rules";
import { periodRow, submissionOfPeriod } from "./reporting-rules";
import { ok, refuse } from "./result";

type InProgramme = { programmeId: number };

/** The partner organisation, if it takes part in the programme; null otherwise (also for another gemeente's). */
function partnerInProgramme(db: Reader, viewer: Viewer, programmeId: number, partnerOrganisationId: number) {
  return (
    db
      .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
      .from(programmePartners)
      .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, programmePartners.partnerOrganisationId))
      .where(
        and(
          eq(programmePartners.programmeId, programmeId),
          eq(programmePartners.partnerOrganisationId, partnerOrganisationId),
          eq(programmePartners.organisationId, viewer.organisationId),
        ),
      )
      .get() ?? null
  );
}

const partnerRecord = (partnerOrganisationId: number) => ({ type: "partner_organisation", id: partnerOrganisationId });

/**
 * Gives a partner organisation that takes part in the programme indicators to report on: the ones chosen, or every
 * live indicator of the programme. Indicators it already reports on are left as they are; refused when that leaves
 * nothing to add.
 */
export function assignIndicators({ programmeId }: InProgramme, input: AssignmentInput) {
  return writeProgramme(
    { permission: "reporting.manage", target: programmeId, record: partnerRecord(input.partnerOrganisationId) },
    ({ tx, viewer, audit }) => {
      const partner = partnerInProgramme(tx, viewer, programmeId, input.partnerOrganisationId);
      if (!partner) return refuse("partnerNotInProgramme", "partnerOrganisationId");
      const live = tx
        .select({ id: indicators.id, name: indicators.name })
        .from(indicators)
        .where(and(eq(indicators.programmeId, programmeId), isNull(indicators.archivedAt)))
        .all();
      const wanted = input.indicatorIds === "all" ? live.map((i) => i.id) : input.indicatorIds;
      if (wanted.length === 0 || wanted.some((id) => !live.some((i) => i.id === id))) {
        return refuse("indicatorInvalid", "indicatorIds");
      }
      const already = new Set(
        tx
          .select({ indicatorId: reportingAssignments.indicatorId })
          .from(reportingAssignments)
          .where(
            and(
              eq(reportingAssignments.partnerOrganisationId, partner.id),
              inArray(reportingAssignments.indicatorId, wanted),
              isNull(reportingAssignments.endedAt),
            ),
          )
          .all()
          .map((row) => row.indicatorId),
      );
      const fresh = wanted.filter((id) => !already.has(id));
      if (fresh.length === 0) return refuse("alreadyAssigned", "indicatorIds");
      for (const indicatorId of fresh) {
        tx.insert(reportingAssignments)
          .values({
            organisationId: viewer.organisationId,
            programmeId,
            indicatorId,
            partnerOrganisationId: partner.id,
            createdById: viewer.userId,
          })
          .run();
      }
      const names = live.filter((i) => fresh.includes(i.id)).map((i) => i.name);
      audit({
        action: "reporting.indicators_assigned",
        entityType: "partner_organisation",
        entityId: partner.id,
        summary: `${partner.name}: ${names.join(", ")}`,
        after: { indicatorIds: fresh },
      });
      return ok({ assigned: fresh.length });
    },
  );
}

/** Ends a partner's reporting on one indicator from now on; what it reported before stays. */
export function endAssignment({ programmeId, assignmentId }: InProgramme & { assignmentId: number }) {
  return writeProgramme(
    { permission: "reporting.manage", target: programmeId, record: { type: "reporting_assignment", id: assignmentId } },
    ({ tx, viewer, audit }) => {
      const row = tx
        .select({
          id: reportingAssignments.id,
          endedAt: reportingAssignments.endedAt,
          indicatorId: reportingAssignments.indicatorId,
          partnerOrganisationId: reportingAssignments.partnerOrganisationId,
          partnerName: partnerOrganisations.name,
        })
        .from(reportingAssignments)
        .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, reportingAssignments.partnerOrganisationId))
        .where(
          and(
            eq(reportingAssignments.id, assignmentId),
            eq(reportingAssignments.programmeId, programmeId),
            eq(reportingAssignments.organisationId, viewer.organisationId),
          ),
        )
        .get();
      if (!row) throw new NotFoundError("reporting assignment");
      if (row.endedAt) return refuse("assignmentEnded");
      tx.update(reportingAssignments).set({ endedAt: new Date() }).where(eq(reportingAssignments.id, row.id)).run();
      audit({
        action: "reporting.assignment_ended",
        entityType: "partner_organisation",
        entityId: row.partnerOrganisationId,
        summary: `${row.partnerName}: ${row.indicatorId}`,
        after: { indicatorId: row.indicatorId },
      });
      return ok(undefined);
    },
  );
}

/**
 * Problems with periods that would overlap one the partner already has in the programme, on `field`: the same span
 * ("periodExists") or one that overlaps it, named by its days.
 */
function overlaps(db: Reader, programmeId: number, partnerId: number, drafts: PeriodDraft[], field: string) {
  const first = drafts[0]?.startsOn ?? "";
  const last = drafts.at(-1)?.endsOn ?? "";
  const existing = db
    .select({ startsOn: reportingPeriods.startsOn, endsOn: reportingPeriods.endsOn })
    .from(reportingPeriods)
    .where(
      and(
        eq(reportingPeriods.programmeId, programmeId),
        eq(reportingPeriods.partnerOrganisationId, partnerId),
        lte(reportingPeriods.startsOn, last),
        gte(reportingPeriods.endsOn, first),
      ),
    )
    .all();
  const clash = existing.find((e) => drafts.some((d) => d.startsOn <= e.endsOn && e.startsOn <= d.endsOn));
  if (!clash) return null;
  const same = drafts.some((d) => d.startsOn === clash.startsOn && d.endsOn === clash.endsOn);
  const problems: FieldProblems = {
    [field]: [{ key: same ? "periodExists" : "periodOverlaps", values: { start: clash.startsOn, end: clash.endsOn } }],
  };
  return problems;
}

function addPeriods(
  {
    programmeId,
    partnerId,
    drafts,
    field,
  }: { programmeId: number; partnerId: number; drafts: PeriodDraft[]; field: string },
  scope: Parameters<Parameters<typeof writeProgramme>[1]>[0],
) {
  const clash = overlaps(scope.tx, programmeId, partnerId, drafts, field);
  if (clash) return refuseProblems(clash);
  for (const draft of drafts) {
    scope.tx
      .insert(reportingPeriods)
      .values({
        organisationId: scope.viewer.organisationId,
        programmeId,
        partnerOrganisationId: partnerId,
        createdById: scope.viewer.userId,
        ...draft,
      })
      .run();
  }
  return null;
}

/** Periods per month, quarter or half year over a span, for a partner of the programme; none when one overlaps. */
export function createReportingPeriods({ programmeId }: InProgramme, input: PeriodSeriesInput) {
  return writeProgramme(
    { permission: "reporting.manage", target: programmeId, record: partnerRecord(input.partnerOrganisationId) },
    (scope) => {
      const partner = partnerInProgramme(scope.tx, scope.viewer, programmeId, input.partnerOrganisationId);
      if (!partner) return refuse("partnerNotInProgramme", "partnerOrganisationId");
      const drafts = input.to < input.from ? [] : seriesOf(input);
      if (drafts.length === 0) return refuse(input.to < input.from ? "endBeforeStart" : "tooManyPeriods", "to");
      const refused = addPeriods({ programmeId, partnerId: partner.id, drafts, field: "from" }, scope);
      if (refused) return refused;
      scope.audit({
        action: "reporting.periods_created",
        entityType: "partner_organisation",
        entityId: partner.id,
        summary: `${partner.name}: ${drafts.length} × ${input.frequency}`,
        after: { frequency: input.frequency, from: input.from, to: input.to, dueAfterDays: input.dueAfterDays },
      });
      return ok({ created: drafts.length });
    },
  );
}

/** One period of the partner's own choosing (a subsidy year, a project phase), with its due day. */
export function createReportingPeriod({ programmeId }: InProgramme, input: CustomPeriodInput) {
  return writeProgramme(
    { permission: "reporting.manage", target: programmeId, record: partnerRecord(input.partnerOrganisationId) },
    (scope) => {
      const partner = partnerInProgramme(scope.tx, scope.viewer, programmeId, input.partnerOrganisationId);
      if (!partner) return refuse("partnerNotInProgramme", "partnerOrganisationId");
      const [problem] = periodProblems(input);
      if (problem) return refuse(problem.key, problem.field);
      const { startsOn, endsOn, dueOn } = input;
      const refused = addPeriods(
        { programmeId, partnerId: partner.id, drafts: [{ startsOn, endsOn, dueOn }], field: "startsOn" },
        scope,
      );
      if (refused) return refused;
      scope.audit({
        action: "reporting.period_created",
        entityType: "partner_organisation",
        entityId: partner.id,
        summary: `${partner.name}: ${startsOn} – ${endsOn}`,
        after: { startsOn, endsOn, dueOn },
      });
      return ok(undefined);
    },
  );
}

/** Deletes a period set by mistake; refused once a report for it exists, even a concept. */
export function deleteReportingPeriod({ programmeId, periodId }: InProgramme & { periodId: number }) {
  return writeProgramme(
    { permission: "reporting.manage", target: programmeId, record: { type: "reporting_period", id: periodId } },
    ({ tx, viewer, audit }) => {
      const period = periodRow(tx, viewer, periodId);
      if (period.programmeId !== programmeId) throw new NotFoundError("reporting period");
      if (submissionOfPeriod(tx, periodId)) return refuse("periodHasReport");
      tx.delete(reportingPeriods).where(eq(reportingPeriods.id, periodId)).run();
      const { startsOn, endsOn, dueOn } = period;
      audit({
        action: "reporting.period_deleted",
        entityType: "partner_organisation",
        entityId: period.partnerOrganisationId,
        summary: `${period.partnerName}: ${startsOn} – ${endsOn}`,
        before: { startsOn, endsOn, dueOn },
      });
      return ok(undefined);
    },
  );
}
