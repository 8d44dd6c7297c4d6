// Reading the backlog of learning questions: the gemeente's list, one programme's part of it, one question, and the
// choices its forms offer. Changes live in learning-question-changes.ts and learning-question-order.ts. Who reads and
// changes which question is the kernel's "learningQuestions.read" and "learningQuestions.manage": a partner reads
// only the questions of its programmes, never gemeente-wide ones.
import "server-only";
import { and, asc, count, eq, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { LEARNING_QUESTION_STATUSES, type LearningQuestionStatus, ROLES } from "@/lib/domain/constants";
import { isActive } from "@/lib/domain/learning-questions";
import { pageWithin } from "@/lib/domain/my-work";
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

/** Questions per screen of the backlog: each carries its text, why it matters and its links. */
export const QUESTIONS_PAGE_SIZE = 10;

const readable = (viewer: Viewer, db: Reader) =>
  visibleTo(
    viewer,
    "learningQuestions.read",
    { organisationId: learningQuestions.organisationId, programmeId: learningQuestions.programmeId },
    db,
  );

const ACTIVE = LEARNING_QUESTION_STATUSES.filter(isActive);

/** The three parts of the list in SQL: still to answer, answered, dropped (as backlogSections shows them). */
const partOrder = sql`CASE WHEN ${inArray(learningQuestions.status, ACTIVE)} THEN 0 WHEN ${learningQuestions.status} = 'beantwoord' THEN 1 ELSE 2 END`;

function rowsWhere(db: Reader, where: SQL | undefined) {
  return db
    .select(listColumns)
    .from(learningQuestions)
    .leftJoin(users, eq(users.id, learningQuestions.ownerId))
    .leftJoin(programmes, eq(programmes.id, learningQuestions.programmeId))
    .where(where);
}

export type QuestionLink = { id: number; question: string };
type Row = Awaited<ReturnType<ReturnType<typeof rowsWhere>["all"]>>[number];
export type LearningQuestionItem = Row & { followUpOf: QuestionLink | null; followUps: QuestionLink[] };

/** Follow-up relations of these questions only, limited to questions the viewer may read. */
function withRelations(viewer: Viewer, db: Reader, rows: Row[]): LearningQuestionItem[] {
  if (rows.length === 0) return [];
  const link = { id: learningQuestions.id, question: learningQuestions.question };
  const parentIds = rows.flatMap((row) => (row.followUpOfId === null ? [] : [row.followUpOfId]));
  const parents = parentIds.length
    ? db
        .select(link)
        .from(learningQuestions)
        .where(and(inArray(learningQuestions.id, parentIds), readable(viewer, db)))
        .all()
    : [];
  const children = db
    .select({ ...link, followUpOfId: learningQuestions.followUpOfId })
    .from(learningQuestions)
    .where(
      and(
        inArray(
          learningQuestions.followUpOfId,
          rows.map((row) => row.id),
        ),
        readable(viewer, db),
      ),
    )
    .orderBy(asc(learningQuestions.priority), asc(learningQuestions.id))
    .all();
  return rows.map((row) => {
    const parent = parents.find((p) => p.id === row.followUpOfId);
    return {
      ...row,
      followUpOf: parent ? { id: parent.id, question: parent.question } : null,
      followUps: children.filter((c) => c.followUpOfId === row.id).map((c) => ({ id: c.id, question: c.question })),
    };
  });
}

/**
 * One screen of the questions `where` lets through: still to answer first in order of urgency, then answered, then
 * dropped. `active` counts the questions still to answer (they come first, so the screen's first one has place
 * `from`), `matching` all of them.
 */
function screenOf(viewer: Viewer, db: Reader, where: SQL | undefined, wanted: number) {
  const counted = db
    .select({ status: learningQuestions.status, n: count() })
    .from(learningQuestions)
    .where(where)
    .groupBy(learningQuestions.status)
    .all();
  const matching = counted.reduce((sum, c) => sum + c.n, 0);
  const active = counted.filter((c) => isActive(c.status)).reduce((sum, c) => sum + c.n, 0);
  const { page, pageCount } = pageWithin(wanted, matching, QUESTIONS_PAGE_SIZE);
  const offset = (page - 1) * QUESTIONS_PAGE_SIZE;
  const rows = matching
    ? rowsWhere(db, where)
        .orderBy(partOrder, asc(learningQuestions.priority), asc(learningQuestions.id))
        .limit(QUESTIONS_PAGE_SIZE)
        .offset(offset)
        .all()
    : [];
  return {
    questions: withRelations(viewer, db, rows),
    matching,
    active,
    page,
    pageCount,
    from: rows.length ? offset + 1 : 0,
    to: offset + rows.length,
  };
}

/** The programmes this viewer may place a question under. */
const writableProgrammes = (viewer: Viewer, db: Reader) =>
  programmesWhere(viewer, db, "programme.read", "learningQuestions.manage");

export type BacklogFilter = { status?: LearningQuestionStatus; programme?: number | "none"; page?: number };

/**
 * The gemeente's whole backlog (partners have no access to it), filtered as asked, a screen at a time: filter, count
 * and limit in SQL. `total` counts every question the viewer may read.
 */
export async function listLearningQuestions(filter: BacklogFilter = {}) {
  const { viewer, db } = await guard("learningQuestions.read");
  const where = and(
    readable(viewer, db),
    filter.status ? eq(learningQuestions.status, filter.status) : undefined,
    filter.programme === undefined
      ? undefined
      : filter.programme === "none"
        ? isNull(learningQuestions.programmeId)
        : eq(learningQuestions.programmeId, filter.programme),
  );
  const screen = screenOf(viewer, db, where, filter.page ?? 1);
  const filtered = filter.status !== undefined || filter.programme !== undefined;
  return {
    ...screen,
    total: filtered
      ? (db.select({ n: count() }).from(learningQuestions).where(readable(viewer, db)).get()?.n ?? 0)
      : screen.matching,
    programmes: programmesWhere(viewer, db, "programme.read"),
    mayManage: can(viewer.role, "learningQuestions.manage"),
  };
}

/**
 * One programme's learning questions, for everyone who may read the programme (partners included), a screen at a
 * time; with a filter, as the dashboard counts them: still to answer, answered, or still to answer and past the due
 * date on `today`.
 */
export async function listProgrammeLearningQuestions(
  { programmeId }: { programmeId: number },
  filter: QuestionFilter & { page?: number } = {},
  today = todayInAmsterdam(),
) {
  const { viewer, db } = await guardProgramme("learningQuestions.read", programmeId);
  const where = and(
    readable(viewer, db),
    eq(learningQuestions.programmeId, programmeId),
    filter.status === undefined
      ? undefined
      : filter.status === "open"
        ? inArray(learningQuestions.status, ACTIVE)
        : eq(learningQuestions.status, filter.status),
    // As isOverdue: still to answer and a due date before today.
    filter.overdue ? and(inArray(learningQuestions.status, ACTIVE), lt(learningQuestions.dueDate, today)) : undefined,
  );
  return {
    ...screenOf(viewer, db, where, filter.page ?? 1),
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
  const [related] = withRelations(viewer, db, [row]);
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
