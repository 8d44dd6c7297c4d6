// Action items of reflection sessions: adding them, marking them done and carrying them over to a later session,
// and reading them for the session pages. Those who contribute to the programme change them.
import "server-only";
import { and, asc, count, eq, inArray, or } from "drizzle-orm";
import { ROLES } from "@/lib/domain/constants";
import { mayJoinTeam } from "@/lib/domain/permissions";
import { type Agenda, canComplete, carryOver, readAgenda } from "@/lib/domain/reflection";
import type { ActionItemInput } from "@/lib/validation/reflections";
import type { ProgrammeChecked } from "../access";
import { NotFoundError } from "../errors";
import { actionItems, memberships, programmePartners, reflectionSessions, users } from "../schema";
import { type Target, type WriteScope, write, writeProgramme } from "../write";
import { actionItemAssigned } from "./notify-events";
import { ok, refuse } from "./result";

/** The session, if it belongs to this programme; NotFoundError for any other id. */
function sessionOfProgramme({ db, programme }: ProgrammeChecked, sessionId: number) {
  const session = db
    .select({ id: reflectionSessions.id, title: reflectionSessions.title, agenda: reflectionSessions.agenda })
    .from(reflectionSessions)
    .where(and(eq(reflectionSessions.id, sessionId), eq(reflectionSessions.programmeId, programme.id)))
    .get();
  if (!session) throw new NotFoundError("reflection session");
  return { ...session, agenda: readAgenda(session.agenda) };
}

/** The roles of the gemeente's own people, who can be on a team (the kernel's mayJoinTeam). */
const OWN_PEOPLE = ROLES.filter(mayJoinTeam);

/**
 * Who can take part in a programme's session or own its action items: the gemeente's own active members, and of
 * the partners only staff of a partner organisation that takes part in the programme.
 */
export function participantCandidates({ db, viewer, programme }: ProgrammeChecked) {
  const involved = db
    .select({ id: programmePartners.partnerOrganisationId })
    .from(programmePartners)
    .where(eq(programmePartners.programmeId, programme.id));
  return db
    .select({ id: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, viewer.organisationId),
        eq(memberships.active, true),
        or(inArray(memberships.role, OWN_PEOPLE), inArray(memberships.partnerOrganisationId, involved)),
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

const itemColumns = {
  id: actionItems.id,
  sessionId: actionItems.sessionId,
  description: actionItems.description,
  ownerId: actionItems.ownerId,
  ownerName: users.name,
  dueDate: actionItems.dueDate,
  status: actionItems.status,
  carriedOverFromId: actionItems.carriedOverFromId,
  completedAt: actionItems.completedAt,
};

/** Where each item went: the session an item was carried over to, by the id of the item it carried over. */
function carriedTo({ db, programme }: ProgrammeChecked, ids: number[]) {
  if (ids.length === 0) return new Map<number, { sessionId: number; sessionTitle: string }>();
  const rows = db
    .select({
      from: actionItems.carriedOverFromId,
      sessionId: actionItems.sessionId,
      sessionTitle: reflectionSessions.title,
    })
    .from(actionItems)
    .innerJoin(reflectionSessions, eq(reflectionSessions.id, actionItems.sessionId))
    .where(and(eq(actionItems.programmeId, programme.id), inArray(actionItems.carriedOverFromId, ids)))
    .all();
  return new Map(rows.map((row) => [row.from as number, { sessionId: row.sessionId, sessionTitle: row.sessionTitle }]));
}

/** How the action items on a session's agenda stand now: open, done, or carried over (and to which session). */
export function agendaActionStates(scope: ProgrammeChecked, agenda: Agenda) {
  const ids = agenda.openActions.map((a) => a.id);
  if (ids.length === 0) return {};
  const rows = scope.db
    .select({ id: actionItems.id, status: actionItems.status, completedAt: actionItems.completedAt })
    .from(actionItems)
    .where(and(eq(actionItems.programmeId, scope.programme.id), inArray(actionItems.id, ids)))
    .all();
  const to = carriedTo(scope, ids);
  return Object.fromEntries(rows.map((row) => [row.id, { ...row, carriedTo: to.get(row.id) ?? null }]));
}

/** The action items made in (or carried over to) one session, with where carried-over ones came from and went. */
export function sessionActionItems(scope: ProgrammeChecked, sessionId: number) {
  const { db } = scope;
  const programmeId = scope.programme.id;
  const rows = db
    .select(itemColumns)
    .from(actionItems)
    .leftJoin(users, eq(users.id, actionItems.ownerId))
    .where(and(eq(actionItems.programmeId, programmeId), eq(actionItems.sessionId, sessionId)))
    .orderBy(asc(actionItems.id))
    .all();
  const fromIds = rows.flatMap((r) => (r.carriedOverFromId ? [r.carriedOverFromId] : []));
  const origins = fromIds.length
    ? new Map(
        db
          .select({ id: actionItems.id, sessionId: actionItems.sessionId, sessionTitle: reflectionSessions.title })
          .from(actionItems)
          .innerJoin(reflectionSessions, eq(reflectionSessions.id, actionItems.sessionId))
          .where(and(eq(actionItems.programmeId, programmeId), inArray(actionItems.id, fromIds)))
          .all()
          .map((row) => [row.id, row]),
      )
    : new Map<number, { id: number; sessionId: number; sessionTitle: string }>();
  const to = carriedTo(
    scope,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...row,
    carriedFrom: row.carriedOverFromId ? (origins.get(row.carriedOverFromId) ?? null) : null,
    carriedTo: to.get(row.id) ?? null,
  }));
}

