// Invitations to a gemeente: a beheerder invites, the person decides. Only the person themselves answers, signed in
// with their own account; the membership gives access only once accepted.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { memberships, organisations } from "../schema";
import { writeOwn } from "../write";
import { ok } from "./result";

export function answerInvitation({ memberId }: { memberId: number }, answer: "accept" | "decline") {
  return writeOwn(({ tx, userId, audit }) => {
    const invitation = tx
      .select({ id: memberships.id, organisationId: memberships.organisationId, name: organisations.name })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(and(eq(memberships.id, memberId), eq(memberships.userId, userId), isNull(memberships.acceptedAt)))
      .get();
    if (!invitation) return ok({ organisationId: null });
    if (answer === "accept") {
      tx.update(memberships).set({ active: true, acceptedAt: new Date() }).where(eq(memberships.id, memberId)).run();
    } else {
      // A declined invitation leaves no membership behind; the gemeente's activity log keeps that it was declined.
      tx.delete(memberships).where(eq(memberships.id, memberId)).run();
    }
    audit({
      organisationId: invitation.organisationId,
      action: answer === "accept" ? "membership.accepted" : "membership.declined",
      entityType: "membership",
      entityId: memberId,
      summary: invitation.name,
    });
    return ok({ organisationId: answer === "accept" ? invitation.organisationId : null });
  });
}
