// Action items of reflection sessions: adding them, marking them done and carrying them over to a later session,
// and reading them for the session pages. Those who contribute to the programme change them.
import "server-only";
import { and, asc, count, eq, inArray, ne, or } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { type Agenda, canComplete, carryOver, readAgenda } from "@/lib/domain/reflection";
import type { ActionItemInput } from "@/lib/validation/reflections";
import { recordAudit } from "../audit";
import { NotFoundError } from "../errors";
import { type Transaction, transact } from "../index";
import { actionItems, memberships, programmePartners, reflectionSessions, users } from "../schema";
import { assertProgramme, requireProgramme } from "./programme-access";
import { type MutationResult, ok, refuse } from "./result";

type Reader = Pick<Transaction, "select">;

/** The session, if it belongs to this programme; NotFoundError for any other id. */
export function sessionOfProgramme(db: Reader, programmeId: number, sessionId: number) {
  const session = db
    .select({ id: reflectionSessions.id, title: reflectionSessions.title, agenda: reflectionSessions.agenda })
    .from(reflectionSessions)
    .where(and(eq(reflectionSessions.id, sessionId), eq(reflectionSessions.programmeId, programmeId)))
    .get();
  if (!session) throw new NotFoundError("reflection session");
  return { ...session, agenda: readAgenda(session.agenda) };
}

/**
 * Who can take part in a programme's session or own its action items: the gemeente's active members, and of the
 * partners only staff of a partner organisation that takes part in the programme.
 */
export function participantCandidates(db: Reader, viewer: Viewer, programmeId: number) {
  const involved = db
    .select({ id: programmePartners.partnerOrganisationId })
    .from(programmePartners)
    .where(eq(programmePartners.programmeId, programmeId));
  return db
    .select({ id: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, viewer.organisationId),
        eq(memberships.active, true),
        or(ne(memberships.role, "partner"), inArray(memberships.partnerOrganisationId, involved)),
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

const itemColumns = {
  id: actionItems.id,
  sessionId: actionItems.sessionId,
  description: actionItems.description,
  ownerName: users.name,
  dueDate: actionItems.dueDate,
  status: actionItems.status,
  carriedOverFromId: actionItems.carriedOverFromId,
  completedAt: actionItems.completedAt,
};

/** Where each item went: the session an item was carried over to, by the id of the item it carried over. */
function carriedTo(db: Reader, programmeId: number, ids: number[]) {
  if (ids.length === 0) return new Map<number, { sessionId: number; sessionTitle: string }>();
  const rows = db
    .select({
      from: actionItems.carriedOverFromId,
      sessionId: actionItems.sessionId,
      sessionTitle: reflectionSessions.title,
    })
    .from(actionItems)
    .innerJoin(reflectionSessions, eq(reflectionSessions.id, actionItems.sessionId))
    .where(and(eq(actionItems.programmeId, programmeId), inArray(actionItems.carriedOverFromId, ids)))
    .all();
  return new Map(rows.map((row) => [row.from as number, { sessionId: row.sessionId, sessionTitle: row.sessionTitle }]));
}

/** How the action items on a session's agenda stand now: open, done, or carried over (and to which session). */
export function agendaActionStates(db: Reader, programmeId: number, agenda: Agenda) {
  const ids = agenda.openActions.map((a) => a.id);
  if (ids.length === 0) return {};
  const rows = db
    .select({ id: actionItems.id, status: actionItems.status, completedAt: actionItems.completedAt })
    .from(actionItems)
    .where(and(eq(actionItems.programmeId, programmeId), inArray(actionItems.id, ids)))
    .all();
  const to = carriedTo(db, programmeId, ids);
  return Object.fromEntries(rows.map((row) => [row.id, { ...row, carriedTo: to.get(row.id) ?? null }]));
}

/** The action items made in (or carried over to) one session, with where carried-over ones came from and went. */
export function sessionActionItems(db: Reader, programmeId: number, sessionId: number) {
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
    db,
    programmeId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...row,
    carriedFrom: row.carriedOverFromId ? (origins.get(row.carriedOverFromId) ?? null) : null,
    carriedTo: to.get(row.id) ?? null,
  }));
}

