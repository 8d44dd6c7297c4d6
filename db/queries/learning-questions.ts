// Reading the backlog of learning questions: the gemeente's list, one programme's part of it, one question, and the
// choices its forms offer. Changes live in learning-question-changes.ts and learning-question-order.ts. Who reads and
// changes which question is the kernel's "learningQuestions.read" and "learningQuestions.manage": a partner reads
// only the questions of its programmes, never gemeente-wide ones.
import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { type LearningQuestionStatus, ROLES } from "@/lib/domain/constants";
import { isActive, isOverdue } from "@/lib/domain/learning-questions";
import { can, mayJoinTeam } from "@/lib/domain/permissions";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { QuestionFilter } from "@/lib/validation/list-filters";
import { authorize, type Checked, permits, programmesWhere, type Reader, visibleTo } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import { learningQuestions, memberships, programmes, studies, users } from "../schema";
import { guard, guardProgramme, type Target } from "../write";

/** Whether the kernel lets the viewer do this here; NotFoundError for a programme they may not read. */

/** Where a change of a question lands: its programme, or the gemeente; not found when the viewer may not read it. */
export const questionTarget =
  (questionId: number): Target =>
  (db, viewer) =>
    readableQuestion(viewer, questionId, db).programmeId;

/** One question the viewer may read, with what the changes need; NotFoundError for anything else. */
export function readableQuestion(viewer: Viewer, questionId: number, db: Reader) {
  const question = db
    .select({
      id: learningQuestions.id,
      question: learningQuestions.question,
      programmeId: learningQuestions.programmeId,
      approach: learningQuestions.approach,
      status: learningQuestions.status,
      priority: learningQuestions.priority,
      answeredByStudyId: learningQuestions.answeredByStudyId,
      answeredInRound: learningQuestions.answeredInRound,
      whyItMatters: learningQuestions.whyItMatters,
      ownerId: learningQuestions.ownerId,
      dueDate: learningQuestions.dueDate,
      answer: learningQuestions.answer,
      interpretation: learningQuestions.interpretation,
      version: learningQuestions.version,
    })
    .from(learningQuestions)
    .where(and(eq(learningQuestions.id, questionId), eq(learningQuestions.organisationId, viewer.organisationId)))
    .get();
  // A question the viewer may not read does not exist for them.
  if (!question || !permits(viewer, "learningQuestions.read", question.programmeId, db)) {
    throw new NotFoundError("learning question");
  }
  return question;
}

/** Who can take a question on: the gemeente's active members; partners work on programmes only. */
export function ownerCandidates(scope: Checked) {
  return scope.db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, scope.viewer.organisationId),
        eq(memberships.active, true),
        inArray(memberships.role, ROLES.filter(mayJoinTeam)),
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

/** The studies that can answer a question of the checked place: its programme's, or every programme's. */
function studyCandidates(scope: Checked) {
  const conditions = [eq(studies.organisationId, scope.viewer.organisationId), isNull(studies.archivedAt)];
  if (scope.programme) conditions.push(eq(studies.programmeId, scope.programme.id));
  return scope.db
    .select({ id: studies.id, title: studies.title, programmeId: studies.programmeId, programmeName: programmes.name })
    .from(studies)
    .innerJoin(programmes, eq(programmes.id, studies.programmeId))
    .where(and(...conditions))
    .orderBy(asc(programmes.name), asc(studies.title))
    .all();
}

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
    .where(
      visibleTo(
        viewer,
        "learningQuestions.read",
        { organisationId: learningQuestions.organisationId, programmeId: learningQuestions.programmeId },
        db,
      ),
    )
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

/** The programmes this viewer may place a question under. */
const writableProgrammes = (viewer: Viewer, db: Reader) =>
  programmesWhere(viewer, db, "programme.read", "learningQuestions.manage");

export type BacklogFilter = { status?: LearningQuestionStatus; programme?: number | "none" };

/** The gemeente's whole backlog (partners have no access to it), filtered as asked. */
export async function listLearningQuestions(filter: BacklogFilter = {}) {
  const { viewer, db } = await guard("learningQuestions.read");
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
    programmes: programmesWhere(viewer, db, "programme.read"),
    mayManage: can(viewer.role, "learningQuestions.manage"),
  };
}

/**
 * One programme's learning questions, for everyone who may read the programme (partners included); with a filter, as
 * the dashboard counts them: still to answer, answered, or still to answer and past the due date on `today`.
 */
export async function listProgrammeLearningQuestions(
  { programmeId }: { programmeId: number },
  filter: QuestionFilter = {},
  today = todayInAmsterdam(),
) {
  const { viewer, db } = await guardProgramme("learningQuestions.read", programmeId);
  const all = withRelations(readableRows(viewer, db));
  const matches = (q: LearningQuestionItem) =>
    (filter.status === undefined || (filter.status === "open" ? isActive(q.status) : q.status === filter.status)) &&
    (!filter.overdue || isOverdue(q, today));
  return {
    questions: all.filter((q) => q.programmeId === programmeId && matches(q)),
    mayManage: permits(viewer, "learningQuestions.manage", programmeId, db),
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
      version: learningQuestions.version,
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
    mayManage: permits(viewer, "learningQuestions.manage", row.programmeId, db),
    mayReadBacklog: can(viewer.role, "learningQuestions.read"),
  };
}

/** What the forms on a question's page offer: owners, programmes and the studies that can answer it. */
export async function learningQuestionEditOptions({ questionId }: { questionId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const question = readableQuestion(viewer, questionId, db);
  const scope = authorize(viewer, "learningQuestions.manage", question.programmeId, db);
  return {
    owners: ownerCandidates(scope),
    programmes: writableProgrammes(viewer, db),
    studies: studyCandidates(scope),
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
  // A programme of another gemeente, or one the viewer may not read, is not found.
  const scope = await guard("learningQuestions.manage", preset);
  return {
    followUpOf: parent ? { id: parent.id, question: parent.question } : null,
    programmeId: preset,
    approach: parent?.approach ?? null,
    owners: ownerCandidates(scope),
    programmes: writableProgrammes(viewer, db),
  };
}
