// Reading the backlog of learning questions: the gemeente's list, one programme's part of it, one question, and the
// choices its forms offer. Changes live in learning-question-changes.ts and learning-question-order.ts.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { requirePermission, requireViewer, type Viewer } from "@/lib/auth/viewer";
import type { LearningQuestionStatus } from "@/lib/domain/constants";
import { can } from "@/lib/domain/permissions";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import { learningQuestions, programmes, studies, users } from "../schema";
import {
  assertWrite,
  mayWrite,
  ownerCandidates,
  programmeOfGemeente,
  type Reader,
  readableCondition,
  readableQuestion,
  studyCandidates,
} from "./learning-question-access";
import { requireProgramme } from "./programme-access";

const listColumns = {
  id: learningQuestions.id,
  question: learningQuestions.question,
  whyItMatters: learningQuestions.whyItMatters,
  priority: learningQuestions.priority,
  approach: learningQuestions.approach,
  status: learningQuestions.status,
  dueDate: learningQuestions.dueDate,
  ownerId: learningQuestions.ownerId,
  ownerName: users.name,
  programmeId: learningQuestions.programmeId,
  programmeName: programmes.name,
  followUpOfId: learningQuestions.followUpOfId,
  interpretation: learningQuestions.interpretation,
};

function readableRows(viewer: Viewer, db: Reader) {
  return db
    .select(listColumns)
    .from(learningQuestions)
    .leftJoin(users, eq(users.id, learningQuestions.ownerId))
    .leftJoin(programmes, eq(programmes.id, learningQuestions.programmeId))
    .where(readableCondition(viewer, db))
    .orderBy(asc(learningQuestions.priority), asc(learningQuestions.id))
    .all();
}

export type QuestionLink = { id: number; question: string };
type Row = ReturnType<typeof readableRows>[number];
export type LearningQuestionItem = Row & { followUpOf: QuestionLink | null; followUps: QuestionLink[] };

/** Follow-up relations, limited to questions the viewer may read. */
function withRelations(rows: Row[]): LearningQuestionItem[] {
  const link = (row: Row): QuestionLink => ({ id: row.id, question: row.question });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows.map((row) => {
    const parent = row.followUpOfId === null ? undefined : byId.get(row.followUpOfId);
    return {
      ...row,
      followUpOf: parent ? link(parent) : null,
      followUps: rows.filter((other) => other.followUpOfId === row.id).map(link),
    };
  });
}

function programmesOfGemeente(viewer: Viewer, db: Reader) {
  return db
    .select({ id: programmes.id, name: programmes.name })
    .from(programmes)
    .where(eq(programmes.organisationId, viewer.organisationId))
    .orderBy(asc(programmes.name))
    .all();
}

/** The programmes this viewer may place a question under. */
function writableProgrammes(viewer: Viewer, db: Reader) {
  const all = programmesOfGemeente(viewer, db);
  if (can(viewer.role, "learningQuestions.manage")) return all;
  return all.filter((programme) => {
    try {
      return mayWrite(viewer, programme.id, db);
    } catch {
      return false;
    }
  });
}

export type BacklogFilter = { status?: LearningQuestionStatus; programme?: number | "none" };

/** The gemeente's whole backlog (partners have no access to it), filtered as asked. */
export async function listLearningQuestions(filter: BacklogFilter = {}) {
  const viewer = await requirePermission("learningQuestions.read");
  const db = getDb();
  const all = withRelations(readableRows(viewer, db));
  const questions = all.filter(
    (q) =>
      (!filter.status || q.status === filter.status) &&
      (filter.programme === undefined ||
        (filter.programme === "none" ? q.programmeId === null : q.programmeId === filter.programme)),
  );
  return {
    questions,
    total: all.length,
    programmes: programmesOfGemeente(viewer, db),
    mayManage: can(viewer.role, "learningQuestions.manage"),
  };
}

/** One programme's learning questions, for everyone who may read the programme (partners included). */
export async function listProgrammeLearningQuestions({ programmeId }: { programmeId: number }) {
  const { viewer, access } = await requireProgramme(programmeId, "read");
  const all = withRelations(readableRows(viewer, getDb()));
  return {
    questions: all.filter((q) => q.programmeId === programmeId),
    mayManage: can(viewer.role, "learningQuestions.manage") || access.edit,
  };
}

export async function getLearningQuestion({ questionId }: { questionId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  readableQuestion(viewer, questionId, db);
  const row = db
    .select({
      ...listColumns,
      answer: learningQuestions.answer,
      answeredByStudyId: learningQuestions.answeredByStudyId,
      answeredByStudyTitle: studies.title,
      answeredByStudyProgrammeId: studies.programmeId,
      answeredInRound: learningQuestions.answeredInRound,
      updatedAt: learningQuestions.updatedAt,
    })
    .from(learningQuestions)
    .leftJoin(users, eq(users.id, learningQuestions.ownerId))
    .leftJoin(programmes, eq(programmes.id, learningQuestions.programmeId))
    .leftJoin(studies, eq(studies.id, learningQuestions.answeredByStudyId))
    .where(and(eq(learningQuestions.id, questionId), eq(learningQuestions.organisationId, viewer.organisationId)))
    .get();
  if (!row) throw new NotFoundError("learning question");
  const related = withRelations(readableRows(viewer, db)).find((q) => q.id === questionId);
  return {
    ...row,
    followUpOf: related?.followUpOf ?? null,
    followUps: related?.followUps ?? [],
    mayManage: mayWrite(viewer, row.programmeId, db),
    mayReadBacklog: can(viewer.role, "learningQuestions.read"),
  };
}

/** What the forms on a question's page offer: owners, programmes and the studies that can answer it. */
export async function learningQuestionEditOptions({ questionId }: { questionId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const question = readableQuestion(viewer, questionId, db);
  assertWrite(viewer, question.programmeId, db);
  return {
    owners: ownerCandidates(viewer, db),
    programmes: writableProgrammes(viewer, db),
    studies: studyCandidates(viewer, question.programmeId, db),
  };
}

/**
 * For the page that adds a question: checks the viewer may add one there and returns what is filled in beforehand.
 * A follow-up takes the programme and approach of the question it follows on.
 */
export async function newLearningQuestionContext({
  programmeId,
  followUpOfId,
}: {
  programmeId?: number;
  followUpOfId?: number;
}) {
  const viewer = await requireViewer();
  const db = getDb();
  const parent = followUpOfId ? readableQuestion(viewer, followUpOfId, db) : null;
  const preset = parent ? parent.programmeId : (programmeId ?? null);
  if (preset !== null && !programmeOfGemeente(viewer, preset, db)) throw new NotFoundError("programme");
  assertWrite(viewer, preset, db);
  return {
    followUpOf: parent ? { id: parent.id, question: parent.question } : null,
    programmeId: preset,
    approach: parent?.approach ?? null,
    owners: ownerCandidates(viewer, db),
    programmes: writableProgrammes(viewer, db),
  };
}
