// The data layer's one gate to the access kernel (lib/domain/permissions.ts). Every read and every write asks here:
// it finds how the viewer stands to the programme a record belongs to, and asks the kernel. A programme of another
// gemeente, or one the viewer may not read, does not exist for them (NotFoundError); a record they may read but not
// change is ForbiddenError.
import { and, asc, eq, inArray, isNull, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Viewer } from "@/lib/auth/viewer";
import {
  allows,
  condition,
  type Permission,
  type ProgrammeAccess,
  programmeAccess,
  type Relation,
} from "@/lib/domain/permissions";
import { preparedOnce } from "./client";
import { ForbiddenError, NotFoundError } from "./errors";
import type { Transaction } from "./index";
import {
  agreedEffects,
  changePlanPartners,
  changePlans,
  coachingActions,
  learningTrackParticipants,
  learningTracks,
  maturityScans,
  opgaven,
  pages,
  programmeMembers,
  programmePartners,
  programmes,
  subsidyApplicationEffects,
  subsidyApplications,
  subsidyFrameworks,
} from "./schema";

/** Anything that reads: the database or an open transaction. */
export type Reader = Pick<Transaction, "select">;

declare const checked: unique symbol;

/** The programme a checked record belongs to, with the viewer's access to it. */
export type CheckedProgramme = { id: number; name: string; ownerId: number; access: ProgrammeAccess };

/**
 * Proof that the kernel allowed `permission` for this viewer. Only `authorize` makes one; helpers that read or
 * write without checking anything themselves take one instead of a bare database handle.
 */
export type Checked = {
  readonly [checked]: true;
  readonly viewer: Viewer;
  readonly db: Reader;
  readonly permission: Permission;
  /** null for a gemeente-wide record. */
  readonly programme: CheckedProgramme | null;
};

export type ProgrammeChecked = Checked & { readonly programme: CheckedProgramme };

// One statement: the programme of this gemeente, and whether the viewer is on its team or works for one of its
// partner organisations. Written out with aliases: in a select list drizzle leaves column names unqualified. Built
// once per connection (db/client.ts preparedOnce): every page of a programme asks it.
const relationRow = preparedOnce((db: Reader) =>
  db
    .select({
      id: programmes.id,
      name: programmes.name,
      ownerId: programmes.ownerId,
      isTeamMember: sql<number>`exists (select 1 from ${programmeMembers} pm where pm.programme_id = "programmes"."id" and pm.user_id = ${sql.placeholder("userId")})`,
      partnerInvolved: sql<number>`exists (select 1 from ${programmePartners} pp where pp.programme_id = "programmes"."id" and pp.partner_organisation_id = ${sql.placeholder("partnerOrganisationId")})`,
    })
    .from(programmes)
    .where(
      and(
        eq(programmes.id, sql.placeholder("programmeId")),
        eq(programmes.organisationId, sql.placeholder("organisationId")),
      ),
    )
    .prepare(),
);

/** How the viewer stands to one programme of their gemeente; NotFoundError when it is not theirs to read. */
export function programmeRelation(viewer: Viewer, programmeId: number, db: Reader) {
  const row = relationRow(db).get({
    programmeId,
    organisationId: viewer.organisationId,
    userId: viewer.userId,
    partnerOrganisationId: viewer.partnerOrganisationId ?? -1,
  });
  if (!row) throw new NotFoundError("programme");
  const relation = {
    onTeam: row.ownerId === viewer.userId || Boolean(row.isTeamMember),
    involved: viewer.partnerOrganisationId !== null && Boolean(row.partnerInvolved),
  };
  const access = programmeAccess(viewer.role, relation);
  if (!access.read) throw new NotFoundError("programme");
  return { programme: { id: row.id, name: row.name, ownerId: row.ownerId, access }, relation };
}

/**
 * Asks the kernel whether the viewer may do `permission` on a record of this programme (or a gemeente-wide record
 * when `programmeId` is null). Throws NotFoundError for a programme the viewer may not read, ForbiddenError for
 * anything else the kernel refuses.
 */
export function authorize(viewer: Viewer, permission: Permission, programmeId: number | null, db: Reader): Checked {
  let programme: CheckedProgramme | null = null;
  let relation: Relation = null;
  if (programmeId !== null) ({ programme, relation } = programmeRelation(viewer, programmeId, db));
  if (!allows(viewer.role, permission, relation)) throw new ForbiddenError(permission);
  return { viewer, db, permission, programme } as Checked;
}

/** The same, for a record of a programme: the programme is always there. */
export function authorizeProgramme(
  viewer: Viewer,
  permission: Permission,
  programmeId: number,
  db: Reader,
): ProgrammeChecked {
  return authorize(viewer, permission, programmeId, db) as ProgrammeChecked;
}

