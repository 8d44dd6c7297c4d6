import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { cache } from "react";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { ROLES, type Role } from "@/lib/domain/constants";
import { numberForInput } from "@/lib/domain/number-text";
import { mayJoinTeam, rolesThatReach } from "@/lib/domain/permissions";
import type { FormShape } from "@/lib/domain/version-conflict";
import type { ProgrammeEditInput, ProgrammeInput } from "@/lib/validation/programmes";
import { type Reader, visibleTo } from "../access";
import { getDb, type Transaction } from "../index";
import { memberships, partnerOrganisations, programmeMembers, programmePartners, programmes, users } from "../schema";
import { guardProgramme, write, writeProgramme } from "../write";
import { type MutationResult, ok, refuse } from "./result";
import { formText, nextVersion, type Versioned, versionConflict } from "./versions";

/** Who can own a programme: whoever may edit a programme somewhere. Who can be on its team: the kernel says. */
const OWNER_ROLES = rolesThatReach("programme.edit");
const TEAM_ROLES = ROLES.filter(mayJoinTeam);

export async function listProgrammes() {
  const viewer = await requireViewer();
  const db = getDb();
  const base = db
    .select({
      id: programmes.id,
      name: programmes.name,
      kind: programmes.kind,
      status: programmes.status,
      route: programmes.route,
      phase: programmes.phase,
      round: programmes.round,
      startDate: programmes.startDate,
      endDate: programmes.endDate,
      ownerName: users.name,
    })
    .from(programmes)
    .innerJoin(users, eq(users.id, programmes.ownerId));
  return base
    .where(
      and(
        visibleTo(
          viewer,
          "programme.read",
          { organisationId: programmes.organisationId, programmeId: programmes.id },
          db,
        ),
        isNull(programmes.archivedAt),
      ),
    )
    .orderBy(asc(programmes.name))
    .all();
}

export function getProgramme({ programmeId }: { programmeId: number }) {
  return loadProgramme(programmeId);
}

// The layout, the page and its metadata all show the programme: read it once per request.
const loadProgramme = cache(async (programmeId: number) => {
  const { viewer, programme: checked } = await guardProgramme("programme.read", programmeId);
  const access = checked.access;
  const db = getDb();
  const programme = db
    .select({
      id: programmes.id,
      name: programmes.name,
      kind: programmes.kind,
      societalChallenge: programmes.societalChallenge,
      route: programmes.route,
      description: programmes.description,
      ownerId: programmes.ownerId,
      ownerName: users.name,
      startDate: programmes.startDate,
      endDate: programmes.endDate,
      budgetCents: programmes.budgetCents,
      status: programmes.status,
      round: programmes.round,
      phase: programmes.phase,
      version: programmes.version,
      archivedAt: programmes.archivedAt,
    })
    .from(programmes)
    .innerJoin(users, eq(users.id, programmes.ownerId))
    .where(and(eq(programmes.id, programmeId), eq(programmes.organisationId, viewer.organisationId)))
    .get();
  if (!programme) throw new Error("programme vanished");
  const team = db
    .select({ id: users.id, name: users.name })
    .from(programmeMembers)
    .innerJoin(users, eq(users.id, programmeMembers.userId))
    .where(eq(programmeMembers.programmeId, programmeId))
    .orderBy(asc(users.name))
    .all();
  const partners = db
    .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
    .from(programmePartners)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, programmePartners.partnerOrganisationId))
    .where(eq(programmePartners.programmeId, programmeId))
    .orderBy(asc(partnerOrganisations.name))
    .all();
  // An archived programme is read, not changed: its forms and buttons wait until it is restored.
  const open = programme.archivedAt === null;
  return {
    ...programme,
    team,
    partners,
    access: open ? access : { read: access.read, edit: false, measure: false, contribute: false },
  };
});

function activeMembers(db: Reader, organisationId: number, roles: readonly Role[]) {
  return db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.active, true),
        inArray(memberships.role, [...roles]),
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

/** The choices of the programme form: possible owners, team members and partner organisations. */
export async function programmeFormOptions() {
  const viewer = await requireViewer();
  const db = getDb();
  return {
    owners: activeMembers(db, viewer.organisationId, OWNER_ROLES),
    members: activeMembers(db, viewer.organisationId, TEAM_ROLES),
    partners: db
      .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
      .from(partnerOrganisations)
      .where(eq(partnerOrganisations.organisationId, viewer.organisationId))
      .orderBy(asc(partnerOrganisations.name))
      .all(),
  };
}

/** Checks that owner, team and partners all belong to the viewer's gemeente; the field to blame otherwise. */
function checkPeople(tx: Transaction, viewer: Viewer, input: ProgrammeInput): MutationResult | null {
  const owners = new Set(activeMembers(tx, viewer.organisationId, OWNER_ROLES).map((u) => u.id));
  if (!owners.has(input.ownerId)) return refuse("ownerInvalid", "ownerId");
  const members = new Set(activeMembers(tx, viewer.organisationId, TEAM_ROLES).map((u) => u.id));
  if (input.teamMemberIds.some((id) => !members.has(id))) return refuse("invalid", "teamMemberIds");
  const partners = new Set(
    tx
      .select({ id: partnerOrganisations.id })
      .from(partnerOrganisations)
      .where(eq(partnerOrganisations.organisationId, viewer.organisationId))
      .all()
      .map((p) => p.id),
  );
  if (input.partnerIds.some((id) => !partners.has(id))) return refuse("invalid", "partnerIds");
  return null;
}

