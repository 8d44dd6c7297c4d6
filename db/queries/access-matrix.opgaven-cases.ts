// The opgaven and strategic-session writes of the access matrix (access-matrix.test.ts). addOpgavenFixtures adds, once,
// to Gemeente Voorbeeld: an opgave with a context figure, an archived opgave, and a session (the programme manager and
// Stichting Buurtkracht take part) that names the opgave, with the manager's ranking recorded.
import {
  opgaveEditSchema,
  opgaveFigureSchema,
  opgaveSchema,
  sessionAgreementSchema,
  sessionIdeaSchema,
  sessionOpgaveSchema,
  strategicSessionEditSchema,
  strategicSessionSchema,
} from "@/lib/validation/opgaven";
import type { AppDatabase } from "../client";
import * as schema from "../schema";
import { PILOT_NAME } from "../seed-programmes";
import type { WriteCase } from "./access-matrix.cases";
import * as opgaveChanges from "./opgave-changes";
import * as sessionChanges from "./strategic-session-changes";
import * as sessionOutcomes from "./strategic-session-outcomes";
import * as sessionRankings from "./strategic-session-rankings";

const MARK = "Toegangsmatrix";
const OPGAVE = `${MARK}: opgave`;
const ARCHIVED_OPGAVE = `${MARK}: gearchiveerde opgave`;
const FIGURE = `${MARK}: cijfer`;
const SESSION = `${MARK}: strategische sessie`;

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
const exists = (db: AppDatabase, sql: string, ...params: Param[]) => value(db, sql, ...params) !== undefined;

const define = <A>(c: WriteCase<A>) => c as unknown as WriteCase;

const opgaveId = (db: AppDatabase) => idOf(db, "select id from opgaven where title = ?", OPGAVE);
const sessionId = (db: AppDatabase) => idOf(db, "select id from strategic_sessions where title = ?", SESSION);
const version = (db: AppDatabase, table: string, id: number) =>
  String(idOf(db, `select version from ${table} where id = ?`, id));
const manager = (db: AppDatabase) => idOf(db, "select id from users where email = 'manager@voorbeeld.example'");
const buurtkracht = (db: AppDatabase) =>
  idOf(db, "select id from partner_organisations where name = 'Stichting Buurtkracht'");
/** The session's participant for Stichting Buurtkracht: no ranking of theirs is recorded yet. */
const buurtkrachtParticipant = (db: AppDatabase) =>
  idOf(
    db,
    "select id from strategic_session_participants where session_id = ? and partner_organisation_id = ?",
    sessionId(db),
    buurtkracht(db),
  );
const itemId = (db: AppDatabase) =>
  idOf(db, "select id from strategic_session_opgaven where session_id = ?", sessionId(db));

export function addOpgavenFixtures(db: AppDatabase) {
  const organisationId = idOf(db, "select id from organisations where slug = 'voorbeeld'");
  const managerId = manager(db);
  const base = { organisationId, createdById: managerId };
  const opgave = db
    .insert(schema.opgaven)
    .values({ ...base, title: OPGAVE, description: "Eenzaamheid onder ouderen." })
    .returning({ id: schema.opgaven.id })
    .get().id;
  db.insert(schema.opgaven)
    .values({
      ...base,
      title: ARCHIVED_OPGAVE,
      archivedAt: new Date(),
      archivedById: managerId,
      archiveReason: MARK,
    })
    .run();
  db.insert(schema.opgaveFigures)
    .values({ ...base, opgaveId: opgave, label: FIGURE, value: 34, unit: "%", source: "GGD" })
    .run();
  const session = db
    .insert(schema.strategicSessions)
    .values({ ...base, title: SESSION, heldOn: "2026-10-01" })
    .returning({ id: schema.strategicSessions.id })
    .get().id;
  const participant = db
    .insert(schema.strategicSessionParticipants)
    .values({ organisationId, sessionId: session, userId: managerId })
    .returning({ id: schema.strategicSessionParticipants.id })
    .get().id;
  db.insert(schema.strategicSessionParticipants)
    .values({ organisationId, sessionId: session, partnerOrganisationId: buurtkracht(db) })
    .run();
  const item = db
    .insert(schema.strategicSessionOpgaven)
    .values({ organisationId, sessionId: session, opgaveId: opgave, title: OPGAVE })
    .returning({ id: schema.strategicSessionOpgaven.id })
    .get().id;
  db.insert(schema.strategicSessionRankings)
    .values({
      organisationId,
      sessionId: session,
      participantId: participant,
      itemId: item,
      position: 1,
      enteredById: managerId,
    })
    .run();
}

const sessionInput = (title: string) => ({ title, heldOn: "2026-12-01", agenda: MARK, guests: "" });

