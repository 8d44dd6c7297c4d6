// The partners' part of the due work: reporting periods of running programmes whose report is not handed in and is
// due within the horizon or missed, and reports sent back to be handed in again. A period falls to the people of its
// own partner organisation whom the kernel lets report on the programme; never to another partner's people.
import "server-only";
import { and, eq, inArray, isNull, lte, or } from "drizzle-orm";
import { allows, type Relation } from "@/lib/domain/permissions";
import { periodState } from "@/lib/domain/submissions";
import type { Reader } from "../access";
import { partnerOrganisations, reportingPeriods, submissions } from "../schema";
import type { DueWorkItem, Person } from "./due-work";

type Scope = {
  organisationId: number;
  today: string;
  /** The last day that counts as due soon. */
  horizon: string;
  /** The running programmes of the gemeente, by id. */
  programmes: Map<number, { id: number; name: string }>;
  people: Person[];
  relation: (programmeId: number, person: Person) => NonNullable<Relation>;
};

/** One statement, whatever the number of programmes; none when nobody asked about reports for a partner. */
export function dueReports(db: Reader, scope: Scope): DueWorkItem[] {
  const partnerIds = [
    ...new Set(scope.people.flatMap((person) => (person.partnerOrganisationId ? [person.partnerOrganisationId] : []))),
  ];
  if (partnerIds.length === 0 || scope.programmes.size === 0) return [];
  const rows = db
    .select({
      id: reportingPeriods.id,
      programmeId: reportingPeriods.programmeId,
      partnerOrganisationId: reportingPeriods.partnerOrganisationId,
      partnerName: partnerOrganisations.name,
      startsOn: reportingPeriods.startsOn,
      endsOn: reportingPeriods.endsOn,
      dueOn: reportingPeriods.dueOn,
      status: submissions.status,
    })
    .from(reportingPeriods)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, reportingPeriods.partnerOrganisationId))
    .leftJoin(submissions, eq(submissions.periodId, reportingPeriods.id))
    .where(
      and(
        eq(reportingPeriods.organisationId, scope.organisationId),
        inArray(reportingPeriods.programmeId, [...scope.programmes.keys()]),
        inArray(reportingPeriods.partnerOrganisationId, partnerIds),
        or(isNull(submissions.status), inArray(submissions.status, ["concept", "teruggestuurd"])),
        or(lte(reportingPeriods.dueOn, scope.horizon), eq(submissions.status, "teruggestuurd")),
      ),
    )
    .all();
  const items: DueWorkItem[] = [];
  for (const row of rows) {
    const state = periodState(row.status, row.dueOn, scope.today, scope.horizon);
    if (state !== "due" && state !== "overdue" && state !== "sent_back") continue;
    const userIds = scope.people
      .filter(
        (person) =>
          person.partnerOrganisationId === row.partnerOrganisationId &&
          allows(person.role, "reporting.submit", scope.relation(row.programmeId, person)),
      )
      .map((person) => person.userId);
    if (userIds.length === 0) continue;
    items.push({
      kind: "reporting_period",
      state,
      entityId: row.id,
      title: row.partnerName,
      programmeId: row.programmeId,
      programmeName: scope.programmes.get(row.programmeId)?.name ?? "",
      dueOn: row.dueOn,
      href: `/programmes/${row.programmeId}/reporting/${row.id}`,
      userIds,
      period: { startsOn: row.startsOn, endsOn: row.endsOn, status: row.status },
    });
  }
  return items;
}
