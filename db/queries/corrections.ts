import "server-only";
import { and, asc, count, desc, eq, gte, inArray, isNull, lt } from "drizzle-orm";
import { canMove } from "@/lib/domain/corrections";
import { periodBounds } from "@/lib/domain/dashboard";
import { can } from "@/lib/domain/permissions";
import type { CorrectionFilter } from "@/lib/validation/list-filters";
import { visibleTo } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import {
  correctionReasons,
  correctionTransitions,
  courseCorrections,
  findings,
  indicators,
  learningQuestions,
  lessons,
  programmes,
  tocElements,
  tocVersions,
  users,
} from "../schema";
import { guardProgramme } from "../write";

const columns = {
  id: courseCorrections.id,
  round: courseCorrections.round,
  title: courseCorrections.title,
  whatChanges: courseCorrections.whatChanges,
  why: courseCorrections.why,
  decisionLevel: courseCorrections.decisionLevel,
  status: courseCorrections.status,
  rejectionReason: courseCorrections.rejectionReason,
  tocChange: courseCorrections.tocChange,
  tocVersionBeforeId: courseCorrections.tocVersionBeforeId,
  tocVersionAfterId: courseCorrections.tocVersionAfterId,
  createdAt: courseCorrections.createdAt,
  proposedByName: users.name,
};

export const CORRECTIONS_PAGE_SIZE = 25;

/**
 * One page of the programme's corrections, the newest first. With a filter, only those with this status now, and
 * only those that moved to the step's status within its days (in Amsterdam), as the dashboard counts its period.
 */
export async function listCorrections(
  { programmeId }: { programmeId: number },
  filter: Partial<CorrectionFilter> = {},
) {
  const { viewer } = await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const bounds = filter.step ? periodBounds(filter.step) : null;
  const condition = and(
    eq(courseCorrections.organisationId, viewer.organisationId),
    eq(courseCorrections.programmeId, programmeId),
    filter.status ? eq(courseCorrections.status, filter.status) : undefined,
    filter.step && bounds
      ? inArray(
          courseCorrections.id,
          db
            .select({ id: correctionTransitions.correctionId })
            .from(correctionTransitions)
            .where(
              and(
                eq(correctionTransitions.organisationId, viewer.organisationId),
                eq(correctionTransitions.toStatus, filter.step.status),
                gte(correctionTransitions.changedAt, bounds.start),
                lt(correctionTransitions.changedAt, bounds.end),
              ),
            ),
        )
      : undefined,
  );
  const total = db.select({ n: count() }).from(courseCorrections).where(condition).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / CORRECTIONS_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const rows = db
    .select(columns)
    .from(courseCorrections)
    .innerJoin(users, eq(users.id, courseCorrections.proposedById))
    .where(condition)
    .orderBy(desc(courseCorrections.createdAt), desc(courseCorrections.id))
    .limit(CORRECTIONS_PAGE_SIZE)
    .offset((page - 1) * CORRECTIONS_PAGE_SIZE)
    .all();
  return { rows, total, page, pageCount };
}

