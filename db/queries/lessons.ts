// Lessons learned: the gemeente's library with full-text search, one lesson, and writing one (from the library or
// from a reflection session). Who reads and writes which lesson is the kernel's "lessons.read" and "lessons.write":
// a partner reads only the lessons of its programmes, never gemeente-wide ones, and writes none.
import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { pageWithin } from "@/lib/domain/my-work";
import { can } from "@/lib/domain/permissions";
import { ftsQuery } from "@/lib/domain/reflection";
import type { RouteKey } from "@/lib/domain/scenarios";
import type { LessonEditInput, LessonInput } from "@/lib/validation/lessons";
import { authorize, type ProgrammeChecked, permits, programmesWhere, type Reader, visibleTo } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import {
  correctionReasons,
  courseCorrections,
  findings,
  lessons,
  lessonTags,
  partnerOrganisations,
  programmes,
  reflectionSessions,
  users,
} from "../schema";
import { guard, isRefusal, type WriteScope, write } from "../write";
import { allInProgramme } from "./programme-rows";
import { type MutationResult, ok, refuse } from "./result";

/** Whether the kernel lets the viewer do this here; NotFoundError for a programme they may not read. */

/** The condition that limits the library to the lessons the viewer may read; archived ones are not in it. */
function readable(viewer: Viewer, db: Reader): SQL {
  return and(
    visibleTo(viewer, "lessons.read", { organisationId: lessons.organisationId, programmeId: lessons.programmeId }, db),
    isNull(lessons.archivedAt),
  ) as SQL;
}

/** The programmes whose lessons the viewer may read, for the filters and the form. */
const readableProgrammes = (viewer: Viewer, db: Reader) => programmesWhere(viewer, db, "programme.read");

/** One lesson the viewer may read; NotFoundError for anything else (a lesson they may not read does not exist). */
function readableLesson(viewer: Viewer, lessonId: number, db: Reader) {
  const lesson = db
    .select({
      id: lessons.id,
      programmeId: lessons.programmeId,
      title: lessons.title,
      body: lessons.body,
      context: lessons.context,
      updatedAt: lessons.updatedAt,
    })
    .from(lessons)
    .where(and(eq(lessons.id, lessonId), eq(lessons.organisationId, viewer.organisationId)))
    .get();
  if (!lesson || !permits(viewer, "lessons.read", lesson.programmeId, db)) throw new NotFoundError("lesson");
  return lesson;
}

/** A lesson the viewer reads and may write: not found when they cannot read it, refused when they cannot write it. */
function lessonForWriting(viewer: Viewer, lessonId: number, db: Reader) {
  const lesson = readableLesson(viewer, lessonId, db);
  authorize(viewer, "lessons.write", lesson.programmeId, db);
  return lesson;
}

function tagsOf(db: Reader, lessonIds: number[]) {
  const tags = new Map<number, string[]>();
  if (lessonIds.length === 0) return tags;
  const rows = db
    .select({ lessonId: lessonTags.lessonId, tag: lessonTags.tag })
    .from(lessonTags)
    .where(inArray(lessonTags.lessonId, lessonIds))
    .orderBy(asc(lessonTags.tag))
    .all();
  for (const row of rows) tags.set(row.lessonId, [...(tags.get(row.lessonId) ?? []), row.tag]);
  return tags;
}

/** Lesson ids matching the words typed, best match first; null when the words leave nothing to search for. */
function searchIds(db: ReturnType<typeof getDb>, viewer: Viewer, query: string): number[] | null {
  const match = ftsQuery(query);
  if (!match) return null;
  try {
    return db
      .all<{ id: number }>(
        sql`select lessons.id as id from lessons_search join lessons on lessons.id = lessons_search.rowid
            where lessons_search match ${match} and lessons.organisation_id = ${viewer.organisationId}
            order by bm25(lessons_search) limit 500`,
      )
      .map((row) => row.id);
  } catch {
    // A query the index cannot read finds nothing; it is never the user's problem.
    return null;
  }
}

export type LessonFilter = {
  query?: string;
  programme?: number | "none";
  tag?: string;
  route?: RouteKey;
  page?: number;
};

/** Lessons per screen of the library: a gemeente writes them down after every reflection, for years. */
export const LESSONS_PAGE_SIZE = 25;

/**
 * One screen of the library as filtered, newest first (best match first for typed words), with `matching` counting
 * what the filter lets through and `total` every lesson the viewer may read.
 */