/** The same check with another database handle (inside a transaction, say), keeping what was proven. */
export function withReader<C extends Checked>(scope: C, db: Reader): C {
  return { ...scope, db };
}

/** The ids of the programmes the viewer owns or is on the team of, as a sub-query. */
function teamProgrammeIds(viewer: Viewer, db: Reader) {
  return db
    .select({ id: programmes.id })
    .from(programmes)
    .leftJoin(
      programmeMembers,
      and(eq(programmeMembers.programmeId, programmes.id), eq(programmeMembers.userId, viewer.userId)),
    )
    .where(
      and(
        eq(programmes.organisationId, viewer.organisationId),
        or(eq(programmes.ownerId, viewer.userId), eq(programmeMembers.userId, viewer.userId)),
      ),
    );
}

/** The ids of the programmes the viewer's partner organisation takes part in, as a sub-query. */
function partnerProgrammeIds(viewer: Viewer, db: Reader) {
  return db
    .select({ id: programmePartners.programmeId })
    .from(programmePartners)
    .where(
      and(
        eq(programmePartners.organisationId, viewer.organisationId),
        eq(programmePartners.partnerOrganisationId, viewer.partnerOrganisationId ?? -1),
      ),
    );
}

type Columns = { organisationId: AnySQLiteColumn | SQLWrapper; programmeId: AnySQLiteColumn | SQLWrapper };

/**
 * The condition that limits a list to the records the kernel lets the viewer `permission`: of their gemeente, and
 * of the programmes the rule names. Records without a programme (programmeId null) pass only a `yes` rule.
 */
export function visibleTo(viewer: Viewer, permission: Permission, columns: Columns, db: Reader): SQL {
  const inGemeente = eq(columns.organisationId as AnySQLiteColumn, viewer.organisationId);
  const programmeId = columns.programmeId as AnySQLiteColumn;
  switch (condition(viewer.role, permission)) {
    case "yes":
      return inGemeente;
    case "team":
      return and(inGemeente, inArray(programmeId, teamProgrammeIds(viewer, db))) as SQL;
    case "partner":
      return and(inGemeente, inArray(programmeId, partnerProgrammeIds(viewer, db))) as SQL;
    case "no":
      return sql`0`;
  }
}

/** Whether the kernel lets the viewer `permission` on a record of this programme (or a gemeente-wide one). */
export function permits(viewer: Viewer, permission: Permission, programmeId: number | null, db: Reader): boolean {
  return allows(
    viewer.role,
    permission,
    programmeId === null ? null : programmeRelation(viewer, programmeId, db).relation,
  );
}

/**
 * The gemeente's programmes on which the kernel lets the viewer do every one of `permissions`, by name: the choices
 * of filters and forms, so an archived programme is not among them.
 */
export function programmesWhere(viewer: Viewer, db: Reader, ...permissions: Permission[]) {
  const columns = { organisationId: programmes.organisationId, programmeId: programmes.id };
  return db
    .select({ id: programmes.id, name: programmes.name, route: programmes.route })
    .from(programmes)
    .where(
      and(
        ...permissions.map((permission) => visibleTo(viewer, permission, columns, db)),
        isNull(programmes.archivedAt),
      ),
    )
    .orderBy(asc(programmes.name))
    .all();
}

/**
 * How the viewer stands to one learning track of their gemeente: its trainer or coach (`onTeam`), or taking part
 * (`involved`: the viewer, or for a partner user a colleague of the same partner organisation). NotFoundError when
 * the track is not theirs to read, whatever the reason.
 */
export function trackRelation(viewer: Viewer, trackId: number, db: Reader): NonNullable<Relation> {
  const row = db
    .select({
      trainerId: learningTracks.trainerId,
      takesPart: sql<number>`exists (select 1 from ${learningTrackParticipants} ltp where ltp.track_id = "learning_tracks"."id" and (ltp.user_id = ${viewer.userId} or ltp.partner_organisation_id = ${viewer.partnerOrganisationId ?? -1}))`,
    })
    .from(learningTracks)
    .where(and(eq(learningTracks.id, trackId), eq(learningTracks.organisationId, viewer.organisationId)))
    .get();
  if (!row) throw new NotFoundError("learning_track");
  const relation = { onTeam: row.trainerId === viewer.userId, involved: Boolean(row.takesPart) };
  if (!allows(viewer.role, "learningTracks.read", relation)) throw new NotFoundError("learning_track");
  return relation;
}

/**
 * How the viewer stands to one action agreed in coaching: `onTeam` for the coach of its track and for whoever carries
 * the action out. NotFoundError when the action is not in the viewer's gemeente or its track is not theirs to read;
 * an action's owner always reads the track, as a participant.
 */
