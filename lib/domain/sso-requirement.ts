// Which gemeente refuses a person a password: the rule that the password sign-in and every request of a password
// session both apply (db/queries/sso-requirement.ts, db/queries/viewer.ts). Pure.

export type MembershipForSso = {
  organisationId: number;
  requireSso: boolean;
  active: boolean;
  acceptedAt: Date | null;
};

/**
 * The first gemeente that requires single sign-on among those the person works in or is invited to; null when a
 * password may open the account. One such gemeente is enough, also for a person in several gemeenten: a password
 * session opens every gemeente of the person, so "only when all of them require it" would let a second membership,
 * granted by another gemeente's beheerder, undo the first gemeente's choice. The provider is one for the whole
 * installation, so whoever must use it for one gemeente can use it for all of theirs. A membership that was switched
 * off does not count. Without SSO configured nobody could sign in at all, so then no gemeente requires it.
 */
export function gemeenteRefusingPassword(memberships: MembershipForSso[], ssoConfigured: boolean): number | null {
  if (!ssoConfigured) return null;
  const usable = (m: MembershipForSso) => m.acceptedAt === null || m.active;
  return memberships.find((m) => m.requireSso && usable(m))?.organisationId ?? null;
}