function writeTeamAndPartners(tx: Transaction, organisationId: number, programmeId: number, input: ProgrammeInput) {
  tx.delete(programmeMembers).where(eq(programmeMembers.programmeId, programmeId)).run();
  for (const userId of input.teamMemberIds) {
    tx.insert(programmeMembers).values({ organisationId, programmeId, userId }).run();
  }
  tx.delete(programmePartners).where(eq(programmePartners.programmeId, programmeId)).run();
  for (const partnerOrganisationId of input.partnerIds) {
    tx.insert(programmePartners).values({ organisationId, programmeId, partnerOrganisationId }).run();
  }
}

function fields(input: ProgrammeInput) {
  const { teamMemberIds: _team, partnerIds: _partners, ...rest } = input;
  return rest;
}

export function createProgramme(input: ProgrammeInput): Promise<MutationResult<{ programmeId: number }>> {
  return write({ permission: "programme.create", target: null }, ({ tx, viewer, audit }) => {
    const problem = checkPeople(tx, viewer, input);
    if (problem && !problem.ok) return problem;
    const { id } = tx
      .insert(programmes)
      .values({ organisationId: viewer.organisationId, ...fields(input) })
      .returning({ id: programmes.id })
      .get();
    writeTeamAndPartners(tx, viewer.organisationId, id, input);
    audit({
      programmeId: id,
      action: "programme.created",
      entityType: "programme",
      entityId: id,
      summary: input.name,
      after: input,
    });
    return ok({ programmeId: id });
  });
}

/** A budget in euro cents as the form shows it: "12500,5", never in exponent notation. */
export const budgetField = (cents: number | null) => (cents === null ? "" : numberForInput(cents / 100));

/** A programme's fields, as the form sends them or as they are saved. */
type ProgrammeValues = Omit<ProgrammeInput, "route"> & { route: string | null };

/** A programme as its edit form sends it. */
function programmeForm(input: ProgrammeValues): FormShape {
  return {
    name: input.name,
    kind: input.kind,
    societalChallenge: input.societalChallenge,
    route: formText(input.route),
    description: input.description,
    ownerId: String(input.ownerId),
    teamMemberIds: input.teamMemberIds.map(String),
    partnerIds: input.partnerIds.map(String),
    startDate: formText(input.startDate),
    endDate: formText(input.endDate),
    budget: budgetField(input.budgetCents),
    status: input.status,
  };
}

/** The programme as saved, in the shape of its form's input. */
function savedProgramme(tx: Transaction, programmeId: number) {
  const row = tx.select().from(programmes).where(eq(programmes.id, programmeId)).get();
  if (!row) throw new Error("programme vanished");
  const ids = <T>(rows: T[], pick: (row: T) => number) => rows.map(pick);
  const input: ProgrammeValues = {
    name: row.name,
    kind: row.kind,
    societalChallenge: row.societalChallenge,
    route: row.route,
    description: row.description,
    ownerId: row.ownerId,
    teamMemberIds: ids(
      tx.select().from(programmeMembers).where(eq(programmeMembers.programmeId, programmeId)).all(),
      (m) => m.userId,
    ),
    partnerIds: ids(
      tx.select().from(programmePartners).where(eq(programmePartners.programmeId, programmeId)).all(),
      (p) => p.partnerOrganisationId,
    ),
    startDate: row.startDate,
    endDate: row.endDate,
    budgetCents: row.budgetCents,
    status: row.status,
  };
  return { row, input };
}

const PROGRAMME_SAVES = ["programme.created", "programme.updated"] as const;

/**
 * Changes a programme. Refused, with nothing changed, when someone else saved it after the form was opened and the
 * save would change what they saved: the answer then carries the saved programme for the form to show.
 */
export function updateProgramme(
  { programmeId }: { programmeId: number },
  { version, ...input }: ProgrammeEditInput,
): Promise<Versioned> {
  return writeProgramme({ permission: "programme.edit", target: programmeId }, (scope): Versioned => {
    const { tx, viewer, audit } = scope;
    const { row: before, input: saved } = savedProgramme(tx, programmeId);
    const conflict = versionConflict(
      scope,
      { entityType: "programme", entityId: programmeId, actions: PROGRAMME_SAVES },
      { submitted: version, current: before.version, mine: programmeForm(input), saved: programmeForm(saved) },
    );
    if (conflict) return conflict;
    const problem = checkPeople(tx, viewer, input);
    if (problem && !problem.ok) return problem;
    tx.update(programmes)
      .set({ ...fields(input), version: nextVersion(programmes.version), updatedAt: new Date() })
      .where(eq(programmes.id, programmeId))
      .run();
    writeTeamAndPartners(tx, viewer.organisationId, programmeId, input);
    audit({
      action: "programme.updated",
      entityType: "programme",
      entityId: programmeId,
      summary: input.name,
      before: {
        name: before.name,
        status: before.status,
        ownerId: before.ownerId,
        startDate: before.startDate,
        endDate: before.endDate,
        budgetCents: before.budgetCents,
        version: before.version,
      },
      after: {
        name: input.name,
        status: input.status,
        ownerId: input.ownerId,
        startDate: input.startDate,
        endDate: input.endDate,
        budgetCents: input.budgetCents,
        version: before.version + 1,
      },
    });
    return ok(undefined);
  });
}