/** Per session of the programme: how many action items it has and how many are still open. */
export function actionItemSummary({ db, programme }: ProgrammeChecked) {
  const summary = new Map<number, { open: number; total: number }>();
  const rows = db
    .select({ sessionId: actionItems.sessionId, status: actionItems.status, total: count() })
    .from(actionItems)
    .where(eq(actionItems.programmeId, programme.id))
    .groupBy(actionItems.sessionId, actionItems.status)
    .all();
  for (const row of rows) {
    const entry = summary.get(row.sessionId) ?? { open: 0, total: 0 };
    entry.total += row.total;
    if (row.status === "open") entry.open += row.total;
    summary.set(row.sessionId, entry);
  }
  return summary;
}

type SessionIds = { programmeId: number; sessionId: number };
type Scope = WriteScope<ProgrammeChecked>;

export function addActionItem({ programmeId, sessionId }: SessionIds, input: ActionItemInput) {
  return writeProgramme(
    { permission: "programme.contribute", target: programmeId, record: { type: "reflection_session", id: sessionId } },
    (scope) => {
      const { tx, viewer, audit } = scope;
      const session = sessionOfProgramme(scope, sessionId);
      if (!participantCandidates(scope).some((c) => c.id === input.ownerId)) {
        return refuse("actionOwnerInvalid", "ownerId");
      }
      const { id } = tx
        .insert(actionItems)
        .values({ organisationId: viewer.organisationId, programmeId, sessionId, ...input })
        .returning({ id: actionItems.id })
        .get();
      audit({
        action: "actionItem.created",
        entityType: "action_item",
        entityId: id,
        summary: `${session.title}: ${input.description}`,
        after: input,
      });
      actionItemAssigned(scope, { id, sessionId, description: input.description, ownerId: input.ownerId });
      return ok({ actionItemId: id });
    },
  );
}

function itemOfProgramme({ tx, programme }: Scope, actionItemId: number) {
  const item = tx
    .select({
      id: actionItems.id,
      programmeId: actionItems.programmeId,
      sessionId: actionItems.sessionId,
      status: actionItems.status,
      description: actionItems.description,
      ownerId: actionItems.ownerId,
      dueDate: actionItems.dueDate,
    })
    .from(actionItems)
    .where(and(eq(actionItems.id, actionItemId), eq(actionItems.programmeId, programme.id)))
    .get();
  if (!item) throw new NotFoundError("action item");
  return item;
}

