// Reporting periods of a partner in a programme (reporting.manage): per month, quarter or half year over a span, or
// one of the manager's own choosing, each with its due day. Periods of one partner never overlap; a period is deleted
// only while nobody has started a report for it.
import "server-only";
import { and, eq, gte, lte } from "drizzle-orm";
import type { PeriodDraft } from "@/lib/domain/reporting-periods";
import { type CustomPeriodInput, type PeriodSeriesInput, periodProblems, seriesOf } from "@/lib/validation/reporting";
import type { ProgrammeChecked, Reader } from "../access";
import { NotFoundError } from "../errors";
import { reportingPeriods } from "../schema";
import { type WriteScope, writeProgramme } from "../write";
import { type FieldProblems, refuseProblems } from "./measurement-rules";
import { periodRow, submissionOfPeriod } from "./reporting-rules";
import { partnerInProgramme, partnerRecord } from "./reporting-setup";
import { ok, refuse } from "./result";

type InProgramme = { programmeId: number };

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
  scope: WriteScope<ProgrammeChecked>,
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