export async function getCorrection({ programmeId, correctionId }: { programmeId: number; correctionId: number }) {
  const { viewer, programme } = await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const correction = db
    .select(columns)
    .from(courseCorrections)
    .innerJoin(users, eq(users.id, courseCorrections.proposedById))
    .where(and(eq(courseCorrections.id, correctionId), eq(courseCorrections.programmeId, programmeId)))
    .get();
  if (!correction) throw new NotFoundError("course correction");
  const reasons = db
    .select({
      findingId: correctionReasons.findingId,
      findingTitle: findings.title,
      studyId: findings.studyId,
      learningQuestionId: correctionReasons.learningQuestionId,
      question: learningQuestions.question,
      indicatorId: correctionReasons.indicatorId,
      indicatorName: indicators.name,
      lessonId: correctionReasons.lessonId,
      lessonTitle: lessons.title,
      readableLessonId: lessons.id,
    })
    .from(correctionReasons)
    // An archived finding (of a partner's report that was reopened) is no evidence any more.
    .leftJoin(findings, and(eq(findings.id, correctionReasons.findingId), isNull(findings.archivedAt)))
    .leftJoin(learningQuestions, eq(learningQuestions.id, correctionReasons.learningQuestionId))
    .leftJoin(indicators, eq(indicators.id, correctionReasons.indicatorId))
    .leftJoin(
      lessons,
      and(
        eq(lessons.id, correctionReasons.lessonId),
        visibleTo(
          viewer,
          "lessons.read",
          { organisationId: lessons.organisationId, programmeId: lessons.programmeId },
          db,
        ),
      ),
    )
    .where(eq(correctionReasons.correctionId, correctionId))
    .all()
    // A lesson the kernel does not let the viewer read is no reason they see; nor is an archived finding.
    .flatMap(({ readableLessonId, ...reason }) =>
      (reason.lessonId && readableLessonId === null) || (reason.findingId && reason.findingTitle === null)
        ? []
        : [reason],
    );
  const transitions = db
    .select({
      id: correctionTransitions.id,
      fromStatus: correctionTransitions.fromStatus,
      toStatus: correctionTransitions.toStatus,
      note: correctionTransitions.note,
      changedAt: correctionTransitions.changedAt,
      changedByName: users.name,
    })
    .from(correctionTransitions)
    .innerJoin(users, eq(users.id, correctionTransitions.changedById))
    .where(eq(correctionTransitions.correctionId, correctionId))
    .orderBy(asc(correctionTransitions.changedAt), asc(correctionTransitions.id))
    .all();
  const versionIds = [correction.tocVersionBeforeId, correction.tocVersionAfterId].filter((id): id is number => !!id);
  const versions = versionIds.length
    ? db
        .select({ id: tocVersions.id, version: tocVersions.version, snapshot: tocVersions.snapshot })
        .from(tocVersions)
        .where(and(inArray(tocVersions.id, versionIds), eq(tocVersions.programmeId, programmeId)))
        .all()
    : [];
  const elementTitles = correction.tocChange
    ? db
        .select({ id: tocElements.id, title: tocElements.title })
        .from(tocElements)
        .where(eq(tocElements.programmeId, programmeId))
        .all()
    : [];
  return {
    ...correction,
    reasons,
    transitions,
    before: versions.find((v) => v.id === correction.tocVersionBeforeId) ?? null,
    after: versions.find((v) => v.id === correction.tocVersionAfterId) ?? null,
    elementTitles,
    mayDecide: can(viewer.role, "correction.decide") && canMove(correction.status, "besloten"),
    mayImplement: programme.access.edit && canMove(correction.status, "doorgevoerd"),
  };
}

/**
 * What a correction can give as its reasons: the programme's findings and indicators, the gemeente's questions and
 * lessons. Only for those who propose corrections.
 */
export async function correctionReasonOptions({ programmeId }: { programmeId: number }) {
  const { viewer } = await guardProgramme("programme.edit", programmeId);
  const db = getDb();
  return {
    findings: db
      .select({ id: findings.id, title: findings.title })
      .from(findings)
      .where(and(eq(findings.programmeId, programmeId), isNull(findings.archivedAt)))
      .orderBy(desc(findings.createdAt))
      .all(),
    learningQuestions: db
      .select({ id: learningQuestions.id, question: learningQuestions.question, status: learningQuestions.status })
      .from(learningQuestions)
      .where(eq(learningQuestions.organisationId, viewer.organisationId))
      .orderBy(asc(learningQuestions.priority))
      .all(),
    indicators: db
      .select({ id: indicators.id, name: indicators.name })
      .from(indicators)
      .where(and(eq(indicators.programmeId, programmeId), isNull(indicators.archivedAt)))
      .orderBy(asc(indicators.id))
      .all(),
    // The gemeente's lessons, this programme's first: a lesson can be the reason of a correction.
    lessons: db
      .select({
        id: lessons.id,
        title: lessons.title,
        programmeId: lessons.programmeId,
        programmeName: programmes.name,
      })
      .from(lessons)
      .leftJoin(programmes, eq(programmes.id, lessons.programmeId))
      .where(and(eq(lessons.organisationId, viewer.organisationId), isNull(lessons.archivedAt)))
      .orderBy(desc(lessons.createdAt), desc(lessons.id))
      .all()
      .sort((a, b) => Number(b.programmeId === programmeId) - Number(a.programmeId === programmeId)),
    elements: db
      .select({ id: tocElements.id, level: tocElements.level, title: tocElements.title })
      .from(tocElements)
      .where(eq(tocElements.programmeId, programmeId))
      .orderBy(asc(tocElements.position))
      .all(),
  };
}