export function coachingActionRelation(viewer: Viewer, actionId: number, db: Reader): NonNullable<Relation> {
  const row = db
    .select({ trackId: coachingActions.trackId, ownerId: coachingActions.ownerId, trainerId: learningTracks.trainerId })
    .from(coachingActions)
    .innerJoin(learningTracks, eq(learningTracks.id, coachingActions.trackId))
    .where(and(eq(coachingActions.id, actionId), eq(coachingActions.organisationId, viewer.organisationId)))
    .get();
  if (!row) throw new NotFoundError("coaching_action");
  const owner = row.ownerId === viewer.userId;
  if (!owner) trackRelation(viewer, row.trackId, db);
  return { onTeam: owner || row.trainerId === viewer.userId, involved: false };
}

/** How the viewer stands to a maturity scan about this partner organisation (null: about a team of the gemeente). */
export function scanRelation(viewer: Viewer, partnerOrganisationId: number | null): NonNullable<Relation> {
  return {
    onTeam: false,
    involved: viewer.partnerOrganisationId !== null && partnerOrganisationId === viewer.partnerOrganisationId,
  };
}

/** Asks the kernel about a record whose relation is not a programme's (a learning track, a maturity scan). */
export function authorizeRelation(
  viewer: Viewer,
  permission: Permission,
  relation: NonNullable<Relation>,
  db: Reader,
): Checked {
  if (!allows(viewer.role, permission, relation)) throw new ForbiddenError(permission);
  return { viewer, db, permission, programme: null } as Checked;
}

/** The condition that limits a list of learning tracks to those the kernel lets the viewer `permission`. */
export function tracksVisibleTo(viewer: Viewer, permission: Permission): SQL {
  const inGemeente = eq(learningTracks.organisationId, viewer.organisationId);
  switch (condition(viewer.role, permission)) {
    case "yes":
      return inGemeente;
    case "team":
      return and(inGemeente, eq(learningTracks.trainerId, viewer.userId)) as SQL;
    case "partner":
      return and(
        inGemeente,
        sql`exists (select 1 from ${learningTrackParticipants} ltp where ltp.track_id = ${learningTracks.id} and (ltp.user_id = ${viewer.userId} or ltp.partner_organisation_id = ${viewer.partnerOrganisationId ?? -1}))`,
      ) as SQL;
    case "no":
      return sql`0`;
  }
}

/** The condition that limits a list of maturity scans to those the kernel lets the viewer `permission`. */
export function scansVisibleTo(viewer: Viewer, permission: Permission): SQL {
  const inGemeente = eq(maturityScans.organisationId, viewer.organisationId);
  switch (condition(viewer.role, permission)) {
    case "yes":
      return inGemeente;
    case "partner":
      return and(inGemeente, eq(maturityScans.partnerOrganisationId, viewer.partnerOrganisationId ?? -1)) as SQL;
    case "team":
    case "no":
      return sql`0`;
  }
}

/** A partner organisation's application to the framework in the outer query, as SQL. */
const appliedByPartner = (viewer: Viewer) =>
  sql`exists (select 1 from ${subsidyApplications} sa where sa.framework_id = ${subsidyFrameworks.id} and sa.partner_organisation_id = ${viewer.partnerOrganisationId ?? -1})`;

/**
 * How the viewer stands to a subsidy framework of their gemeente: `involved` when it is open (and not archived) or
 * their partner organisation applied to it. NotFoundError when it is not theirs to read.
 */
export function frameworkRelation(viewer: Viewer, frameworkId: number, db: Reader): NonNullable<Relation> {
  const row = db
    .select({
      status: subsidyFrameworks.status,
      archivedAt: subsidyFrameworks.archivedAt,
      applied: sql<number>`exists (select 1 from ${subsidyApplications} sa where sa.framework_id = "subsidy_frameworks"."id" and sa.partner_organisation_id = ${viewer.partnerOrganisationId ?? -1})`,
    })
    .from(subsidyFrameworks)
    .where(and(eq(subsidyFrameworks.id, frameworkId), eq(subsidyFrameworks.organisationId, viewer.organisationId)))
    .get();
  if (!row) throw new NotFoundError("subsidy_framework");
  const open = row.status === "open" && row.archivedAt === null;
  const relation = { onTeam: false, involved: viewer.partnerOrganisationId !== null && (open || Boolean(row.applied)) };
  if (!allows(viewer.role, "subsidies.read", relation)) throw new NotFoundError("subsidy_framework");
  return relation;
}

