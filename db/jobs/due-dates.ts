// The due-date reminders: every measurement and action point that became overdue gets one notification for each
// person who should act on it (as dueWork and the access kernel decide). A partner's report is reminded of twice: a
// week before its due day and once it is missed. The same due date is reminded once, however often the job runs and
// in however many server processes: the dedupe key names the item and its due day, and SQLite keeps it unique.
import type { NotificationKind } from "../../lib/domain/constants";
import { addDays } from "../../lib/domain/measurement-schedule";
import type { NotificationParams } from "../../lib/domain/notifications";
import type { Permission } from "../../lib/domain/permissions";
import { todayInAmsterdam } from "../../lib/domain/time";
import type { AppDatabase } from "../client";
import { type DueWorkItem, dueWork } from "../queries/due-work";
import { notify } from "../queries/notify";
import { organisations } from "../schema";
import { systemWrite } from "./system-write";

/** How many days before its due day a report that is not handed in yet is reminded of. */
export const REPORT_REMINDER_DAYS = 7;

type Reminder = {
  kind: NotificationKind;
  params: NotificationParams;
  entity: { type: string; id: number };
  /** What its readers must be allowed: to work on the programme, or to report on it. */
  permission: Permission;
  dedupeKey: string;
};

/**
 * A report not handed in yet: due within the week, or missed. A report sent back is not reminded of: its partner was
 * told when it came back.
 */
function reportReminder(item: DueWorkItem, today: string): Reminder | null {
  if (!item.period || item.period.status === "teruggestuurd") return null;
  const soon = addDays(today, REPORT_REMINDER_DAYS) ?? today;
  const when = item.state === "overdue" ? "overdue" : item.state === "due" && item.dueOn <= soon ? "due" : null;
  if (!when) return null;
  const { startsOn, endsOn } = item.period;
  return {
    kind: when === "due" ? "report_due" : "report_overdue",
    params: { programme: item.programmeName, partner: item.title, startsOn, endsOn, dueOn: item.dueOn },
    entity: { type: "reporting_period", id: item.entityId },
    permission: "reporting.submit",
    dedupeKey: `report_${when}:${item.entityId}:${item.dueOn}`,
  };
}

function reminder(item: DueWorkItem, today: string): Reminder | null {
  if (item.kind === "reporting_period") return reportReminder(item, today);
  if (item.state !== "overdue") return null;
  const programme = item.programmeName;
  const common = {
    permission: "programme.read" as const,
    dedupeKey: `overdue:${item.kind}:${item.entityId}:${item.dueOn}`,
  };
  return item.kind === "measurement"
    ? {
        ...common,
        kind: "measurement_overdue",
        params: { indicator: item.title, programme, dueOn: item.dueOn },
        entity: { type: "indicator", id: item.entityId },
      }
    : {
        ...common,
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
        const due = reminder(item, today);
        if (!due) continue;
        const { permission, ...message } = due;
        here += notify(tx, {
          ...message,
          organisationId,
          actorId: null,
          href: item.href,
          readable: { permission, programmeId: item.programmeId },
          recipients: item.userIds,
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
