// The beheerder's view of a member's authenticator app, and resetting it for someone who lost the phone with the app
// and the recovery codes. Never one's own here (that is the account page, with a current code).
import "server-only";
import { getDb } from "../index";
import { guard, write } from "../write";
import { hasMfa, removeMfa } from "./mfa-check";
import { ok, refuse } from "./result";
import { canResetPassword, findMember } from "./users";

/** Whether the member has an app, and whether this beheerder may reset it. Null for an invitation not accepted yet. */
export async function getMemberMfa({ memberId }: { memberId: number }) {
  const { viewer } = await guard("users.manage");
  const db = getDb();
  const member = findMember(db, viewer, memberId);
  if (member.acceptedAt === null) return null;
  const self = member.userId === viewer.userId;
  return { enabled: hasMfa(db, member.userId), self, mayReset: !self && canResetPassword(viewer, member.userId, db) };
}

/**
 * Takes away the member's app and recovery codes: they sign in with the password alone again, and set up a new app
 * at once when their role or gemeente requires one. Their sessions go on (they prove nothing about the phone).
 */
export function resetMemberMfa({ memberId }: { memberId: number }) {
  return write(
    { permission: "users.manage", target: null, record: { type: "membership", id: memberId } },
    ({ tx, viewer, audit }) => {
      const member = findMember(tx, viewer, memberId);
      if (member.userId === viewer.userId) return refuse("mfaResetSelf");
      if (member.acceptedAt === null || !hasMfa(tx, member.userId)) return refuse("mfaNotOn");
      if (!canResetPassword(viewer, member.userId, tx)) return refuse("mfaResetElsewhere");
      removeMfa(tx, member.userId);
      audit({ action: "user.mfa_reset", entityType: "membership", entityId: memberId, summary: member.accountName });
      return ok(undefined);
    },
  );
}
