// The due-date reminders: every measurement and action point that became overdue gets one notification for each
// person who should act on it (as dueWork and the access kernel decide). The same missed due date is reminded once,
// however often the job runs: the dedupe key names the item and its due day.
import type { NotificationKind } from "../../lib/domain/constants";
import type { NotificationParams } from "../../lib/domain/notifications";
import { todayInAmsterdam } from "../../lib/domain/time";
import type { AppDatabase } from "../client";
import { type DueWorkItem, dueWork } from "../queries/due-work";
import { notify } from "../queries/notify";
import { organisations } from "../schema";
import { systemWrite } from "./system-write";

function reminder(item: DueWorkItem): {
  kind: NotificationKind;
  params: NotificationParams;
  entity: { type: string; id: number };
} {
  const programme = item.programmeName;
  return item.kind === "measurement"
    ? {
        kind: "measurement_overdue",
        params: { indicator: item.title, programme, dueOn: item.dueOn },
        entity: { type: "indicator", id: item.entityId },
      }
    : {
        kind: "action_item_overdue",
        params: { description: item.title, programme, dueOn: item.dueOn },
        entity: { type: "action_item", id: item.entityId },
      };
}

export function remindOverdue(db: AppDatabase, now: Date) {
  const today = todayInAmsterdam(now);
  let created = 0;
  for (const { id: organisationId } of db.select({ id: organisations.id }).from(organisations).all()) {
    created += systemWrite(db, ({ tx, audit }) => {
      let here = 0;
      for (const item of dueWork(tx, organisationId, today)) {
        if (item.state !== "overdue") continue;
        here += notify(tx, {
          ...reminder(item),
          organisationId,
          actorId: null,
          href: item.href,
          readable: { permission: "programme.read", programmeId: item.programmeId },
          recipients: item.userIds,
          dedupeKey: `overdue:${item.kind}:${item.entityId}:${item.dueOn}`,
          now,
        }).length;
      }
      if (here > 0) {
        audit({
          organisationId,
          action: "notification.reminders_sent",
          entityType: "notification",
          summary: String(here),
        });
      }
      return here;
    });
  }
  return { today, created };
}
