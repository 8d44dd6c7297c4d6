import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { requirePermission, type Viewer } from "@/lib/auth/viewer";
import type { Role } from "@/lib/domain/constants";
import type { ChangeRoleInput, CreateUserInput } from "@/lib/validation/users";
import { recordAudit } from "../audit";
import { NotFoundError } from "../errors";
import { getDb, type Transaction, transact } from "../index";
import { memberships, partnerOrganisations, users } from "../schema";
import { type MutationResult, ok, refuse } from "./result";

const memberColumns = {
  userId: users.id,
  name: users.name,
  email: users.email,
  role: memberships.role,
  active: memberships.active,
  partnerOrganisationId: memberships.partnerOrganisationId,
  partnerOrganisationName: partnerOrganisations.name,
  lastSignInAt: users.lastSignInAt,
};

function membersQuery(organisationId: number) {
  return getDb()
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, memberships.partnerOrganisationId))
    .where(eq(memberships.organisationId, organisationId))
    .$dynamic();
}

export async function listUsers() {
  const viewer = await requirePermission("users.manage");
  return membersQuery(viewer.organisationId).orderBy(asc(users.name)).all();
}

export async function getUser({ userId }: { userId: number }) {
  const viewer = await requirePermission("users.manage");
  const member = membersQuery(viewer.organisationId).where(
    and(eq(memberships.organisationId, viewer.organisationId), eq(memberships.userId, userId)),
  );
  const row = member.get();
  if (!row) throw new NotFoundError("user");
  return { ...row, isSelf: row.userId === viewer.userId, canResetPassword: canResetPassword(viewer, userId) };
}

function partnerBelongsTo(tx: Transaction, organisationId: number, partnerOrganisationId: number | null) {
  if (partnerOrganisationId == null) return true;
  const row = tx
    .select({ id: partnerOrganisations.id })
    .from(partnerOrganisations)
    .where(
      and(eq(partnerOrganisations.id, partnerOrganisationId), eq(partnerOrganisations.organisationId, organisationId)),
    )
    .get();
  return Boolean(row);
}

function activeBeheerders(tx: Transaction, organisationId: number) {
  return (
    tx
      .select({ count: sql<number>`count(*)` })
      .from(memberships)
      .where(
        and(
          eq(memberships.organisationId, organisationId),
          eq(memberships.role, "beheerder"),
          eq(memberships.active, true),
        ),
      )
      .get()?.count ?? 0
  );
}

function findMembership(tx: Transaction, organisationId: number, userId: number) {
  return tx
    .select({
      id: memberships.id,
      role: memberships.role,
      active: memberships.active,
      partnerOrganisationId: memberships.partnerOrganisationId,
      name: users.name,
      email: users.email,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .get();
}

function bumpSessionVersion(tx: Transaction, userId: number) {
  tx.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .run();
}

/**
 * Adds a person to the gemeente. A new account gets a one-time password, returned once to show to the beheerder.
 * Someone who already has an account (for example an advisor working for several gemeenten) only gets a
 * membership here and keeps their own password.
 */
export async function createUser(
  input: CreateUserInput,
): Promise<MutationResult<{ userId: number; password: string | null }>> {
  const viewer = await requirePermission("users.manage");
  const password = generatePassword();
  const passwordHash = await hashPassword(password);

  return transact((tx) => {
    if (!partnerBelongsTo(tx, viewer.organisationId, input.partnerOrganisationId)) {
      return refuse("invalid", "partnerOrganisationId");
    }
    const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
    if (existing && findMembership(tx, viewer.organisationId, existing.id)) {
      return refuse("emailTaken", "email");
    }
    const userId =
      existing?.id ??
      tx.insert(users).values({ email: input.email, name: input.name, passwordHash }).returning({ id: users.id }).get()
        .id;
    tx.insert(memberships)
      .values({
        userId,
        organisationId: viewer.organisationId,
        role: input.role,
        partnerOrganisationId: input.partnerOrganisationId,
      })
      .run();
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      action: existing ? "membership.added" : "user.created",
      entityType: "user",
      entityId: userId,
      summary: `${existing ? input.email : `${input.name} (${input.email})`}: ${input.role}`,
      after: { role: input.role, partnerOrganisationId: input.partnerOrganisationId },
    });
    return ok({ userId, password: existing ? null : password });
  });
}

