import "server-only";
import { eq, sql } from "drizzle-orm";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { requireViewer } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/domain/constants";
import type { ChangePasswordInput } from "@/lib/validation/account";
import { recordAudit } from "../audit";
import { getDb, transact } from "../index";
import { users } from "../schema";
import { type MutationResult, ok, refuse } from "./result";

/** Changes the viewer's own password. Every other session of this user ends (the session version goes up). */
export async function changeOwnPassword(input: ChangePasswordInput): Promise<MutationResult> {
  const viewer = await requireViewer();
  const current = getDb()
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, viewer.userId))
    .get();
  if (!current || !(await verifyPassword(current.passwordHash, input.currentPassword))) {
    return refuse("currentPasswordWrong", "currentPassword");
  }
  const passwordHash = await hashPassword(input.newPassword);
  transact((tx) => {
    tx.update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, viewer.userId))
      .run();
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      action: "user.password_changed",
      entityType: "user",
      entityId: viewer.userId,
      summary: viewer.name,
    });
  });
  return ok(undefined);
}

export async function setOwnLocale(locale: Locale): Promise<void> {
  const viewer = await requireViewer();
  if (viewer.locale === locale) return;
  transact((tx) => {
    tx.update(users).set({ locale }).where(eq(users.id, viewer.userId)).run();
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      action: "user.locale_changed",
      entityType: "user",
      entityId: viewer.userId,
      summary: viewer.name,
      before: { locale: viewer.locale },
      after: { locale },
    });
  });
}

export async function recordSignOut(): Promise<void> {
  const viewer = await requireViewer();
  transact((tx) => {
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      action: "auth.sign_out",
      entityType: "user",
      entityId: viewer.userId,
      summary: viewer.email,
    });
  });
}
