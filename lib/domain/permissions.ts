// Who may do what inside a gemeente. The one table the data layer consults on every read and write;
// the interface uses it only to hide what a role cannot use.
import type { Role } from "./constants";

const PERMISSIONS = {
  // Beheer: the gemeente's users, partner organisations and activity log.
  "users.manage": ["beheerder"],
  "partners.manage": ["beheerder"],
  "audit.read": ["beheerder"],
  // The route: partners work on programmes only and do not see the gemeente's own choice of route.
  "route.read": ["beheerder", "programmamanager", "management", "teamlid"],
  "route.decide": ["beheerder", "management"],
  "roadmap.update": ["beheerder", "programmamanager", "management"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** A partner user always belongs to exactly one partner organisation; no other role has one. */
export function needsPartnerOrganisation(role: Role): boolean {
  return role === "partner";
}
