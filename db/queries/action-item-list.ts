// A programme's action items across all its reflection sessions, a page at a time: what the dashboard's "actiepunten
// te laat" opens. Read by whoever reads the programme, as the sessions themselves.
import "server-only";
import { and, asc, count, desc, eq, isNotNull, lt, sql } from "drizzle-orm";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { ActionItemFilter } from "@/lib/validation/list-filters";
import { getDb } from "../index";
import { actionItems, reflectionSessions, users } from "../schema";
import { guardProgramme } from "../write";

export const ACTION_ITEMS_PAGE_SIZE = 25;

/**
 * One page of the programme's action items: open ones first, by due date (none last), then the rest, newest first.
 * With `overdue`, only the open ones whose due date lies before today; with `status`, only those with that status.
 */
export async function listProgrammeActionItems(
  { programmeId }: { programmeId: number },
  filter: Partial<ActionItemFilter> = {},
  today = todayInAmsterdam(),
) {
  const { viewer } = await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const condition = and(
    eq(actionItems.organisationId, viewer.organisationId),
    eq(actionItems.programmeId, programmeId),
    filter.status ? eq(actionItems.status, filter.status) : undefined,
    filter.overdue
      ? and(eq(actionItems.status, "open"), isNotNull(actionItems.dueDate), lt(actionItems.dueDate, today))
      : undefined,
  );
  const total = db.select({ n: count() }).from(actionItems).where(condition).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / ACTION_ITEMS_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const rows = db
    .select({
      id: actionItems.id,
      description: actionItems.description,
      status: actionItems.status,
      dueDate: actionItems.dueDate,
      ownerName: users.name,
      sessionId: actionItems.sessionId,
      sessionTitle: reflectionSessions.title,
    })
    .from(actionItems)
    .innerJoin(reflectionSessions, eq(reflectionSessions.id, actionItems.sessionId))
    .leftJoin(users, eq(users.id, actionItems.ownerId))
    .where(condition)
    .orderBy(
      sql`case when ${actionItems.status} = 'open' then 0 else 1 end`,
      sql`case when ${actionItems.status} = 'open' and ${actionItems.dueDate} is null then 1 else 0 end`,
      sql`case when ${actionItems.status} = 'open' then ${actionItems.dueDate} end`,
      desc(actionItems.createdAt),
      asc(actionItems.id),
    )
    .limit(ACTION_ITEMS_PAGE_SIZE)
    .offset((page - 1) * ACTION_ITEMS_PAGE_SIZE)
    .all();
  return { rows, total, page, pageCount, today };
}
