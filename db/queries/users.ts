import "server-only";
import { and, asc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/viewer";
import type { Role } from "@/lib/domain/constants";
import type { ChangeRoleInput, CreateUserInput, UserActiveInput } from "@/lib/validation/users";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { getDb, type Transaction } from "../index";
import { memberships, partnerOrganisations, users } from "../schema";
import { guard, write } from "../write";
import { ok, refuse } from "./result";
import { formText, nextVersion, type Versioned, versionConflict } from "./versions";

// A gemeente's people are its memberships: the beheerder's pages name them by membership, never by account, so
// nothing there tells whether a person has an account elsewhere in the installation. Until a person accepts an
// invitation, the gemeente sees only what its beheerder typed: the name and address, the role.
const memberColumns = {
  memberId: memberships.id,
  userId: users.id,
  accountName: users.name,
  invitedName: memberships.invitedName,
  email: users.email,
  role: memberships.role,
  active: memberships.active,
  acceptedAt: memberships.acceptedAt,
  partnerOrganisationId: memberships.partnerOrganisationId,
  partnerOrganisationName: partnerOrganisations.name,
  lastSignInAt: users.lastSignInAt,
  anonymisedAt: users.anonymisedAt,
  version: memberships.version,
};

type MemberRow = {
  memberId: number;
  userId: number;
  accountName: string;
  invitedName: string | null;
  email: string;
  role: Role;
  active: boolean;
  acceptedAt: Date | null;
  partnerOrganisationId: number | null;
  partnerOrganisationName: string | null;
  lastSignInAt: Date | null;
  anonymisedAt: Date | null;
  version: number;
};

export type MemberStatus = "invited" | "active" | "inactive";

/** What the gemeente may see of one of its memberships. */
function asMember({ accountName, invitedName, acceptedAt, userId: _user, lastSignInAt, ...row }: MemberRow) {
  const accepted = acceptedAt !== null;
  const status: MemberStatus = !accepted ? "invited" : row.active ? "active" : "inactive";
  return {
    ...row,
    name: accepted ? accountName : (invitedName ?? accountName),
    status,
    lastSignInAt: accepted ? lastSignInAt : null,
  };
}

function membersQuery(db: Reader, organisationId: number) {
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, memberships.partnerOrganisationId))
    .where(eq(memberships.organisationId, organisationId))
    .$dynamic();
}

export async function listUsers() {
  const { viewer } = await guard("users.manage");
  return membersQuery(getDb(), viewer.organisationId)
    .all()
    .map(asMember)
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

export function findMember(db: Reader, viewer: Viewer, memberId: number) {
  const row = membersQuery(db, viewer.organisationId)
    .where(and(eq(memberships.organisationId, viewer.organisationId), eq(memberships.id, memberId)))
    .get();
  if (!row) throw new NotFoundError("member");
  return row;
}

export async function getUser({ memberId }: { memberId: number }) {
  const { viewer } = await guard("users.manage");
  const row = findMember(getDb(), viewer, memberId);
  return {
    ...asMember(row),
    isSelf: row.userId === viewer.userId,
    canResetPassword: row.acceptedAt === null || canResetPassword(viewer, row.userId, getDb()),
  };
}

function partnerBelongsTo(tx: Reader, organisationId: number, partnerOrganisationId: number | null) {
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

function activeBeheerders(tx: Reader, organisationId: number) {
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

/** Whether the account has a membership its owner accepted (anywhere): an existing account, not one made now. */
function hasAcceptedMembership(tx: Reader, userId: number) {
  return Boolean(
    tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), isNotNull(memberships.acceptedAt)))
      .get(),
  );
}

/**
 * Invites a person to the gemeente. The answer is the same whether or not the address already has an account in
 * this installation: a one-time password to pass on. A new account signs in with it; an existing account keeps its
 * own password (the one-time password is then never stored) and accepts the invitation on its next sign-in. Until
 * then the membership gives no access.
 */
