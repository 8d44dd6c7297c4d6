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
  "programme.create": ["beheerder", "programmamanager"],
  // The gemeente's backlog of learning questions (route 4 lives here); partners see only their programmes' ones.
  "learningQuestions.read": ["beheerder", "programmamanager", "management", "teamlid"],
  "learningQuestions.manage": ["beheerder", "programmamanager", "management"],
  "correction.decide": ["beheerder", "management"],
  // Shared pages and lessons: everyone but partners writes; partners only on their programmes' pages.
  "pages.write": ["beheerder", "programmamanager", "management", "teamlid"],
  "lessons.write": ["beheerder", "programmamanager", "management", "teamlid"],
  // Dashboards and reports: a programme manager sees those of their own programmes.
  "dashboard.read": ["beheerder", "programmamanager", "management"],
  "export.organisation": ["beheerder"],
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

/** How a user stands to one programme. */
export type ProgrammeRelation = { isOwner: boolean; isTeamMember: boolean; partnerInvolved: boolean };
/** read; edit the definition and propose corrections; measure: add measurements; contribute: add findings. */
export type ProgrammeAccess = { read: boolean; edit: boolean; measure: boolean; contribute: boolean };

/**
 * What a role may do with one programme. Everyone in the gemeente but a partner reads every programme; a partner
 * only those their partner organisation takes part in. The beheerder edits all; a programme manager edits the
 * programmes they own or are on the team of. Team members add measurements and findings where they are on the team.
 */
export function programmeAccess(role: Role, relation: ProgrammeRelation): ProgrammeAccess {
  const onTeam = relation.isOwner || relation.isTeamMember;
  switch (role) {
    case "beheerder":
      return { read: true, edit: true, measure: true, contribute: true };
    case "programmamanager":
      return { read: true, edit: onTeam, measure: onTeam, contribute: onTeam };
    case "management":
      return { read: true, edit: false, measure: false, contribute: false };
    case "teamlid":
      return { read: true, edit: false, measure: onTeam, contribute: onTeam };
    case "partner":
      return { read: relation.partnerInvolved, edit: false, measure: false, contribute: false };
  }
}
