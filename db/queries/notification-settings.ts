// A person's choice of how notifications reach them, across all their gemeenten: in the app only (the default), or
// also by e-mail, right away or once a day. Saved like every edit form: a save from an older version is refused.
import "server-only";
import { eq } from "drizzle-orm";
import { requireViewer } from "@/lib/auth/viewer";
import type { EmailMode } from "@/lib/domain/constants";
import { emailAvailable } from "@/lib/server/notify-config";
import type { NotificationSettingsInput } from "@/lib/validation/notifications";
import type { Reader } from "../access";
import { getDb } from "../index";
import { notificationSettings } from "../schema";
import { writeOwn } from "../write";
import { ok, refuse } from "./result";
import { type Versioned, versionConflict } from "./versions";

const SETTINGS_ACTIONS = ["user.notification_settings_changed"] as const;

/** The saved choice; without a saved row, the default at version 1. */
function settingsOf(db: Reader, userId: number): { emailMode: EmailMode; version: number } {
  return (
    db
      .select({ emailMode: notificationSettings.emailMode, version: notificationSettings.version })
      .from(notificationSettings)
      .where(eq(notificationSettings.userId, userId))
      .get() ?? { emailMode: "off", version: 1 }
  );
}

export async function getNotificationSettings() {
  const viewer = await requireViewer();
  return { ...settingsOf(getDb(), viewer.userId), emailAvailable: emailAvailable(), email: viewer.email };
}

export async function saveNotificationSettings({
  version,
  emailMode,
}: NotificationSettingsInput): Promise<Versioned<{ changed: boolean }>> {
  const viewer = await requireViewer();
  return writeOwn(({ tx, userId, audit }): Versioned<{ changed: boolean }> => {
    const saved = settingsOf(tx, userId);
    const conflict = versionConflict(
      { tx, viewer },
      { entityType: "user", entityId: userId, actions: SETTINGS_ACTIONS },
      { submitted: version, current: saved.version, mine: { emailMode }, saved: { emailMode: saved.emailMode } },
    );
    if (conflict) return conflict;
    if (emailMode !== "off" && !emailAvailable()) return refuse("emailUnavailable", "emailMode");
    if (emailMode === saved.emailMode) return ok({ changed: false });
    const values = { emailMode, version: saved.version + 1, updatedAt: new Date() };
    tx.insert(notificationSettings)
      .values({ userId, ...values })
      .onConflictDoUpdate({ target: notificationSettings.userId, set: values })
      .run();
    audit({
      organisationId: viewer.organisationId,
      action: "user.notification_settings_changed",
      entityType: "user",
      entityId: userId,
      summary: viewer.name,
      before: { emailMode: saved.emailMode },
      after: { emailMode },
    });
    return ok({ changed: true });
  });
}