export async function searchLessons(filter: LessonFilter = {}) {
  const viewer = await requireViewer();
  const db = getDb();
  const readableLessons = readable(viewer, db);
  const conditions: (SQL | undefined)[] = [readableLessons];
  if (filter.programme === "none") conditions.push(isNull(lessons.programmeId));
  else if (filter.programme !== undefined) conditions.push(eq(lessons.programmeId, filter.programme));
  if (filter.route) conditions.push(eq(programmes.route, filter.route));
  if (filter.tag) {
    const tagged = db
      .select({ id: lessonTags.lessonId })
      .from(lessonTags)
      .where(and(eq(lessonTags.organisationId, viewer.organisationId), eq(lessonTags.tag, filter.tag)));
    conditions.push(inArray(lessons.id, tagged));
  }
  const ranked = filter.query?.trim() ? (searchIds(db, viewer, filter.query) ?? []) : null;
  const columns = {
    id: lessons.id,
    title: lessons.title,
    body: lessons.body,
    programmeId: lessons.programmeId,
    programmeName: programmes.name,
    partnerName: partnerOrganisations.name,
    createdAt: lessons.createdAt,
  };
  const selectLessons = (where: SQL | undefined) =>
    db
      .select(columns)
      .from(lessons)
      .leftJoin(programmes, eq(programmes.id, lessons.programmeId))
      .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, lessons.partnerOrganisationId))
      .where(where);
  let matching: number;
  let page: number;
  let pageCount: number;
  let rows: Awaited<ReturnType<typeof selectLessons>>;
  if (ranked) {
    // Typed words: the search index's best matches that pass the filter, in the index's order. The ids go to SQLite
    // as one JSON array, and the order and the page are taken here: a CASE over hundreds of ids, sorting every
    // matching lesson with its text, cost more than the search itself.
    const rank = new Map(ranked.map((id, at) => [id, at]));
    const passing =
      ranked.length === 0
        ? []
        : db
            .select({ id: lessons.id })
            .from(lessons)
            .leftJoin(programmes, eq(programmes.id, lessons.programmeId))
            .where(and(...conditions, sql`${lessons.id} in (select value from json_each(${JSON.stringify(ranked)}))`))
            .all()
            .map((row) => row.id)
            .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    matching = passing.length;
    ({ page, pageCount } = pageWithin(filter.page ?? 1, matching, LESSONS_PAGE_SIZE));
    const shown = passing.slice((page - 1) * LESSONS_PAGE_SIZE, page * LESSONS_PAGE_SIZE);
    rows =
      shown.length === 0
        ? []
        : selectLessons(and(readableLessons, inArray(lessons.id, shown)))
            .all()
            .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  } else {
    const where = and(...conditions);
    matching =
      db
        .select({ n: count() })
        .from(lessons)
        .leftJoin(programmes, eq(programmes.id, lessons.programmeId))
        .where(where)
        .get()?.n ?? 0;
    ({ page, pageCount } = pageWithin(filter.page ?? 1, matching, LESSONS_PAGE_SIZE));
    rows = selectLessons(where)
      .orderBy(desc(lessons.createdAt), desc(lessons.id))
      .limit(LESSONS_PAGE_SIZE)
      .offset((page - 1) * LESSONS_PAGE_SIZE)
      .all();
  }
  const tags = tagsOf(
    db,
    rows.map((r) => r.id),
  );
  const total = db.select({ n: sql<number>`count(*)` }).from(lessons).where(readableLessons).get()?.n ?? 0;
  const allTags = db
    .selectDistinct({ tag: lessonTags.tag })
    .from(lessonTags)
    .innerJoin(lessons, eq(lessons.id, lessonTags.lessonId))
    .where(readableLessons)
    .orderBy(asc(lessonTags.tag))
    .all()
    .map((row) => row.tag);
  const programmeChoices = readableProgrammes(viewer, db);
  return {
    lessons: rows.map((row) => ({ ...row, tags: tags.get(row.id) ?? [] })),
    page,
    pageCount,
    matching,
    total,
    programmes: programmeChoices.map(({ id, name }) => ({ id, name })),
    routes: [...new Set(programmeChoices.flatMap((p) => (p.route ? [p.route] : [])))],
    tags: allTags,
    mayCreate: can(viewer.role, "lessons.write"),
    mayReadGemeenteWide: can(viewer.role, "lessons.read"),
  };
}

