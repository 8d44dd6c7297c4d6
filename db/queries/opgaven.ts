// Reading the gemeente's register of maatschappelijke opgaven (route 2): the ranked list, one opgave with its context
// figures, the programmes that serve it and the history of its rank.
import "server-only";
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { assessIndicator } from "@/lib/domain/indicator-status";
import type { Reader } from "../access";
import { programmesWhere } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import {
  indicators,
  measurements,
  memberships,
  opgaveFigures,
  opgaven,
  opgaveRankChanges,
  programmes,
  strategicSessions,
  users,
} from "../schema";
import { guard } from "../write";

export const OPGAVEN_PAGE_SIZE = 20;

const owner = alias(users, "owner");

const columns = {
  id: opgaven.id,
  title: opgaven.title,
  description: opgaven.description,
  targetGroup: opgaven.targetGroup,
  area: opgaven.area,
  ownerId: opgaven.ownerId,
  ownerName: owner.name,
  rank: opgaven.rank,
  version: opgaven.version,
  archivedAt: opgaven.archivedAt,
  archiveReason: opgaven.archiveReason,
};

/**
 * One page of the register: ranked opgaven first (1 on top), then those without a rank, by title. `archived` lists
 * the archived ones instead.
 */
export async function listOpgaven({ page = 1, archived = false }: { page?: number; archived?: boolean } = {}) {
  const { viewer } = await guard("opgaven.read");
  const db = getDb();
  const condition = and(
    eq(opgaven.organisationId, viewer.organisationId),
    archived ? isNotNull(opgaven.archivedAt) : isNull(opgaven.archivedAt),
  );
  const total = db.select({ n: count() }).from(opgaven).where(condition).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / OPGAVEN_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = db
    .select({
      ...columns,
      programmeCount: sql<number>`(select count(*) from ${programmes} p where p.opgave_id = "opgaven"."id" and p.archived_at is null)`,
    })
    .from(opgaven)
    .leftJoin(owner, eq(owner.id, opgaven.ownerId))
    .where(condition)
    .orderBy(sql`${opgaven.rank} is null`, asc(opgaven.rank), asc(opgaven.title), asc(opgaven.id))
    .limit(OPGAVEN_PAGE_SIZE)
    .offset((current - 1) * OPGAVEN_PAGE_SIZE)
    .all();
  return { rows, total, page: current, pageCount };
}

/** The opgave itself, of the viewer's gemeente, archived or not. */
export function opgaveIn(db: Reader, organisationId: number, opgaveId: number) {
  const row = db
    .select(columns)
    .from(opgaven)
    .leftJoin(owner, eq(owner.id, opgaven.ownerId))
    .where(and(eq(opgaven.id, opgaveId), eq(opgaven.organisationId, organisationId)))
    .get();
  if (!row) throw new NotFoundError("opgave");
  return row;
}

export async function getOpgave({ opgaveId }: { opgaveId: number }) {
  const { viewer } = await guard("opgaven.read");
  return opgaveIn(getDb(), viewer.organisationId, opgaveId);
}