export async function createUser(input: CreateUserInput) {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return write({ permission: "users.manage", target: null }, ({ tx, viewer, audit }) => {
    if (!partnerBelongsTo(tx, viewer.organisationId, input.partnerOrganisationId)) {
      return refuse("invalid", "partnerOrganisationId");
    }
    const existing = tx
      .select({ id: users.id, anonymisedAt: users.anonymisedAt })
      .from(users)
      .where(eq(users.email, input.email))
      .get();
    // The address an anonymised account was given is nobody's: it cannot be invited.
    if (existing?.anonymisedAt) return refuse("emailTaken", "email");
    if (
      existing &&
      tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.organisationId, viewer.organisationId), eq(memberships.userId, existing.id)))
        .get()
    ) {
      return refuse("emailTaken", "email");
    }
    const userId =
      existing?.id ??
      tx.insert(users).values({ email: input.email, name: input.name, passwordHash }).returning({ id: users.id }).get()
        .id;
    const { id: memberId } = tx
      .insert(memberships)
      .values({
        userId,
        organisationId: viewer.organisationId,
        role: input.role,
        partnerOrganisationId: input.partnerOrganisationId,
        active: false,
        acceptedAt: null,
        invitedName: input.name,
      })
      .returning({ id: memberships.id })
      .get();
    audit({
      action: "membership.invited",
      entityType: "membership",
      entityId: memberId,
      summary: `${input.name} (${input.email}): ${input.role}`,
      after: { role: input.role, partnerOrganisationId: input.partnerOrganisationId },
    });
    return ok({ memberId, password });
  });
}

/** The membership of this gemeente, in the transaction; not found for one of another gemeente. */
function memberInTransaction(tx: Transaction, viewer: Viewer, memberId: number) {
  return asMember(findMember(tx, viewer, memberId));
}

/** The audit actions that each make a new version of a membership. */
const MEMBERSHIP_SAVES = [
  "membership.invited",
  "membership.role_changed",
  "membership.deactivated",
  "membership.reactivated",
] as const;

const membershipRecord = (memberId: number) => ({
  entityType: "membership",
  entityId: memberId,
  actions: MEMBERSHIP_SAVES,
});

const roleForm = (values: { role: Role; partnerOrganisationId: number | null }) => ({
  role: values.role,
  partnerOrganisationId: formText(values.partnerOrganisationId),
});

/**
 * A new role (and partner organisation) for a membership. Refused, with nothing changed, when another beheerder
 * changed the membership after the form was opened and this would change what they saved.
 */
export function changeRole(
  { memberId }: { memberId: number },
  { version, ...input }: ChangeRoleInput,
): Promise<Versioned> {
  return write(
    { permission: "users.manage", target: null, record: { type: "membership", id: memberId } },
    (scope): Versioned => {
      const { tx, viewer, audit } = scope;
      const member = memberInTransaction(tx, viewer, memberId);
      if (member.anonymisedAt) return refuse("anonymised");
      const conflict = versionConflict(scope, membershipRecord(memberId), {
        submitted: version,
        current: member.version,
        mine: roleForm(input),
        saved: roleForm(member),
      });
      if (conflict) return conflict;
      if (!partnerBelongsTo(tx, viewer.organisationId, input.partnerOrganisationId)) {
        return refuse("invalid", "partnerOrganisationId");
      }
      if (member.role === input.role && member.partnerOrganisationId === input.partnerOrganisationId) {
        return ok(undefined);
      }
      if (leavesNoBeheerder(tx, viewer.organisationId, member, input.role)) return refuse("lastBeheerder", "role");
      // The viewer is loaded fresh on every request: the new role counts from the next one, in this gemeente only.
      tx.update(memberships)
        .set({
          role: input.role,
          partnerOrganisationId: input.partnerOrganisationId,
          version: nextVersion(memberships.version),
        })
        .where(eq(memberships.id, memberId))
        .run();
      audit({
        action: "membership.role_changed",
        entityType: "membership",
        entityId: memberId,
        summary: `${member.name}: ${member.role} → ${input.role}`,
        before: { role: member.role, partnerOrganisationId: member.partnerOrganisationId },
        after: { role: input.role, partnerOrganisationId: input.partnerOrganisationId },
      });
      return ok(undefined);
    },
  );
}

