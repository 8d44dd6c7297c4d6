// Setting up partner reporting for a programme (reporting.manage): which partner reports which indicators. An
// assignment is ended, not deleted, so its reports stay traceable. The periods are in reporting-periods.ts.
import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import type { AssignmentInput } from "@/lib/validation/reporting";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { indicators, partnerOrganisations, programmePartners, reportingAssignments } from "../schema";
import { writeProgramme } from "../write";
import { ok, refuse } from "./result";

type InProgramme = { programmeId: number };

/** The partner organisation, if it takes part in the programme; null otherwise (also for another gemeente's). */
export function partnerInProgramme(db: Reader, viewer: Viewer, programmeId: number, partnerOrganisationId: number) {
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

export const partnerRecord = (partnerOrganisationId: number) => ({
  type: "partner_organisation",
  id: partnerOrganisationId,
});

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
