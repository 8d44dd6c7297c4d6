// Work with a due date, and who should do it: measurements due or missed on the indicators of running programmes,
// open action points with a due date, and partners' reports due, missed or sent back (due-work-reports.ts). "Mijn
// werk" shows a person their part; the reminder job tells them when something is due or overdue. Who should act is
// asked of the access kernel: a measurement falls to the programme's team members who may measure, an action point
// to its owner while they may still finish it, a report to the people of its partner organisation who may report.
import "server-only";
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Role } from "@/lib/domain/constants";
import { addDays, isPastGrace, nextMeasurementDue } from "@/lib/domain/measurement-schedule";
import { allows, type Relation } from "@/lib/domain/permissions";
import type { SubmissionStatus } from "@/lib/domain/submissions";
import type { Reader } from "../access";
import {
  actionItems,
  indicators,
  measurements,
  memberships,
  programmeMembers,
  programmePartners,
  programmes,
} from "../schema";
import { dueReports } from "./due-work-reports";

/** How far ahead a measurement counts as coming up. */
export const DUE_HORIZON_DAYS = 14;

export type DueWorkItem = {
  kind: "measurement" | "action_item" | "reporting_period";
  /**
   * overdue: missed (for a measurement: past its due day plus the grace days); due: on or before the horizon;
   * sent_back: a report the reviewer sent back, still before its due day.
   */
  state: "due" | "overdue" | "sent_back";
  /** The indicator, the action point or the reporting period. */
  entityId: number;
  /** The indicator's name, the action point's description or the name of the partner organisation that reports. */
  title: string;
  programmeId: number;
  programmeName: string;
  dueOn: string;
  /** Where the work is done. */
  href: string;
  /** The people who should act on it, in this gemeente. */
  userIds: number[];
  /** For a reporting period: its days and where its report stands (null: not begun). */
  period?: { startsOn: string; endsOn: string; status: SubmissionStatus | null };
};

export type Person = { userId: number; role: Role; partnerOrganisationId: number | null };

/**
 * The due work of one gemeente on `today` (a day in Amsterdam), overdue first, then by due day. With `userId`, only
 * that person's part; with `kinds`, only those kinds of work. Four statements plus one per kind of work asked for,
 * whatever the number of programmes (none for reports when nobody asked about works for a partner organisation).
 */
