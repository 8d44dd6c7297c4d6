// The agenda of a new reflection session, prepared from the programme as it is that day: open action items of earlier
// sessions, assumptions at risk, indicators off course and open learning questions (lib/domain/reflection.ts decides).
import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { buildAgenda } from "@/lib/domain/reflection";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { ProgrammeChecked, Reader } from "../access";
import {
  actionItems,
  assumptions,
  indicators,
  learningQuestions,
  measurements,
  reflectionSessions,
  users,
} from "../schema";
import { openCoachingActionsOf } from "./coaching-work";

/** The open action items of the programme's sessions, as the agenda of a new session lists them. */
function agendaActionItems(db: Reader, programmeId: number) {
  return db
    .select({
      id: actionItems.id,
      status: actionItems.status,
      description: actionItems.description,
      ownerName: users.name,
      dueDate: actionItems.dueDate,
      sessionId: actionItems.sessionId,
      sessionTitle: reflectionSessions.title,
      heldOn: reflectionSessions.heldOn,
    })
    .from(actionItems)
    .innerJoin(reflectionSessions, eq(reflectionSessions.id, actionItems.sessionId))
    .leftJoin(users, eq(users.id, actionItems.ownerId))
    .where(and(eq(actionItems.programmeId, programmeId), eq(actionItems.status, "open")))
    .all();
}

function indicatorsWithMeasurements(db: Reader, programmeId: number) {
  const rows = db
    .select({
      id: indicators.id,
      name: indicators.name,
      unit: indicators.unit,
      direction: indicators.direction,
      baselineValue: indicators.baselineValue,
      baselineDate: indicators.baselineDate,
      targetValue: indicators.targetValue,
      targetDate: indicators.targetDate,
    })
    .from(indicators)
    .where(and(eq(indicators.programmeId, programmeId), isNull(indicators.archivedAt)))
    .all();
  const all = rows.length
    ? db
        .select({
          indicatorId: measurements.indicatorId,
          measuredOn: measurements.measuredOn,
          value: measurements.value,
        })
        .from(measurements)
        .where(
          and(
            inArray(
              measurements.indicatorId,
              rows.map((r) => r.id),
            ),
            // A withdrawn measurement counts nowhere, also not in an indicator's status on the agenda.
            isNull(measurements.withdrawnAt),
          ),
        )
        .orderBy(asc(measurements.measuredOn), asc(measurements.id))
        .all()
    : [];
  return rows.map((row) => ({ ...row, measurements: all.filter((m) => m.indicatorId === row.id) }));
}

/** What the programme puts on the table today: the data behind the agenda of a new session. */
export function prepareAgenda({ db, programme }: ProgrammeChecked) {
  const programmeId = programme.id;
  return buildAgenda({
    today: todayInAmsterdam(),
    actionItems: agendaActionItems(db, programmeId),
    assumptions: db
      .select({
        id: assumptions.id,
        statement: assumptions.statement,
        criticality: assumptions.criticality,
        status: assumptions.status,
      })
      .from(assumptions)
      .where(and(eq(assumptions.programmeId, programmeId), isNull(assumptions.archivedAt)))
      .orderBy(asc(assumptions.id))
      .all(),
    indicators: indicatorsWithMeasurements(db, programmeId),
    learningQuestions: db
      .select({
        id: learningQuestions.id,
        question: learningQuestions.question,
        status: learningQuestions.status,
        priority: learningQuestions.priority,
      })
      .from(learningQuestions)
      .where(eq(learningQuestions.programmeId, programmeId))
      .all(),
    coachingActions: openCoachingActionsOf(db, programmeId),
  });
}