/** Per session of the programme: how many action items it has and how many are still open. */
export function actionItemSummary(db: Reader, programmeId: number) {
  const summary = new Map<number, { open: number; total: number }>();
  const rows = db
    .select({ sessionId: actionItems.sessionId, status: actionItems.status, total: count() })
    .from(actionItems)
    .where(eq(actionItems.programmeId, programmeId))
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

export async function addActionItem({ programmeId, sessionId }: SessionIds, input: ActionItemInput) {
  const { viewer } = await requireProgramme(programmeId, "contribute");
  return transact((tx): MutationResult<{ actionItemId: number }> => {
    assertProgramme(viewer, programmeId, "contribute", tx);
    const session = sessionOfProgramme(tx, programmeId, sessionId);
    if (!participantCandidates(tx, viewer, programmeId).some((c) => c.id === input.ownerId)) {
      return refuse("actionOwnerInvalid", "ownerId");
    }
    const { id } = tx
      .insert(actionItems)
      .values({ organisationId: viewer.organisationId, programmeId, sessionId, ...input })
      .returning({ id: actionItems.id })
      .get();
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "actionItem.created",
      entityType: "action_item",
      entityId: id,
      summary: `${session.title}: ${input.description}`,
      after: input,
    });
    return ok({ actionItemId: id });
  });
}

function itemOfProgramme(tx: Transaction, programmeId: number, actionItemId: number) {
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
    .where(and(eq(actionItems.id, actionItemId), eq(actionItems.programmeId, programmeId)))
    .get();
  if (!item) throw new NotFoundError("action item");
  return item;
}

/** Marks an open action item of the programme done, from whichever of its session pages it is shown on. */
export async function completeActionItem({ programmeId, actionItemId }: { programmeId: number; actionItemId: number }) {
  const { viewer } = await requireProgramme(programmeId, "contribute");
  return transact((tx): MutationResult => {
    assertProgramme(viewer, programmeId, "contribute", tx);
    const item = itemOfProgramme(tx, programmeId, actionItemId);
    if (!canComplete(item.status)) return refuse("actionNotOpen");
    tx.update(actionItems)
      .set({ status: "klaar", completedAt: new Date() })
      .where(eq(actionItems.id, actionItemId))
      .run();
    audit(tx, viewer, programmeId, "actionItem.completed", item, { status: "klaar" });
    return ok(undefined);
  });
}

/** Carries an open action item from the agenda over to this session: a new open item here, the old one "doorgeschoven". */
export async function carryOverActionItem({
  programmeId,
  sessionId,
  actionItemId,
}: SessionIds & { actionItemId: number }) {
  const { viewer } = await requireProgramme(programmeId, "contribute");
  return transact((tx): MutationResult<{ actionItemId: number }> => {
    assertProgramme(viewer, programmeId, "contribute", tx);
    const session = sessionOfProgramme(tx, programmeId, sessionId);
    const item = itemOfProgramme(tx, programmeId, actionItemId);
    const result = carryOver(item, { sessionId, programmeId, agenda: session.agenda });
    if (!result.ok) return refuse(result.problem);
    const { id } = tx
      .insert(actionItems)
      .values({ organisationId: viewer.organisationId, ...result.newItem })
      .returning({ id: actionItems.id })
      .get();
    tx.update(actionItems).set({ status: result.oldStatus }).where(eq(actionItems.id, actionItemId)).run();
    audit(tx, viewer, programmeId, "actionItem.carried_over", item, {
      status: result.oldStatus,
      newItemId: id,
      sessionId,
    });
    return ok({ actionItemId: id });
  });
}

function audit(
  tx: Transaction,
  viewer: Viewer,
  programmeId: number,
  action: string,
  item: { id: number; status: string; description: string },
  after: Record<string, unknown>,
) {
  recordAudit(tx, {
    organisationId: viewer.organisationId,
    actorId: viewer.userId,
    programmeId,
    action,
    entityType: "action_item",
    entityId: item.id,
    summary: item.description,
    before: { status: item.status },
    after,
  });
}
