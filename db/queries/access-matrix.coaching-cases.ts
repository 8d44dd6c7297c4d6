// The coaching, reflection and goal-judgement writes of the access matrix (access-matrix.test.ts), on the demo's
// pilot track: the programme manager is its trainer, the team member takes part, a coaching conversation about the
// pilot programme has an open action for the programme manager (db/seed-training.ts).
import {
  coachingActionSchema,
  conversationEditSchema,
  conversationSchema,
  goalJudgementSchema,
  reflectionAnswerSchema,
} from "@/lib/validation/coaching";
import { sessionLessonSchema } from "@/lib/validation/lessons";
import type { AppDatabase } from "../client";
import { COACHING_ACTION, PILOT_TRACK } from "../seed-training";
import type { WriteCase } from "./access-matrix.cases";
import * as coaching from "./coaching";
import * as trackReflections from "./track-reflections";
import * as trainingOverview from "./training-overview";

const MARK = "Toegangsmatrix";
type Param = string | number | null;
const value = (db: AppDatabase, sql: string, ...params: Param[]): unknown =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params);
const exists = (db: AppDatabase, sql: string, ...params: Param[]) => value(db, sql, ...params) !== undefined;
const define = <A>(c: WriteCase<A>) => c as unknown as WriteCase;

const pilotTrack = (db: AppDatabase) =>
  value(db, "select id from learning_tracks where title = ?", PILOT_TRACK) as number;
const conversationOf = (db: AppDatabase, trackId: number) =>
  db.$client
    .prepare("select id, version from coaching_conversations where track_id = ? order by id limit 1")
    .get(trackId) as { id: number; version: number };
const managerId = (db: AppDatabase) => value(db, "select id from users where email = 'manager@voorbeeld.example'");

export const COACHING_CASES: WriteCase[] = [
  define({
    module: "coaching",
    write: "createCoachingConversation",
    on: "pilot track",
    action: "coaching_conversation.created",
    prepare: ({ db }) => ({
      id: pilotTrack(db),
      input: conversationSchema.parse({ teamName: `${MARK}: team`, heldOn: "2026-03-01" }),
    }),
    run: ({ id, input }) => coaching.createCoachingConversation({ trackId: id }, input),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from coaching_conversations where track_id = ? and team_name like ?", id, `${MARK}%`),
  }),
  define({
    module: "coaching",
    write: "updateCoachingConversation",
    on: "pilot track",
    action: "coaching_conversation.updated",
    prepare: ({ db }) => {
      const id = pilotTrack(db);
      const conversation = conversationOf(db, id);
      return {
        id,
        conversationId: conversation.id,
        input: conversationEditSchema.parse({
          teamName: `${MARK}: team`,
          heldOn: "2026-03-01",
          summary: MARK,
          version: String(conversation.version),
        }),
      };
    },
    run: ({ id, conversationId, input }) => coaching.updateCoachingConversation({ trackId: id, conversationId }, input),
    written: ({ db }, { conversationId }) =>
      exists(db, "select 1 from coaching_conversations where id = ? and summary = ?", conversationId, MARK),
  }),
  define({
    module: "coaching",
    write: "addCoachingAction",
    on: "pilot track",
    action: "coaching_action.created",
    prepare: ({ db }) => {
      const id = pilotTrack(db);
      return {
        id,
        conversationId: conversationOf(db, id).id,
        input: coachingActionSchema.parse({ description: `${MARK}: actie`, ownerId: String(managerId(db)) }),
      };
    },
    run: ({ id, conversationId, input }) => coaching.addCoachingAction({ trackId: id, conversationId }, input),
    written: ({ db }, { conversationId }) =>
      exists(
        db,
        "select 1 from coaching_actions where conversation_id = ? and description like ?",
        conversationId,
        `${MARK}%`,
      ),
  }),
  define({
    module: "coaching",
    write: "completeCoachingAction",
    on: "pilot track",
    action: "coaching_action.completed",
    prepare: ({ db }) => ({
      actionId: value(db, "select id from coaching_actions where description = ?", COACHING_ACTION) as number,
    }),
    run: ({ actionId }) => coaching.completeCoachingAction({ actionId }),
    written: ({ db }, { actionId }) =>
      exists(db, "select 1 from coaching_actions where id = ? and done_at is not null", actionId),
  }),
  define({
    module: "track-reflections",
    write: "answerTrackReflection",
    on: "pilot track",
    action: "track_reflection.answered",
    prepare: ({ db }) => {
      const id = pilotTrack(db);
      // The first session, on which the demo's participants have not reflected yet.
      const sessionId = value(
        db,
        "select id from training_sessions where track_id = ? order by held_on limit 1",
        id,
      ) as number;
      return { id, sessionId, input: reflectionAnswerSchema.parse({ applied: MARK, version: "0" }) };
    },
    run: ({ id, sessionId, input }) => trackReflections.answerTrackReflection({ trackId: id, sessionId }, input),
    written: ({ db }, { sessionId }) =>
      exists(db, "select 1 from reflection_answers where session_id = ? and applied = ?", sessionId, MARK),
  }),
  define({
    module: "track-reflections",
    write: "promoteReflectionAnswer",
    on: "pilot track",
    action: "track_reflection.promoted",
    prepare: ({ db }) => {
      const id = pilotTrack(db);
      return {
        id,
        answerId: value(db, "select id from reflection_answers where track_id = ? order by id limit 1", id) as number,
        input: sessionLessonSchema.omit({ findingId: true }).parse({ title: `${MARK}: les`, body: MARK }),
      };
    },
    run: ({ id, answerId, input }) => trackReflections.promoteReflectionAnswer({ trackId: id, answerId }, input),
    written: ({ db }, { answerId }) =>
      exists(
        db,
        "select 1 from reflection_answers r join lessons l on l.id = r.lesson_id where r.id = ? and l.title like ?",
        answerId,
        `${MARK}%`,
      ),
  }),
  define({
    module: "training-overview",
    write: "judgeTrackGoals",
    on: "pilot track",
    action: "learning_track.goals_judged",
    prepare: ({ db }) => {
      const id = pilotTrack(db);
      const goals = db.$client
        .prepare("select id from learning_track_goals where track_id = ? order by position")
        .pluck()
        .all(id) as number[];
      const version = String(value(db, "select version from learning_tracks where id = ?", id));
      return {
        id,
        input: goalJudgementSchema.parse({
          ...Object.fromEntries(goals.map((goal) => [`goal-${goal}`, "niet"])),
          version,
        }),
      };
    },
    run: ({ id, input }) => trainingOverview.judgeTrackGoals({ trackId: id }, input),
    written: ({ db }, { id }) =>
      !exists(db, "select 1 from learning_track_goals where track_id = ? and coalesce(judgement, '') <> 'niet'", id),
  }),
];
