// The archive writes of the access matrix (access-matrix.test.ts): archiving, restoring and deleting each kind of
// record. addArchiveFixtures adds, once, a record of each kind made just now by the programme manager (to archive or
// delete) and one already archived (to restore), in the pilot or with the pilot's team and partner.
import { type ArchivableKind, DELETABLE_KINDS } from "@/lib/domain/archive";
import { archiveSchema } from "@/lib/validation/archive";
import type { AppDatabase } from "../client";
import * as schema from "../schema";
import { PILOT_NAME } from "../seed-programmes";
import type { CaseContext, Place, WriteCase } from "./access-matrix.cases";
import * as archive from "./archive";

const MARK = "Toegangsmatrix";
const fresh = (kind: ArchivableKind) => `${MARK}: nieuw ${kind}`;
const archived = (kind: ArchivableKind) => `${MARK}: gearchiveerd ${kind}`;

type Param = string | number | null;
const value = (db: AppDatabase, sql: string, ...params: Param[]): unknown =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params);
function idOf(db: AppDatabase, sql: string, ...params: Param[]): number {
  const found = value(db, sql, ...params);
  if (typeof found !== "number") throw new Error(`Not in the fixtures: ${sql} [${params.join(", ")}]`);
  return found;
}

/** Each kind: its table, the column that names the fixture, and where it lives for the matrix. */
const TABLES: Record<ArchivableKind, { table: string; column: string }> = {
  programme: { table: "programmes", column: "name" },
  indicator: { table: "indicators", column: "name" },
  hypothesis: { table: "hypotheses", column: "activity" },
  assumption: { table: "assumptions", column: "statement" },
  study: { table: "studies", column: "title" },
  page: { table: "pages", column: "title" },
  lesson: { table: "lessons", column: "title" },
  roadmapStep: { table: "roadmap_steps", column: "notes" },
};

const AUDIT_TYPES: Partial<Record<ArchivableKind, string>> = {
  programme: "programme",
  indicator: "indicator",
  hypothesis: "hypothesis",
  assumption: "assumption",
  study: "study",
};

/** Adds a fresh and an archived record of every kind, made by the programme manager a moment ago. */
export function addArchiveFixtures(db: AppDatabase) {
  const voorbeeld = idOf(db, "select id from organisations where slug = 'voorbeeld'");
  const manager = idOf(db, "select id from users where email = 'manager@voorbeeld.example'");
  const teamlid = idOf(db, "select id from users where email = 'team@voorbeeld.example'");
  const buurtkracht = idOf(db, "select id from partner_organisations where name = 'Stichting Buurtkracht'");
  const pilot = idOf(db, "select id from programmes where name = ?", PILOT_NAME);
  const base = { organisationId: voorbeeld };
  const made = (kind: ArchivableKind, id: number, programmeId: number | null) => {
    const entityType = AUDIT_TYPES[kind];
    if (!entityType) return;
    db.insert(schema.auditEvents)
      .values({
        ...base,
        actorId: manager,
        programmeId,
        action: `${entityType}.created`,
        entityType,
        entityId: String(id),
        summary: fresh(kind),
      })
      .run();
  };
  const archiving = (isArchived: boolean) =>
    isArchived ? { archivedAt: new Date(), archivedById: manager, archiveReason: MARK } : {};

  for (const isArchived of [false, true]) {
    const name = (kind: ArchivableKind) => (isArchived ? archived(kind) : fresh(kind));
    const programme = db
      .insert(schema.programmes)
      .values({
        ...base,
        name: name("programme"),
        kind: "pilot",
        societalChallenge: MARK,
        ownerId: manager,
        ...archiving(isArchived),
      })
      .returning({ id: schema.programmes.id })
      .get().id;
    db.insert(schema.programmeMembers)
      .values({ ...base, programmeId: programme, userId: teamlid })
      .run();
    db.insert(schema.programmePartners)
      .values({ ...base, programmeId: programme, partnerOrganisationId: buurtkracht })
      .run();
    made("programme", programme, programme);

    const inPilot = { ...base, programmeId: pilot, ...archiving(isArchived) };
    const indicator = db
      .insert(schema.indicators)
      .values({
        ...inPilot,
        name: name("indicator"),
        unit: "deelnemers",
        direction: "hoger",
        frequency: "maandelijks",
        contribution: "direct",
      })
      .returning({ id: schema.indicators.id })
      .get().id;
    made("indicator", indicator, pilot);
    const hypothesis = db
      .insert(schema.hypotheses)
      .values({ ...inPilot, activity: name("hypothesis"), change: "meer", targetGroup: "ouderen", mechanism: "omdat" })
      .returning({ id: schema.hypotheses.id })
      .get().id;
    made("hypothesis", hypothesis, pilot);
    const assumption = db
      .insert(schema.assumptions)
      .values({ ...inPilot, statement: name("assumption"), criticality: "laag" })
      .returning({ id: schema.assumptions.id })
      .get().id;
    made("assumption", assumption, pilot);
    const study = db
      .insert(schema.studies)
      .values({ ...inPilot, round: 1, title: name("study"), researchQuestion: "Werkt het?", method: "kwalitatief" })
      .returning({ id: schema.studies.id })
      .get().id;
    made("study", study, pilot);
    const page = db
      .insert(schema.pages)
      .values({
        ...inPilot,
        title: name("page"),
        body: "Tekst.",
        version: 1,
        createdById: manager,
        updatedById: manager,
      })
      .returning({ id: schema.pages.id })
      .get().id;
    db.insert(schema.pageRevisions)
      .values({ ...base, pageId: page, version: 1, title: name("page"), body: "Tekst.", authorId: manager })
      .run();
    db.insert(schema.lessons)
      .values({ ...inPilot, title: name("lesson"), body: "Geleerd.", createdById: manager })
      .run();
    const step = db.$client
      .prepare(
        "select decision_id as decisionId, route, step_key as stepKey from roadmap_steps where organisation_id = ?",
      )
      .get(voorbeeld) as { decisionId: number; route: string; stepKey: string };
    db.insert(schema.roadmapSteps)
      .values({ ...base, ...step, position: 99, notes: name("roadmapStep"), ...archiving(isArchived) })
      .run();
  }
}

