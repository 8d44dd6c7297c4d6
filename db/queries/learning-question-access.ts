// Who may read and change which learning questions. The backlog belongs to the gemeente: every role but a partner
// reads it all; a partner only the questions of programmes their partner organisation takes part in. Changing takes
// "learningQuestions.manage", or editing rights on the question's programme.
import "server-only";
import { and, asc, eq, inArray, ne, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/permissions";
import { ForbiddenError, NotFoundError } from "../errors";
import { getDb, type Transaction } from "../index";
import { learningQuestions, memberships, programmePartners, programmes, studies, users } from "../schema";
import { accessTo } from "./programme-access";

export type Reader = Pick<Transaction, "select">;

/** The condition that limits learning questions to what this viewer may read. */
export function readableCondition(viewer: Viewer, db: Reader = getDb()): SQL {
  const inGemeente = eq(learningQuestions.organisationId, viewer.organisationId);
  if (can(viewer.role, "learningQuestions.read")) return inGemeente;
  const partnerProgrammes = db
    .select({ id: programmePartners.programmeId })
    .from(programmePartners)
    .where(
      and(
        eq(programmePartners.organisationId, viewer.organisationId),
        eq(programmePartners.partnerOrganisationId, viewer.partnerOrganisationId ?? -1),
      ),
    );
  return and(inGemeente, inArray(learningQuestions.programmeId, partnerProgrammes)) as SQL;
}

/** One question the viewer may read, with what the checks need; NotFoundError for anything else. */
export function readableQuestion(viewer: Viewer, questionId: number, db: Reader = getDb()) {
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
    })
    .from(learningQuestions)
    .where(and(eq(learningQuestions.id, questionId), eq(learningQuestions.organisationId, viewer.organisationId)))
    .get();
  if (!question) throw new NotFoundError("learning question");
  if (!can(viewer.role, "learningQuestions.read")) {
    // A partner: only through a programme their partner organisation takes part in (accessTo says not found).
    if (question.programmeId === null) throw new NotFoundError("learning question");
    accessTo(viewer, question.programmeId, db);
  }
  return question;
}

/**
 * Whether the viewer may change the questions of this programme, or the gemeente-wide ones when null. A programme
 * of another gemeente, or one the viewer may not see, is not found.
 */
export function mayWrite(viewer: Viewer, programmeId: number | null, db: Reader = getDb()): boolean {
  const manages = can(viewer.role, "learningQuestions.manage");
  if (programmeId === null) return manages;
  const { access } = accessTo(viewer, programmeId, db);
  return manages || access.edit;
}

export function assertWrite(viewer: Viewer, programmeId: number | null, db: Reader) {
  if (!mayWrite(viewer, programmeId, db)) throw new ForbiddenError("learningQuestions.manage");
}

/** The programme, with its current round, if it belongs to the gemeente. */
export function programmeOfGemeente(viewer: Viewer, programmeId: number, db: Reader) {
  return db
    .select({ id: programmes.id, round: programmes.round })
    .from(programmes)
    .where(and(eq(programmes.id, programmeId), eq(programmes.organisationId, viewer.organisationId)))
    .get();
}

/** Who can take a question on: the gemeente's active members; partners work on programmes only. */
export function ownerCandidates(viewer: Viewer, db: Reader = getDb()) {
  return db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, viewer.organisationId),
        eq(memberships.active, true),
        ne(memberships.role, "partner"),
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

/** The studies that can answer a question: those of its programme, or of every programme for a gemeente-wide one. */
export function studyCandidates(viewer: Viewer, programmeId: number | null, db: Reader = getDb()) {
  const conditions = [eq(studies.organisationId, viewer.organisationId)];
  if (programmeId !== null) conditions.push(eq(studies.programmeId, programmeId));
  return db
    .select({ id: studies.id, title: studies.title, programmeId: studies.programmeId, programmeName: programmes.name })
    .from(studies)
    .innerJoin(programmes, eq(programmes.id, studies.programmeId))
    .where(and(...conditions))
    .orderBy(asc(programmes.name), asc(studies.title))
    .all();
}