const itemRecord = (id: number) => ({ type: "action_item", id });

/** Marks an open action item of the programme done, from whichever of its session pages it is shown on. */
export function completeActionItem({ programmeId, actionItemId }: { programmeId: number; actionItemId: number }) {
  return writeProgramme(
    { permission: "programme.contribute", target: programmeId, record: itemRecord(actionItemId) },
    (scope) => {
      const item = itemOfProgramme(scope, actionItemId);
      if (!canComplete(item.status)) return refuse("actionNotOpen");
      scope.tx
        .update(actionItems)
        .set({ status: "klaar", completedAt: new Date() })
        .where(eq(actionItems.id, actionItemId))
        .run();
      auditItem(scope, "actionItem.completed", item, { status: "klaar" });
      return ok(undefined);
    },
  );
}

/** The programme of an action item of the viewer's gemeente; not found for any other id. */
const programmeOfItem =
  (actionItemId: number): Target =>
  (db, viewer) => {
    const item = db
      .select({ programmeId: actionItems.programmeId })
      .from(actionItems)
      .where(and(eq(actionItems.id, actionItemId), eq(actionItems.organisationId, viewer.organisationId)))
      .get();
    if (!item) throw new NotFoundError("action item");
    return item.programmeId;
  };

/**
 * Marks done an open action item assigned to the viewer, from "Mijn werk": whoever may read the programme finishes
 * their own, a partner too. Someone else's item is refused here, and the attempt recorded as a refused one.
 */
export function completeOwnActionItem({ actionItemId }: { actionItemId: number }) {
  const permission = "actionItems.completeOwn";
  return write<undefined, ProgrammeChecked>(
    { permission, target: programmeOfItem(actionItemId), record: itemRecord(actionItemId) },
    (scope) => {
      const item = itemOfProgramme(scope, actionItemId);
      if (item.ownerId !== scope.viewer.userId) {
        scope.audit({
          action: "access.refused",
          entityType: "action_item",
          entityId: item.id,
          summary: `${permission}: niet toegewezen`,
          after: { permission, programmeId: item.programmeId, reason: "ForbiddenError" },
        });
        return refuse("actionNotYours");
      }
      if (!canComplete(item.status)) return refuse("actionNotOpen");
      scope.tx
        .update(actionItems)
        .set({ status: "klaar", completedAt: new Date() })
        .where(eq(actionItems.id, actionItemId))
        .run();
      auditItem(scope, "actionItem.completed", item, { status: "klaar" });
      return ok(undefined);
    },
  );
}

/** Carries an open action item from the agenda over to this session: a new open item here, the old one "doorgeschoven". */
export function carryOverActionItem({ programmeId, sessionId, actionItemId }: SessionIds & { actionItemId: number }) {
  return writeProgramme(
    { permission: "programme.contribute", target: programmeId, record: itemRecord(actionItemId) },
    (scope) => {
      const { tx, viewer } = scope;
      const session = sessionOfProgramme(scope, sessionId);
      const item = itemOfProgramme(scope, actionItemId);
      const result = carryOver(item, { sessionId, programmeId, agenda: session.agenda });
      if (!result.ok) return refuse(result.problem);
      const { id } = tx
        .insert(actionItems)
        .values({ organisationId: viewer.organisationId, ...result.newItem })
        .returning({ id: actionItems.id })
        .get();
      tx.update(actionItems).set({ status: result.oldStatus }).where(eq(actionItems.id, actionItemId)).run();
      auditItem(scope, "actionItem.carried_over", item, {
        status: result.oldStatus,
        newItemId: id,
        sessionId,
      });
      return ok({ actionItemId: id });
    },
  );
}

function auditItem(
  { audit }: Scope,
  action: string,
  item: { id: number; status: string; description: string },
  after: Record<string, unknown>,
) {
  audit({
    action,
    entityType: "action_item",
    entityId: item.id,
    summary: item.description,
    before: { status: item.status },
    after,
  });
}