type Ids = { id: number; programmeId: number };

/** The record of this kind the case works on: a fresh one, or one already archived. */
function fixture(db: AppDatabase, kind: ArchivableKind, which: "fresh" | "archived"): Ids {
  const { table, column } = TABLES[kind];
  const text = which === "fresh" ? fresh(kind) : archived(kind);
  const id = idOf(db, `select id from ${table} where ${column} = ?`, text);
  const programmeId =
    kind === "programme"
      ? id
      : kind === "roadmapStep"
        ? 0
        : idOf(db, `select programme_id from ${table} where id = ?`, id);
  return { id, programmeId };
}

/** Calls the write of this kind with the fixture's ids. */
const WRITES = archive.ARCHIVE_WRITES;

const capital = (kind: ArchivableKind) => kind[0]?.toUpperCase() + kind.slice(1);
const auditName = (kind: ArchivableKind, verb: string) =>
  kind === "roadmapStep"
    ? `roadmap.step_${verb}`
    : kind === "page" && verb === "restored"
      ? "page.unarchived"
      : `${kind}.${verb}`;
const placeOf = (kind: ArchivableKind, which: "fresh" | "archived"): Place =>
  kind === "programme"
    ? which === "fresh"
      ? "new programme"
      : "archived programme"
    : kind === "roadmapStep"
      ? "gemeente"
      : "pilot";

const has = (db: AppDatabase, kind: ArchivableKind, id: number, condition: string) =>
  value(db, `select 1 from ${TABLES[kind].table} where id = ? ${condition}`, id) !== undefined;

type Args = { ids: Ids };
const define = (c: WriteCase<Args>) => c as unknown as WriteCase;
const kinds = Object.keys(WRITES) as ArchivableKind[];

export const ARCHIVE_CASES: WriteCase[] = [
  ...kinds.map((kind) =>
    define({
      module: "archive",
      write: `archive${capital(kind)}`,
      on: placeOf(kind, "fresh"),
      action: auditName(kind, "archived"),
      prepare: ({ db }: CaseContext) => ({ ids: fixture(db, kind, "fresh") }),
      run: ({ ids }) => WRITES[kind].archive(ids, archiveSchema.parse({ reason: MARK })),
      written: ({ db }, { ids }) => has(db, kind, ids.id, `and archived_at is not null and archive_reason = '${MARK}'`),
    }),
  ),
  ...kinds.map((kind) =>
    define({
      module: "archive",
      write: `restore${capital(kind)}`,
      on: placeOf(kind, "archived"),
      action: auditName(kind, "restored"),
      prepare: ({ db }: CaseContext) => ({ ids: fixture(db, kind, "archived") }),
      run: ({ ids }) => WRITES[kind].restore(ids),
      written: ({ db }, { ids }) => has(db, kind, ids.id, "and archived_at is null"),
    }),
  ),
  ...DELETABLE_KINDS.map((kind) =>
    define({
      module: "archive",
      write: `delete${capital(kind)}`,
      on: placeOf(kind, "fresh"),
      action: auditName(kind, "deleted"),
      prepare: ({ db }: CaseContext) => ({ ids: fixture(db, kind, "fresh") }),
      run: ({ ids }) => (WRITES[kind].delete as (ids: Ids) => Promise<unknown>)(ids),
      written: ({ db }, { ids }) => !has(db, kind, ids.id, ""),
    }),
  ),
];