export async function changeRole({ userId }: { userId: number }, input: ChangeRoleInput): Promise<MutationResult> {
  const viewer = await requirePermission("users.manage");
  return transact((tx) => {
    const member = findMembership(tx, viewer.organisationId, userId);
    if (!member) throw new NotFoundError("user");
    if (!partnerBelongsTo(tx, viewer.organisationId, input.partnerOrganisationId)) {
      return refuse("invalid", "partnerOrganisationId");
    }
    if (member.role === input.role && member.partnerOrganisationId === input.partnerOrganisationId) {
      return ok(undefined);
    }
    if (leavesNoBeheerder(tx, viewer.organisationId, member, input.role)) return refuse("lastBeheerder", "role");
    tx.update(memberships)
      .set({ role: input.role, partnerOrganisationId: input.partnerOrganisationId })
      .where(eq(memberships.id, member.id))
      .run();
    bumpSessionVersion(tx, userId);
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      action: "membership.role_changed",
      entityType: "user",
      entityId: userId,
      summary: `${member.name}: ${member.role} → ${input.role}`,
      before: { role: member.role, partnerOrganisationId: member.partnerOrganisationId },
      after: { role: input.role, partnerOrganisationId: input.partnerOrganisationId },
    });
    return ok(undefined);
  });
}

function leavesNoBeheerder(
  tx: Transaction,
  organisationId: number,
  member: { role: Role; active: boolean },
  newRole: Role | null,
) {
  const losesBeheerder = member.role === "beheerder" && member.active && newRole !== "beheerder";
  return losesBeheerder && activeBeheerders(tx, organisationId) <= 1;
}

/** Deactivating ends the person's sessions in this gemeente at once; reactivating lets them sign in again. */
export async function setUserActive({ userId }: { userId: number }, active: boolean): Promise<MutationResult> {
  const viewer = await requirePermission("users.manage");
  return transact((tx) => {
    const member = findMembership(tx, viewer.organisationId, userId);
    if (!member) throw new NotFoundError("user");
    if (member.active === active) return ok(undefined);
    if (!active && userId === viewer.userId) return refuse("cannotDeactivateSelf");
    if (!active && leavesNoBeheerder(tx, viewer.organisationId, member, null)) return refuse("lastBeheerder");
    tx.update(memberships).set({ active }).where(eq(memberships.id, member.id)).run();
    bumpSessionVersion(tx, userId);
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      action: active ? "membership.reactivated" : "membership.deactivated",
      entityType: "user",
      entityId: userId,
      summary: member.name,
      before: { active: member.active },
      after: { active },
    });
    return ok(undefined);
  });
}

/**
 * A beheerder may only reset the password of someone whose every membership lies in gemeenten where the beheerder
 * is beheerder too: otherwise one gemeente could take over an advisor's access to another.
 */
function canResetPassword(viewer: Viewer, userId: number, tx: Pick<Transaction, "select"> = getDb()) {
  const adminOf = new Set(viewer.memberships.filter((m) => m.role === "beheerder").map((m) => m.organisationId));
  const elsewhere = tx
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), ne(memberships.organisationId, viewer.organisationId)))
    .all();
  return elsewhere.every((m) => adminOf.has(m.organisationId));
}

export async function resetPassword({ userId }: { userId: number }): Promise<MutationResult<{ password: string }>> {
  const viewer = await requirePermission("users.manage");
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return transact((tx) => {
    const member = findMembership(tx, viewer.organisationId, userId);
    if (!member) throw new NotFoundError("user");
    if (!canResetPassword(viewer, userId, tx)) return refuse("resetElsewhere");
    tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    bumpSessionVersion(tx, userId);
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      action: "user.password_reset",
      entityType: "user",
      entityId: userId,
      summary: member.name,
    });
    return ok({ password });
  });
}