/** Everything the opgave's page shows besides the opgave: figures, programmes with indicators, rank history. */
export async function getOpgaveDetails({ opgaveId }: { opgaveId: number }) {
  const { viewer } = await guard("opgaven.read");
  const db = getDb();
  const opgave = opgaveIn(db, viewer.organisationId, opgaveId);
  const figures = db
    .select({
      id: opgaveFigures.id,
      label: opgaveFigures.label,
      value: opgaveFigures.value,
      unit: opgaveFigures.unit,
      source: opgaveFigures.source,
      measuredOn: opgaveFigures.measuredOn,
    })
    .from(opgaveFigures)
    .where(and(eq(opgaveFigures.opgaveId, opgaveId), eq(opgaveFigures.organisationId, viewer.organisationId)))
    .orderBy(asc(opgaveFigures.id))
    .all();
  const readable = new Set(programmesWhere(viewer, db, "programme.read").map((p) => p.id));
  const linked = db
    .select({ id: programmes.id, name: programmes.name, status: programmes.status, phase: programmes.phase })
    .from(programmes)
    .where(
      and(
        eq(programmes.organisationId, viewer.organisationId),
        eq(programmes.opgaveId, opgaveId),
        isNull(programmes.archivedAt),
      ),
    )
    .orderBy(asc(programmes.name))
    .all()
    .filter((p) => readable.has(p.id));
  const programmeIndicators = linked.length
    ? db
        .select({
          id: indicators.id,
          programmeId: indicators.programmeId,
          name: indicators.name,
          unit: indicators.unit,
          direction: indicators.direction,
          baselineValue: indicators.baselineValue,
          baselineDate: indicators.baselineDate,
          targetValue: indicators.targetValue,
          targetDate: indicators.targetDate,
        })
        .from(indicators)
        .where(
          and(
            inArray(
              indicators.programmeId,
              linked.map((p) => p.id),
            ),
            isNull(indicators.archivedAt),
          ),
        )
        .orderBy(asc(indicators.id))
        .all()
    : [];
  const values = programmeIndicators.length
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
              programmeIndicators.map((i) => i.id),
            ),
            isNull(measurements.withdrawnAt),
          ),
        )
        .all()
    : [];
  const withStatus = programmeIndicators.map((indicator) => {
    const assessment = assessIndicator({
      ...indicator,
      measurements: values.filter((m) => m.indicatorId === indicator.id),
    });
    return { ...indicator, status: assessment.status, latest: assessment.latest };
  });
  const history = db
    .select({
      id: opgaveRankChanges.id,
      fromRank: opgaveRankChanges.fromRank,
      toRank: opgaveRankChanges.toRank,
      sessionId: opgaveRankChanges.sessionId,
      sessionTitle: strategicSessions.title,
      sessionHeldOn: strategicSessions.heldOn,
      changedAt: opgaveRankChanges.changedAt,
      changedByName: users.name,
    })
    .from(opgaveRankChanges)
    .innerJoin(users, eq(users.id, opgaveRankChanges.changedById))
    .leftJoin(strategicSessions, eq(strategicSessions.id, opgaveRankChanges.sessionId))
    .where(and(eq(opgaveRankChanges.opgaveId, opgaveId), eq(opgaveRankChanges.organisationId, viewer.organisationId)))
    .orderBy(desc(opgaveRankChanges.changedAt), desc(opgaveRankChanges.id))
    .all();
  return {
    opgave,
    figures,
    programmes: linked.map((p) => ({ ...p, indicators: withStatus.filter((i) => i.programmeId === p.id) })),
    history,
  };
}

/** Who can own an opgave or an agreement: the gemeente's active people, partners excepted. */
export function gemeentePeople(db: Reader, organisationId: number) {
  return db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.active, true),
        isNotNull(memberships.acceptedAt),
        sql`${memberships.role} <> 'partner'`,
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

export async function opgaveOwnerOptions() {
  const { viewer } = await guard("opgaven.read");
  return gemeentePeople(getDb(), viewer.organisationId);
}

/** The programmes the viewer may link to this opgave (those they may set up), and the ones linked now. */
export async function linkableProgrammes() {
  const { viewer } = await guard("opgaven.read");
  return programmesWhere(viewer, getDb(), "programme.edit");
}

/** The register's open opgaven by name, for choosing one (a session, a programme's form). */
export async function opgaveOptions() {
  const { viewer } = await guard("opgaven.read");
  return getDb()
    .select({ id: opgaven.id, title: opgaven.title })
    .from(opgaven)
    .where(and(eq(opgaven.organisationId, viewer.organisationId), isNull(opgaven.archivedAt)))
    .orderBy(sql`${opgaven.rank} is null`, asc(opgaven.rank), asc(opgaven.title))
    .all();
}
