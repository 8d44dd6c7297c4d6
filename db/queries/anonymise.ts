// Removing a person's personal data (AVG, right to erasure) once they work in no gemeente any more. The account row
// stays, with a neutral name and an address that delivers nowhere, so that everything they made or changed keeps its
// author and the activity log (a hash chain that is never rewritten) still adds up; it reads "Voormalig gebruiker".
import "server-only";
import { and, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { accountKey } from "@/lib/domain/sign-in-throttle";
import { recordAudit } from "../audit";
import { NotFoundError } from "../errors";
import {
  emailOutbox,
  memberships,
  notificationSettings,
  notifications,
  pageFollows,
  recoveryCodes,
  signInChallenges,
  signInThrottle,
  userSessions,
  users,
  userTotp,
} from "../schema";
import { write } from "../write";
import { ok, refuse } from "./result";

/** The name an anonymised account keeps; the interface shows it in the reader's language (admin.users.formerUser). */
export const FORMER_USER_NAME = "Voormalig gebruiker";

/** Unique (the address is a unique key) and never delivered: ".invalid" is reserved for that (RFC 2606). */
export const anonymisedEmail = (userId: number) => `verwijderd-${userId}@geanonimiseerd.invalid`;

/** The audit action of an invitation in another gemeente that went with the person's data. */
export const INVITATION_REMOVED = "membership.invitation_removed";

/**
 * Anonymises the person behind a membership of the viewer's gemeente. Refused while the membership is active or
 * not accepted, and while the person is still active in any other gemeente: one gemeente never erases someone
 * another still works with. Irreversible; recorded without the personal data itself.
 */
export function anonymiseUser({ memberId }: { memberId: number }) {
  return write(
    { permission: "users.anonymise", target: null, record: { type: "membership", id: memberId } },
    ({ tx, viewer, audit }) => {
      const member = tx
        .select({
          userId: memberships.userId,
          active: memberships.active,
          acceptedAt: memberships.acceptedAt,
          email: users.email,
          anonymisedAt: users.anonymisedAt,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.id, memberId), eq(memberships.organisationId, viewer.organisationId)))
        .get();
      if (!member) throw new NotFoundError("member");
      if (member.anonymisedAt) return refuse("alreadyAnonymised");
      if (member.acceptedAt === null || member.active) return refuse("anonymiseActive");
      const { userId } = member;
      const activeSomewhere = tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.userId, userId), eq(memberships.active, true), isNotNull(memberships.acceptedAt)))
        .get();
      if (activeSomewhere) return refuse("activeElsewhere");

      // Open invitations for the address go: nobody could accept them any more. Each gemeente's own log says so.
      const invitations = tx
        .select({ id: memberships.id, organisationId: memberships.organisationId })
        .from(memberships)
        .where(and(eq(memberships.userId, userId), isNull(memberships.acceptedAt)))
        .all();
      if (invitations.length > 0) {
        tx.delete(memberships)
          .where(
            inArray(
              memberships.id,
              invitations.map((i) => i.id),
            ),
          )
          .run();
      }
      for (const invitation of invitations) {
        recordAudit(tx, {
          organisationId: invitation.organisationId,
          actorId: null,
          action: INVITATION_REMOVED,
          entityType: "membership",
          entityId: invitation.id,
          summary: "",
        });
      }
      tx.update(memberships)
        .set({ invitedName: null, version: sql`${memberships.version} + 1` })
        .where(eq(memberships.userId, userId))
        .run();

      const sessions = tx.delete(userSessions).where(eq(userSessions.userId, userId)).run().changes;
      const removedNotifications = tx.delete(notifications).where(eq(notifications.userId, userId)).run().changes;
      // Notifications of others keep the name of who caused them, to be written in the reader's language later.
      tx.update(notifications)
        .set({ params: sql`json_set(${notifications.params}, '$.actor', ${FORMER_USER_NAME})` })
        .where(
          and(eq(notifications.actorId, userId), sql`json_extract(${notifications.params}, '$.actor') is not null`),
        )
        .run();
      tx.delete(notificationSettings).where(eq(notificationSettings.userId, userId)).run();
      tx.delete(pageFollows).where(eq(pageFollows.userId, userId)).run();
      tx.delete(emailOutbox)
        .where(or(eq(emailOutbox.userId, userId), eq(emailOutbox.toAddress, member.email)))
        .run();
      tx.delete(signInThrottle)
        .where(eq(signInThrottle.email, accountKey(member.email).key))
        .run();
      // The authenticator app's secret and recovery codes, and any sign-in waiting for a code.
      tx.delete(userTotp).where(eq(userTotp.userId, userId)).run();
      tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
      tx.delete(signInChallenges).where(eq(signInChallenges.userId, userId)).run();
      tx.update(users)
        .set({
          name: FORMER_USER_NAME,
          email: anonymisedEmail(userId),
          // No hash matches any password: the account can never be signed in to again.
          passwordHash: "",
          locale: "nl",
          lastSignInAt: null,
          lastOrganisationId: null,
          anonymisedAt: new Date(),
          sessionVersion: sql`${users.sessionVersion} + 1`,
        })
        .where(eq(users.id, userId))
        .run();

      // Counts only: the event itself holds nothing of the person.
      audit({
        action: "user.anonymised",
        entityType: "user",
        entityId: userId,
        summary: "",
        after: { sessions, notifications: removedNotifications, invitations: invitations.length },
      });
      return ok(undefined);
    },
  );
}