export async function getLesson({ lessonId }: { lessonId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  readableLesson(viewer, lessonId, db);
  const lesson = db
    .select({
      id: lessons.id,
      title: lessons.title,
      body: lessons.body,
      context: lessons.context,
      programmeId: lessons.programmeId,
      programmeName: programmes.name,
      sessionId: lessons.sessionId,
      sessionTitle: reflectionSessions.title,
      // The finding it came from, unless that was archived (its partner's report was reopened).
      findingId: findings.id,
      findingTitle: findings.title,
      studyId: findings.studyId,
      createdByName: users.name,
      /** The partner organisation whose approved report brought the lesson in; null for the gemeente's own. */
      partnerName: partnerOrganisations.name,
      createdAt: lessons.createdAt,
      updatedAt: lessons.updatedAt,
    })
    .from(lessons)
    .innerJoin(users, eq(users.id, lessons.createdById))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, lessons.partnerOrganisationId))
    .leftJoin(programmes, eq(programmes.id, lessons.programmeId))
    .leftJoin(reflectionSessions, eq(reflectionSessions.id, lessons.sessionId))
    .leftJoin(findings, and(eq(findings.id, lessons.findingId), isNull(findings.archivedAt)))
    .where(and(eq(lessons.id, lessonId), eq(lessons.organisationId, viewer.organisationId)))
    .get();
  if (!lesson) throw new NotFoundError("lesson");
  // The course corrections this lesson is a reason of: where a lesson reached a decision.
  const corrections = db
    .select({
      id: courseCorrections.id,
      title: courseCorrections.title,
      status: courseCorrections.status,
      programmeId: courseCorrections.programmeId,
      programmeName: programmes.name,
    })
    .from(correctionReasons)
    .innerJoin(courseCorrections, eq(courseCorrections.id, correctionReasons.correctionId))
    .innerJoin(programmes, eq(programmes.id, courseCorrections.programmeId))
    .where(
      and(
        eq(correctionReasons.lessonId, lessonId),
        visibleTo(
          viewer,
          "programme.read",
          { organisationId: courseCorrections.organisationId, programmeId: courseCorrections.programmeId },
          db,
        ),
      ),
    )
    .orderBy(desc(courseCorrections.createdAt))
    .all();
  return { ...lesson, tags: tagsOf(db, [lessonId]).get(lessonId) ?? [], corrections };
}

/** What the library's form offers: every programme with its sessions and findings (writers read them all). */
export async function newLessonOptions() {
  const { viewer, db } = await guard("lessons.write");
  const inGemeente = (table: typeof reflectionSessions | typeof findings) =>
    eq(table.organisationId, viewer.organisationId);
  return {
    programmes: readableProgrammes(viewer, db).map(({ id, name }) => ({ id, name })),
    sessions: db
      .select({ id: reflectionSessions.id, title: reflectionSessions.title, programmeName: programmes.name })
      .from(reflectionSessions)
      .innerJoin(programmes, eq(programmes.id, reflectionSessions.programmeId))
      .where(inGemeente(reflectionSessions))
      .orderBy(asc(programmes.name), desc(reflectionSessions.heldOn))
      .all(),
    findings: db
      .select({ id: findings.id, title: findings.title, programmeName: programmes.name })
      .from(findings)
      .innerJoin(programmes, eq(programmes.id, findings.programmeId))
      .where(and(inGemeente(findings), isNull(findings.archivedAt)))
      .orderBy(asc(programmes.name), desc(findings.createdAt))
      .all(),
  };
}

/** The lessons that came out of one session of the checked programme, for its page. */
export function lessonsOfSession(scope: ProgrammeChecked, sessionId: number) {
  return scope.db
    .select({ id: lessons.id, title: lessons.title })
    .from(lessons)
    .where(
      and(eq(lessons.sessionId, sessionId), eq(lessons.programmeId, scope.programme.id), isNull(lessons.archivedAt)),
    )
    .orderBy(asc(lessons.id))
    .all();
}

/** The checked programme's findings, for linking a lesson to one. */
export function programmeFindings(scope: ProgrammeChecked) {
  return scope.db
    .select({ id: findings.id, title: findings.title })
    .from(findings)
    .where(and(eq(findings.programmeId, scope.programme.id), isNull(findings.archivedAt)))
    .orderBy(desc(findings.createdAt))
    .all();
}