export function dueWork(
  db: Reader,
  organisationId: number,
  today: string,
  options: { userId?: number; horizonDays?: number; kinds?: DueWorkItem["kind"][] } = {},
): DueWorkItem[] {
  const wanted = (kind: DueWorkItem["kind"]) => !options.kinds || options.kinds.includes(kind);
  const horizon = addDays(today, options.horizonDays ?? DUE_HORIZON_DAYS) ?? today;
  const running = db
    .select({ id: programmes.id, name: programmes.name, ownerId: programmes.ownerId })
    .from(programmes)
    .where(
      and(
        eq(programmes.organisationId, organisationId),
        isNull(programmes.archivedAt),
        inArray(programmes.status, ["concept", "lopend"]),
      ),
    )
    .all();
  if (running.length === 0) return [];
  const ids = running.map((p) => p.id);

  const people = db
    .select({
      userId: memberships.userId,
      role: memberships.role,
      partnerOrganisationId: memberships.partnerOrganisationId,
    })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.active, true),
        isNotNull(memberships.acceptedAt),
        options.userId === undefined ? undefined : eq(memberships.userId, options.userId),
      ),
    )
    .all() as Person[];
  if (people.length === 0) return [];
  const members = db
    .select({ programmeId: programmeMembers.programmeId, userId: programmeMembers.userId })
    .from(programmeMembers)
    .where(and(eq(programmeMembers.organisationId, organisationId), inArray(programmeMembers.programmeId, ids)))
    .all();
  const partners = db
    .select({ programmeId: programmePartners.programmeId, partnerId: programmePartners.partnerOrganisationId })
    .from(programmePartners)
    .where(and(eq(programmePartners.organisationId, organisationId), inArray(programmePartners.programmeId, ids)))
    .all();

  const team = new Set(members.map((m) => `${m.programmeId}:${m.userId}`));
  const partnerLinks = new Set(partners.map((p) => `${p.programmeId}:${p.partnerId}`));
  const byId = new Map(running.map((p) => [p.id, p]));
  const relation = (programmeId: number, person: Person): NonNullable<Relation> => ({
    onTeam: byId.get(programmeId)?.ownerId === person.userId || team.has(`${programmeId}:${person.userId}`),
    involved:
      person.partnerOrganisationId !== null && partnerLinks.has(`${programmeId}:${person.partnerOrganisationId}`),
  });

  const items: DueWorkItem[] = [];

  // A measurement is asked of the team: someone who may measure everywhere (the beheerder) is not reminded of every
  // programme of the gemeente, only of those they are on the team of. For one person, only the indicators of those
  // programmes are read. The subquery names the table itself: in a select list drizzle leaves column names
  // unqualified.
  const measured =
    options.userId === undefined ? ids : ids.filter((id) => people.some((person) => relation(id, person).onTeam));
  const indicatorRows = !wanted("measurement")
    ? []
    : db
        .select({
          id: indicators.id,
          name: indicators.name,
          programmeId: indicators.programmeId,
          frequency: indicators.frequency,
          baselineDate: indicators.baselineDate,
          lastMeasuredOn: sql<
            string | null
          >`(select max(m.measured_on) from ${measurements} m where m.indicator_id = "indicators"."id" and m.withdrawn_at is null)`,
        })
        .from(indicators)
        .where(
          and(
            eq(indicators.organisationId, organisationId),
            inArray(indicators.programmeId, measured),
            isNull(indicators.archivedAt),
          ),
        )
        .all();
  for (const row of indicatorRows) {
    const dueOn = nextMeasurementDue(row.frequency, row.lastMeasuredOn, row.baselineDate);
    if (!dueOn || dueOn > horizon) continue;
    const userIds = people
      .filter((person) => {
        const standing = relation(row.programmeId, person);
        return standing.onTeam && allows(person.role, "programme.measure", standing);
      })
      .map((person) => person.userId);
    if (userIds.length === 0) continue;
    items.push({
      kind: "measurement",
      state: isPastGrace(dueOn, today) ? "overdue" : "due",
      entityId: row.id,
      title: row.name,
      programmeId: row.programmeId,
      programmeName: byId.get(row.programmeId)?.name ?? "",
      dueOn,
      href: `/programmes/${row.programmeId}/indicators/${row.id}`,
      userIds,
    });
  }

  const actionRows = !wanted("action_item")
    ? []
    : db
        .select({
          id: actionItems.id,
          description: actionItems.description,
          programmeId: actionItems.programmeId,
          sessionId: actionItems.sessionId,
          ownerId: actionItems.ownerId,
          dueDate: actionItems.dueDate,
        })
        .from(actionItems)
        .where(
          and(
            eq(actionItems.organisationId, organisationId),
            inArray(actionItems.programmeId, ids),
            eq(actionItems.status, "open"),
            isNotNull(actionItems.ownerId),
            isNotNull(actionItems.dueDate),
            options.userId === undefined ? undefined : eq(actionItems.ownerId, options.userId),
          ),
        )
        .all();
  for (const row of actionRows) {
    if (!row.dueDate || row.dueDate > horizon) continue;
    const owner = people.find((person) => person.userId === row.ownerId);
    if (!owner || !allows(owner.role, "actionItems.completeOwn", relation(row.programmeId, owner))) continue;
    items.push({
      kind: "action_item",
      state: row.dueDate < today ? "overdue" : "due",
      entityId: row.id,
      title: row.description,
      programmeId: row.programmeId,
      programmeName: byId.get(row.programmeId)?.name ?? "",
      dueOn: row.dueDate,
      href: `/programmes/${row.programmeId}/reflections/${row.sessionId}#actie-${row.id}`,
      userIds: [owner.userId],
    });
  }

  if (wanted("reporting_period"))
    items.push(...dueReports(db, { organisationId, today, horizon, programmes: byId, people, relation }));

  const RANK = { overdue: 0, sent_back: 1, due: 2 };
  const rank = (item: DueWorkItem) => RANK[item.state];
  return items.sort(
    (a, b) => rank(a) - rank(b) || a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, "nl"),
  );
}
