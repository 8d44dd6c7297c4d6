// What waits in the programmes of the dashboard: course corrections to decide on and action items past their due
// date. One statement each for all programmes at once, counted like the others of the dashboard.
import "server-only";
import { and, asc, eq, inArray, isNotNull, lt } from "drizzle-orm";
import type { DashboardActionItem, DashboardWaiting } from "@/lib/domain/dashboard-reasons";
import type { Reader } from "../access";
import { actionItems, courseCorrections, users } from "../schema";
import type { statementCounter } from "./dashboard";

type Scope = { organisationId: number; programmeIds: number[]; today: string };

/** Course corrections waiting for a decision now, whenever proposed. */
export function loadWaiting(
  db: Reader,
  run: ReturnType<typeof statementCounter>,
  { organisationId, programmeIds }: Omit<Scope, "today">,
): DashboardWaiting[] {
  return run.all(
    db
      .select({
        id: courseCorrections.id,
        programmeId: courseCorrections.programmeId,
        title: courseCorrections.title,
        proposedAt: courseCorrections.createdAt,
      })
      .from(courseCorrections)
      .where(
        and(
          eq(courseCorrections.organisationId, organisationId),
          inArray(courseCorrections.programmeId, programmeIds),
          eq(courseCorrections.status, "voorgesteld"),
        ),
      )
      .orderBy(asc(courseCorrections.createdAt), asc(courseCorrections.id)),
  );
}

/** Open action items past their due date, with their owner's name as it is now. */
export function loadOverdueActions(
  db: Reader,
  run: ReturnType<typeof statementCounter>,
  { organisationId, programmeIds, today }: Scope,
): DashboardActionItem[] {
  return run.all(
    db
      .select({
        id: actionItems.id,
        programmeId: actionItems.programmeId,
        description: actionItems.description,
        dueDate: actionItems.dueDate,
        ownerName: users.name,
      })
      .from(actionItems)
      .leftJoin(users, eq(users.id, actionItems.ownerId))
      .where(
        and(
          eq(actionItems.organisationId, organisationId),
          inArray(actionItems.programmeId, programmeIds),
          eq(actionItems.status, "open"),
          isNotNull(actionItems.dueDate),
          lt(actionItems.dueDate, today),
        ),
      )
      .orderBy(asc(actionItems.dueDate), asc(actionItems.id)),
  );
}