function leavesNoBeheerder(
  tx: Reader,
  organisationId: number,
  member: { role: Role; active: boolean },
  newRole: Role | null,
) {
  const losesBeheerder = member.role === "beheerder" && member.active && newRole !== "beheerder";
  return losesBeheerder && activeBeheerders(tx, organisationId) <= 1;
}

/**
 * Deactivating ends the person's access to this gemeente at once (the viewer is loaded fresh on every request),
 * and nothing else: their sessions and their other gemeenten stay as they are. An invitation that was not accepted
 * yet cannot be switched on by the beheerder. Refused like a role change when another beheerder changed the
 * membership after the page was opened.
 */
export function setUserActive(
  { memberId }: { memberId: number },
  { active, version }: UserActiveInput,
): Promise<Versioned> {
  return write(
    { permission: "users.manage", target: null, record: { type: "membership", id: memberId } },
    (scope): Versioned => {
      const { tx, viewer, audit } = scope;
      const member = memberInTransaction(tx, viewer, memberId);
      if (member.status === "invited") return refuse("notAccepted");
      if (member.anonymisedAt) return refuse("anonymised");
      const conflict = versionConflict(scope, membershipRecord(memberId), {
        submitted: version,
        current: member.version,
        mine: { active: String(active) },
        saved: { active: String(member.active) },
      });
      if (conflict) return conflict;
      if (member.active === active) return ok(undefined);
      if (!active && findMember(tx, viewer, memberId).userId === viewer.userId) return refuse("cannotDeactivateSelf");
      if (!active && leavesNoBeheerder(tx, viewer.organisationId, member, null)) return refuse("lastBeheerder");
      tx.update(memberships)
        .set({ active, version: nextVersion(memberships.version) })
        .where(eq(memberships.id, memberId))
        .run();
      audit({
        action: active ? "membership.reactivated" : "membership.deactivated",
        entityType: "membership",
        entityId: memberId,
        summary: member.name,
        before: { active: member.active },
        after: { active },
      });
      return ok(undefined);
    },
  );
}

/**
 * A beheerder may only reset the password (or the authenticator app) of someone whose every accepted membership lies
 * in gemeenten where the beheerder is beheerder too: otherwise one gemeente could take over an advisor's access to
 * another.
 */
export function canResetPassword(viewer: Viewer, userId: number, tx: Reader) {
  const adminOf = new Set(viewer.memberships.filter((m) => m.role === "beheerder").map((m) => m.organisationId));
  const elsewhere = tx
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        ne(memberships.organisationId, viewer.organisationId),
        isNotNull(memberships.acceptedAt),
      ),
    )
    .all();
  return elsewhere.every((m) => adminOf.has(m.organisationId));
}

/**
 * A new one-time password. For an invitation not yet accepted the answer is always a password, as when inviting:
 * it replaces the account's password only when the invitation made the account (it has never been used elsewhere).
 */
export async function resetPassword({ memberId }: { memberId: number }) {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return write(
    { permission: "users.manage", target: null, record: { type: "membership", id: memberId } },
    ({ tx, viewer, audit }) => {
      const row = findMember(tx, viewer, memberId);
      const member = asMember(row);
      if (member.anonymisedAt) return refuse("anonymised");
      if (member.status === "invited") {
        if (!hasAcceptedMembership(tx, row.userId) && onlyInvitation(tx, row.userId, memberId)) {
          tx.update(users)
            .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
            .where(eq(users.id, row.userId))
            .run();
        }
      } else {
        if (!canResetPassword(viewer, row.userId, tx)) return refuse("resetElsewhere");
        tx.update(users)
          .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
          .where(eq(users.id, row.userId))
          .run();
      }
      audit({
        action: "user.password_reset",
        entityType: "membership",
        entityId: memberId,
        summary: member.name,
      });
      return ok({ password });
    },
  );
}

/** Whether this invitation is the one that made the account: the account's first membership. */
function onlyInvitation(tx: Reader, userId: number, memberId: number) {
  const first = tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), isNull(memberships.acceptedAt)))
    .orderBy(asc(memberships.id))
    .get();
  return first?.id === memberId;
}