/** How the viewer stands to an application: `involved` when it is their own partner organisation's. */
export function applicationRelation(viewer: Viewer, applicationId: number, db: Reader): NonNullable<Relation> {
  const row = db
    .select({ partnerOrganisationId: subsidyApplications.partnerOrganisationId })
    .from(subsidyApplications)
    .where(
      and(eq(subsidyApplications.id, applicationId), eq(subsidyApplications.organisationId, viewer.organisationId)),
    )
    .get();
  if (!row) throw new NotFoundError("subsidy_application");
  const relation = {
    onTeam: false,
    involved: viewer.partnerOrganisationId !== null && row.partnerOrganisationId === viewer.partnerOrganisationId,
  };
  if (!allows(viewer.role, "subsidies.read", relation)) throw new NotFoundError("subsidy_application");
  return relation;
}

/** The condition that limits a list of subsidy frameworks to those the kernel lets the viewer `permission`. */
export function frameworksVisibleTo(viewer: Viewer, permission: Permission): SQL {
  const inGemeente = eq(subsidyFrameworks.organisationId, viewer.organisationId);
  switch (condition(viewer.role, permission)) {
    case "yes":
      return inGemeente;
    case "partner":
      return and(
        inGemeente,
        or(and(eq(subsidyFrameworks.status, "open"), isNull(subsidyFrameworks.archivedAt)), appliedByPartner(viewer)),
      ) as SQL;
    case "team":
    case "no":
      return sql`0`;
  }
}

/** The condition that limits a list of applications to those the kernel lets the viewer `permission`. */
export function applicationsVisibleTo(viewer: Viewer, permission: Permission): SQL {
  const inGemeente = eq(subsidyApplications.organisationId, viewer.organisationId);
  switch (condition(viewer.role, permission)) {
    case "yes":
      return inGemeente;
    case "partner":
      return and(inGemeente, eq(subsidyApplications.partnerOrganisationId, viewer.partnerOrganisationId ?? -1)) as SQL;
    case "team":
    case "no":
      return sql`0`;
  }
}

/**
 * The opgaven a partner organisation works on together with the gemeente, as a sub-query: it takes part in the
 * opgave's veranderplan, or one of its applications was granted on an effect agreed for the opgave.
 */
function partnerOpgaveIds(partnerOrganisationId: number, db: Reader) {
  const inPlan = db
    .select({ id: changePlans.opgaveId })
    .from(changePlanPartners)
    .innerJoin(changePlans, eq(changePlans.id, changePlanPartners.changePlanId))
    .where(eq(changePlanPartners.partnerOrganisationId, partnerOrganisationId));
  const granted = db
    .select({ id: agreedEffects.opgaveId })
    .from(subsidyApplicationEffects)
    .innerJoin(subsidyApplications, eq(subsidyApplications.id, subsidyApplicationEffects.applicationId))
    .innerJoin(agreedEffects, eq(agreedEffects.id, subsidyApplicationEffects.agreedEffectId))
    .where(
      and(
        eq(subsidyApplications.partnerOrganisationId, partnerOrganisationId),
        eq(subsidyApplications.status, "toegekend"),
      ),
    );
  return { inPlan, granted };
}

/**
 * How the viewer stands to a maatschappelijke opgave of their gemeente, for its shared page: `involved` when their
 * partner organisation takes part in its veranderplan or has a grant on one of its agreed effects. NotFoundError for
 * an opgave of another gemeente. (The register itself stays the gemeente's: opgaven.read.)
 */
export function opgaveRelation(viewer: Viewer, opgaveId: number, db: Reader): NonNullable<Relation> {
  const row = db
    .select({ id: opgaven.id })
    .from(opgaven)
    .where(and(eq(opgaven.id, opgaveId), eq(opgaven.organisationId, viewer.organisationId)))
    .get();
  if (!row) throw new NotFoundError("opgave");
  if (viewer.partnerOrganisationId === null) return { onTeam: false, involved: false };
  const { inPlan, granted } = partnerOpgaveIds(viewer.partnerOrganisationId, db);
  const involved = [...inPlan.all(), ...granted.all()].some((o) => o.id === opgaveId);
  return { onTeam: false, involved };
}

/**
 * The condition that lets a list of pages also show the pages of the opgaven the viewer works on as a partner (for
 * the other roles, `visibleTo` already lets every page of the gemeente through).
 */
export function opgavePagesVisibleTo(viewer: Viewer, permission: Permission, db: Reader): SQL {
  if (condition(viewer.role, permission) !== "partner" || viewer.partnerOrganisationId === null) return sql`0`;
  const { inPlan, granted } = partnerOpgaveIds(viewer.partnerOrganisationId, db);
  return and(
    eq(pages.organisationId, viewer.organisationId),
    or(inArray(pages.opgaveId, inPlan), inArray(pages.opgaveId, granted)),
  ) as SQL;
}