export const OPGAVEN_CASES: WriteCase[] = [
  define({
    module: "opgave-changes",
    write: "createOpgave",
    on: "gemeente",
    action: "opgave.created",
    prepare: () => ({ input: opgaveSchema.parse({ title: MARK, description: "Armoede onder gezinnen." }) }),
    run: ({ input }) => opgaveChanges.createOpgave(input),
    written: ({ db, viewer }) =>
      exists(db, "select 1 from opgaven where title = ? and organisation_id = ?", MARK, viewer.organisationId),
  }),
  define({
    module: "opgave-changes",
    write: "updateOpgave",
    on: "gemeente",
    action: "opgave.updated",
    prepare: ({ db }) => ({
      id: opgaveId(db),
      input: opgaveEditSchema.parse({
        title: `${MARK} gewijzigd`,
        description: "Eenzaamheid onder ouderen.",
        version: version(db, "opgaven", opgaveId(db)),
      }),
    }),
    run: ({ id, input }) => opgaveChanges.updateOpgave({ opgaveId: id }, input),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from opgaven where id = ? and title = ?", id, `${MARK} gewijzigd`),
  }),
  define({
    module: "opgave-changes",
    write: "archiveOpgave",
    on: "gemeente",
    action: "opgave.archived",
    prepare: ({ db }) => ({ id: opgaveId(db) }),
    run: ({ id }) => opgaveChanges.archiveOpgave({ opgaveId: id }, { reason: MARK }),
    written: ({ db }, { id }) => exists(db, "select 1 from opgaven where id = ? and archived_at is not null", id),
  }),
  define({
    module: "opgave-changes",
    write: "restoreOpgave",
    on: "gemeente",
    action: "opgave.restored",
    prepare: ({ db }) => ({ id: idOf(db, "select id from opgaven where title = ?", ARCHIVED_OPGAVE) }),
    run: ({ id }) => opgaveChanges.restoreOpgave({ opgaveId: id }),
    written: ({ db }, { id }) => exists(db, "select 1 from opgaven where id = ? and archived_at is null", id),
  }),
  define({
    module: "opgave-changes",
    write: "addOpgaveFigure",
    on: "gemeente",
    action: "opgave.figure_added",
    prepare: ({ db }) => ({
      id: opgaveId(db),
      input: opgaveFigureSchema.parse({
        label: MARK,
        value: "12,5",
        unit: "%",
        source: "CBS",
        measuredOn: "2026-01-01",
      }),
    }),
    run: ({ id, input }) => opgaveChanges.addOpgaveFigure({ opgaveId: id }, input),
    written: ({ db }, { id }) => exists(db, "select 1 from opgave_figures where opgave_id = ? and label = ?", id, MARK),
  }),
  define({
    module: "opgave-changes",
    write: "removeOpgaveFigure",
    on: "gemeente",
    action: "opgave.figure_removed",
    prepare: ({ db }) => ({
      id: opgaveId(db),
      figureId: idOf(db, "select id from opgave_figures where label = ?", FIGURE),
    }),
    run: ({ id, figureId }) => opgaveChanges.removeOpgaveFigure({ opgaveId: id, figureId }),
    written: ({ db }, { figureId }) => !exists(db, "select 1 from opgave_figures where id = ?", figureId),
  }),
  define({
    module: "opgave-changes",
    write: "setProgrammeOpgave",
    on: "pilot",
    action: "programme.opgave_changed",
    prepare: ({ db }) => ({
      programmeId: idOf(db, "select id from programmes where name = ?", PILOT_NAME),
      id: opgaveId(db),
    }),
    run: ({ programmeId, id }) => opgaveChanges.setProgrammeOpgave({ programmeId }, { opgaveId: id }),
    written: ({ db }, { programmeId, id }) =>
      exists(db, "select 1 from programmes where id = ? and opgave_id = ?", programmeId, id),
  }),
  define({
    module: "strategic-session-changes",
    write: "createStrategicSession",
    on: "gemeente",
    action: "strategicSession.created",
    prepare: () => ({ input: strategicSessionSchema.parse(sessionInput(MARK)) }),
    run: ({ input }) => sessionChanges.createStrategicSession(input),
    written: ({ db, viewer }) =>
      exists(
        db,
        "select 1 from strategic_sessions where title = ? and organisation_id = ?",
        MARK,
        viewer.organisationId,
      ),
  }),
  define({
    module: "strategic-session-changes",
    write: "updateStrategicSession",
    on: "gemeente",
    action: "strategicSession.updated",
    prepare: ({ db }) => ({
      id: sessionId(db),
      input: strategicSessionEditSchema.parse({
        ...sessionInput(`${MARK} gewijzigd`),
        userIds: [String(manager(db))],
        partnerOrganisationIds: [String(buurtkracht(db))],
        version: version(db, "strategic_sessions", sessionId(db)),
      }),
    }),
    run: ({ id, input }) => sessionChanges.updateStrategicSession({ sessionId: id }, input),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from strategic_sessions where id = ? and title = ?", id, `${MARK} gewijzigd`),
  }),
  define({
    module: "strategic-session-changes",
    write: "addSessionOpgave",
    on: "gemeente",
    action: "strategicSession.opgave_proposed",
    prepare: ({ db }) => ({
      id: sessionId(db),
      input: sessionOpgaveSchema.parse({ title: `${MARK}: voorstel`, description: "Genoemd in de sessie." }),
    }),
    run: ({ id, input }) => sessionChanges.addSessionOpgave({ sessionId: id }, input),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from strategic_session_opgaven where session_id = ? and title = ?", id, `${MARK}: voorstel`),
  }),
  define({
    module: "strategic-session-changes",
    write: "saveSessionRanking",
    on: "gemeente",
    action: "strategicSession.ranking_saved",
    prepare: ({ db }) => ({ id: sessionId(db), participantId: buurtkrachtParticipant(db), item: itemId(db) }),
    run: ({ id, participantId, item }) =>
      sessionChanges.saveSessionRanking({ sessionId: id, participantId }, [{ itemId: item, position: 1 }]),
    written: ({ db }, { participantId }) =>
      exists(db, "select 1 from strategic_session_rankings where participant_id = ?", participantId),
  }),
  define({
    module: "strategic-session-changes",
    write: "addSessionIdea",
    on: "gemeente",
    action: "strategicSession.idea_added",
    prepare: ({ db }) => ({
      id: sessionId(db),
      input: sessionIdeaSchema.parse({ itemId: String(itemId(db)), kind: "oplossing", text: MARK }),
    }),
    run: ({ id, input }) => sessionChanges.addSessionIdea({ sessionId: id }, input),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from strategic_session_ideas where session_id = ? and text = ?", id, MARK),
  }),
  define({
    module: "strategic-session-changes",
    write: "addSessionAgreement",
    on: "gemeente",
    action: "strategicSession.agreement_added",
    prepare: ({ db }) => ({
      id: sessionId(db),
      input: sessionAgreementSchema.parse({ description: MARK, ownerId: String(manager(db)), dueDate: "2027-01-31" }),
    }),
    run: ({ id, input }) => sessionChanges.addSessionAgreement({ sessionId: id }, input),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from strategic_session_agreements where session_id = ? and description = ?", id, MARK),
  }),
  define({
    module: "strategic-session-outcomes",
    write: "processSessionOutcomes",
    on: "gemeente",
    action: "strategicSession.outcomes_processed",
    prepare: ({ db }) => ({ id: sessionId(db), version: Number(version(db, "strategic_sessions", sessionId(db))) }),
    run: ({ id, version }) => sessionOutcomes.processSessionOutcomes({ sessionId: id }, { version }),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from strategic_sessions where id = ? and processed_at is not null", id),
  }),
  // A participant's own ranking: the manager takes part as a person, the partner through Stichting Buurtkracht.
  define({
    module: "strategic-session-rankings",
    write: "saveOwnSessionRanking",
    on: "gemeente",
    action: "strategicSession.own_ranking_saved",
    prepare: ({ db }) => ({ id: sessionId(db), item: itemId(db) }),
    run: ({ id, item }) =>
      sessionRankings.saveOwnSessionRanking(
        { sessionId: id },
        { version: 1, positions: [{ itemId: item, position: 1 }] },
      ),
    written: ({ db, viewer }, { id }) =>
      exists(
        db,
        "select 1 from strategic_session_participants where session_id = ? and version > 1 and (user_id = ? or partner_organisation_id = ?)",
        id,
        viewer.userId,
        viewer.partnerOrganisationId ?? -1,
      ),
  }),
  define({
    module: "strategic-session-rankings",
    write: "endSessionRankings",
    on: "gemeente",
    action: "strategicSession.rankings_closed",
    prepare: ({ db }) => ({ id: sessionId(db) }),
    run: ({ id }) => sessionRankings.endSessionRankings({ sessionId: id }),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from strategic_sessions where id = ? and rankings_closed_at is not null", id),
  }),
  define({
    module: "strategic-session-rankings",
    write: "reopenSessionRankings",
    on: "gemeente",
    action: "strategicSession.rankings_reopened",
    prepare: ({ db }) => {
      const id = sessionId(db);
      db.$client.prepare("update strategic_sessions set rankings_closed_at = 1 where id = ?").run(id);
      return { id };
    },
    run: ({ id }) => sessionRankings.reopenSessionRankings({ sessionId: id }),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from strategic_sessions where id = ? and rankings_closed_at is null", id),
  }),
];