/** Whether the viewer may record a lesson of the checked programme (a reflection session's page offers it). */
export function mayAddLesson(scope: ProgrammeChecked) {
  return permits(scope.viewer, "lessons.write", scope.programme.id, scope.db);
}

export function createLesson(input: LessonInput) {
  return write(
    { permission: "lessons.write", target: input.programmeId, record: { type: "lesson" } },
    (scope): MutationResult<{ lessonId: number }> => insertLesson(scope, input),
  );
}

/**
 * The one way a lesson enters the library, inside a write that the kernel allowed "lessons.write" for the lesson's
 * place (createLesson; a trainer promoting a reflection answer, db/queries/track-reflections.ts).
 */
export function insertLesson(
  { tx, viewer, audit }: Pick<WriteScope, "tx" | "viewer" | "audit">,
  input: LessonInput,
): MutationResult<{ lessonId: number }> {
  const { programmeId, sessionId, findingId, tags, ...text } = input;
  if (sessionId && (programmeId === null || !allInProgramme(tx, reflectionSessions, [sessionId], programmeId))) {
    return refuse("lessonSessionInvalid", "sessionId");
  }
  if (findingId && (programmeId === null || !allInProgramme(tx, findings, [findingId], programmeId))) {
    return refuse("lessonFindingInvalid", "findingId");
  }
  const { id } = tx
    .insert(lessons)
    .values({
      organisationId: viewer.organisationId,
      programmeId,
      sessionId,
      findingId,
      createdById: viewer.userId,
      ...text,
    })
    .returning({ id: lessons.id })
    .get();
  for (const tag of tags)
    tx.insert(lessonTags).values({ organisationId: viewer.organisationId, lessonId: id, tag }).run();
  audit({
    action: "lesson.created",
    entityType: "lesson",
    entityId: id,
    summary: input.title,
    after: input,
  });
  return ok({ lessonId: id });
}

/** Whether the viewer may change this lesson: whoever may write a lesson in its place (gemeente or programme). */
export async function mayEditLesson({ lessonId }: { lessonId: number }) {
  const viewer = await requireViewer();
  try {
    lessonForWriting(viewer, lessonId, getDb());
    return true;
  } catch (error) {
    if (isRefusal(error)) return false;
    throw error;
  }
}

/** The lesson as it is now, for the edit form; `version` goes along with the form to notice edits made meanwhile. */
export async function getLessonForEdit({ lessonId }: { lessonId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const lesson = lessonForWriting(viewer, lessonId, db);
  return { ...lesson, tags: tagsOf(db, [lessonId]).get(lessonId) ?? [], version: lesson.updatedAt.getTime() };
}

/**
 * Changes a lesson's title, text, context and tags. Refused, with nothing changed, when someone else saved the lesson
 * after the user opened it: the form then shows both texts.
 */
export function updateLesson({ lessonId }: { lessonId: number }, input: LessonEditInput) {
  return write(
    {
      permission: "lessons.write",
      target: (db, viewer) => readableLesson(viewer, lessonId, db).programmeId,
      record: { type: "lesson", id: lessonId },
    },
    ({ tx, viewer, audit }): MutationResult<{ lessonId: number }> => {
      const before = readableLesson(viewer, lessonId, tx);
      if (before.updatedAt.getTime() !== input.version) return refuse("lessonChanged");
      const beforeTags = tagsOf(tx, [lessonId]).get(lessonId) ?? [];
      const { version: _version, tags, ...text } = input;
      // Each save gets a later moment than the one before, so the version always tells two texts apart.
      const updatedAt = new Date(Math.max(Date.now(), before.updatedAt.getTime() + 1));
      tx.update(lessons)
        .set({ ...text, updatedAt })
        .where(eq(lessons.id, lessonId))
        .run();
      tx.delete(lessonTags).where(eq(lessonTags.lessonId, lessonId)).run();
      for (const tag of tags)
        tx.insert(lessonTags).values({ organisationId: viewer.organisationId, lessonId, tag }).run();
      audit({
        action: "lesson.updated",
        entityType: "lesson",
        entityId: lessonId,
        summary: input.title,
        before: { title: before.title, body: before.body, context: before.context, tags: beforeTags },
        after: { ...text, tags },
      });
      return ok({ lessonId });
    },
  );
}
