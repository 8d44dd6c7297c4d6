// The training writes of the access matrix (access-matrix.test.ts): learning tracks, their participants and
// sessions, and the impact-maturity scan. The demo's pilot track has the programme manager as trainer and the team
// member as participant; the workshop track has the team member as trainer and the partner (Buurtkracht) taking part.
import {
  participantSchema,
  scanSchema,
  sessionEditSchema,
  sessionSchema,
  statementField,
  trackEditSchema,
  trackSchema,
} from "@/lib/validation/training";
import type { AppDatabase } from "../client";
import { PILOT_TRACK, WORKSHOP_TRACK } from "../seed-training";
import type { Place, WriteCase } from "./access-matrix.cases";
import * as learningTracks from "./learning-tracks";
import * as maturityScans from "./maturity-scans";
import * as trainingSessions from "./training-sessions";

const MARK = "Toegangsmatrix";
type Param = string | number | null;
const value = (db: AppDatabase, sql: string, ...params: Param[]): unknown =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params);
const exists = (db: AppDatabase, sql: string, ...params: Param[]) => value(db, sql, ...params) !== undefined;
const define = <A>(c: WriteCase<A>) => c as unknown as WriteCase;

const trackId = (db: AppDatabase, on: "pilot track" | "workshop track") =>
  value(
    db,
    "select id from learning_tracks where title = ?",
    on === "pilot track" ? PILOT_TRACK : WORKSHOP_TRACK,
  ) as number;
const trainerOf = (db: AppDatabase, id: number) =>
  String(value(db, "select trainer_id from learning_tracks where id = ?", id));
const partnerId = (db: AppDatabase, name: string) =>
  value(db, "select id from partner_organisations where name = ?", name) as number;

const trackForm = (db: AppDatabase, id: number | null) => ({
  title: `${MARK}: traject`,
  kind: "pilottraject",
  targetGroup: "alle_medewerkers",
  goals: "Deelnemers kennen de cyclus.",
  trainerId:
    id === null
      ? String(value(db, "select id from users where email = 'manager@voorbeeld.example'"))
      : trainerOf(db, id),
  modules: ["cyclus"],
});

const sessionForm = { title: `${MARK}: bijeenkomst`, heldOn: "2026-03-01", place: "Stadskantoor" };

const trackCases = (on: "pilot track" | "workshop track"): WriteCase[] => [
  define({
    module: "learning-tracks",
    write: "updateLearningTrack",
    on,
    action: "learning_track.updated",
    prepare: ({ db }) => {
      const id = trackId(db, on);
      const version = String(value(db, "select version from learning_tracks where id = ?", id));
      return { id, input: trackEditSchema.parse({ ...trackForm(db, id), version }) };
    },
    run: ({ id, input }) => learningTracks.updateLearningTrack({ trackId: id }, input),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from learning_tracks where id = ? and title like ?", id, `${MARK}%`),
  }),
  define({
    module: "training-sessions",
    write: "createTrainingSession",
    on,
    action: "training_session.created",
    prepare: ({ db }) => ({ id: trackId(db, on), input: sessionSchema.parse(sessionForm) }),
    run: ({ id, input }) => trainingSessions.createTrainingSession({ trackId: id }, input),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from training_sessions where track_id = ? and title like ?", id, `${MARK}%`),
  }),
];

const pilotOnly: WriteCase[] = [
  define({
    module: "learning-tracks",
    write: "archiveLearningTrack",
    on: "pilot track",
    action: "learning_track.archived",
    prepare: ({ db }) => ({ id: trackId(db, "pilot track") }),
    run: ({ id }) => learningTracks.archiveLearningTrack({ trackId: id }),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from learning_tracks where id = ? and archived_at is not null", id),
  }),
  define({
    module: "learning-tracks",
    write: "restoreLearningTrack",
    on: "pilot track",
    action: "learning_track.restored",
    prepare: ({ db }) => {
      const id = trackId(db, "pilot track");
      db.$client.prepare("update learning_tracks set archived_at = 1700000000000 where id = ?").run(id);
      return { id };
    },
    run: ({ id }) => learningTracks.restoreLearningTrack({ trackId: id }),
    written: ({ db }, { id }) => exists(db, "select 1 from learning_tracks where id = ? and archived_at is null", id),
  }),
  define({
    module: "learning-tracks",
    write: "addTrackParticipant",
    on: "pilot track",
    action: "learning_track.participant_added",
    prepare: ({ db }) => ({
      id: trackId(db, "pilot track"),
      input: participantSchema.parse({ guestName: `${MARK}: gast` }),
    }),
    run: ({ id, input }) => learningTracks.addTrackParticipant({ trackId: id }, input),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from learning_track_participants where track_id = ? and guest_name like ?", id, `${MARK}%`),
  }),
  define({
    module: "training-sessions",
    write: "updateTrainingSession",
    on: "pilot track",
    action: "training_session.updated",
    prepare: ({ db }) => {
      const id = trackId(db, "pilot track");
      const session = db.$client
        .prepare("select id, version from training_sessions where track_id = ? order by held_on limit 1")
        .get(id) as { id: number; version: number };
      return {
        id,
        sessionId: session.id,
        input: sessionEditSchema.parse({ ...sessionForm, version: String(session.version) }),
      };
    },
    run: ({ id, sessionId, input }) => trainingSessions.updateTrainingSession({ trackId: id, sessionId }, input),
    written: ({ db }, { sessionId }) =>
      exists(db, "select 1 from training_sessions where id = ? and title like ?", sessionId, `${MARK}%`),
  }),
];

const answers = Object.fromEntries(
  Array.from({ length: 12 }, (_, index) => [statementField(`s${String(index + 1).padStart(2, "0")}`), "3"]),
);

const scanCase = (on: Place, subject: { teamName: string } | { partner: string }) =>
  define({
    module: "maturity-scans",
    write: "recordMaturityScan",
    on,
    action: "maturity_scan.taken",
    prepare: ({ db }) => ({
      input: scanSchema.parse({
        ...answers,
        ...("teamName" in subject
          ? { subject: "team", teamName: subject.teamName }
          : { subject: "partner", partnerOrganisationId: String(partnerId(db, subject.partner)) }),
        moment: "tussendoor",
        takenOn: "2026-03-01",
        note: MARK,
      }),
    }),
    run: ({ input }) => maturityScans.recordMaturityScan(input),
    written: ({ db, viewer }) =>
      exists(db, "select 1 from maturity_scans where note = ? and organisation_id = ?", MARK, viewer.organisationId),
  });

export const TRAINING_CASES: WriteCase[] = [
  define({
    module: "learning-tracks",
    write: "createLearningTrack",
    on: "gemeente",
    action: "learning_track.created",
    prepare: ({ db, viewer }) => {
      const form = trackForm(db, null);
      // A trainer of the actor's own gemeente: the actor.
      return { input: trackSchema.parse({ ...form, trainerId: String(viewer.userId) }) };
    },
    run: ({ input }) => learningTracks.createLearningTrack(input),
    written: ({ db, viewer }) =>
      exists(
        db,
        "select 1 from learning_tracks where title like ? and organisation_id = ?",
        `${MARK}%`,
        viewer.organisationId,
      ),
  }),
  ...trackCases("pilot track"),
  ...trackCases("workshop track"),
  ...pilotOnly,
  scanCase("gemeente", { teamName: `${MARK}: team` }),
  scanCase("Buurtkracht", { partner: "Stichting Buurtkracht" }),
  scanCase("Taalhuis", { partner: "Taalhuis Voorbeeld" }),
];
