// Reading the gezamenlijk afgesproken effecten of route 2: per opgave (its veranderplan) or for the whole gemeente
// (the choice of effects a subsidy framework or an application aims at), each with its indicator and programme.
import "server-only";
import { and, asc, eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import { agreedEffects, indicators, opgaven, programmes, users } from "../schema";
import { guard } from "../write";
import { opgaveIn } from "./opgaven";

const archiver = alias(users, "effect_archiver");

const columns = {
  id: agreedEffects.id,
  opgaveId: agreedEffects.opgaveId,
  opgaveTitle: opgaven.title,
  indicatorId: agreedEffects.indicatorId,
  indicatorName: indicators.name,
  unit: indicators.unit,
  kind: indicators.kind,
  direction: indicators.direction,
  programmeId: indicators.programmeId,
  programmeName: programmes.name,
  description: agreedEffects.description,
  baselineValue: agreedEffects.baselineValue,
  baselineDate: agreedEffects.baselineDate,
  targetValue: agreedEffects.targetValue,
  targetDate: agreedEffects.targetDate,
  version: agreedEffects.version,
  archivedAt: agreedEffects.archivedAt,
  archiveReason: agreedEffects.archiveReason,
  archivedByName: archiver.name,
};

export type AgreedEffectRow = ReturnType<typeof agreedEffectsIn>[number];

/**
 * The agreed effects of a gemeente, optionally of one opgave, open or archived. A helper for the data layer: the
 * caller has asked the kernel already (opgaven.read here, or the permission of whatever points at the effects).
 */
export function agreedEffectsIn(
  db: Reader,
  organisationId: number,
  { opgaveId, archived = false }: { opgaveId?: number; archived?: boolean } = {},
) {
  const conditions: SQL[] = [
    eq(agreedEffects.organisationId, organisationId),
    archived ? isNotNull(agreedEffects.archivedAt) : isNull(agreedEffects.archivedAt),
  ];
  if (opgaveId !== undefined) conditions.push(eq(agreedEffects.opgaveId, opgaveId));
  return db
    .select(columns)
    .from(agreedEffects)
    .innerJoin(opgaven, eq(opgaven.id, agreedEffects.opgaveId))
    .innerJoin(indicators, eq(indicators.id, agreedEffects.indicatorId))
    .innerJoin(programmes, eq(programmes.id, indicators.programmeId))
    .leftJoin(archiver, eq(archiver.id, agreedEffects.archivedById))
    .where(and(...conditions))
    .orderBy(sql`${opgaven.rank} is null`, asc(opgaven.rank), asc(opgaven.title), asc(agreedEffects.id))
    .all();
}

/** One agreed effect of the gemeente, archived or not; NotFoundError for anything else. */
export function agreedEffectIn(db: Reader, organisationId: number, effectId: number) {
  const row = db
    .select(columns)
    .from(agreedEffects)
    .innerJoin(opgaven, eq(opgaven.id, agreedEffects.opgaveId))
    .innerJoin(indicators, eq(indicators.id, agreedEffects.indicatorId))
    .innerJoin(programmes, eq(programmes.id, indicators.programmeId))
    .leftJoin(archiver, eq(archiver.id, agreedEffects.archivedById))
    .where(and(eq(agreedEffects.id, effectId), eq(agreedEffects.organisationId, organisationId)))
    .get();
  if (!row) throw new NotFoundError("agreed_effect");
  return row;
}

/** An opgave's agreed effects: the open ones, and those archived with their reason. */
export async function listAgreedEffects({ opgaveId }: { opgaveId: number }) {
  const { viewer } = await guard("opgaven.read");
  const db = getDb();
  opgaveIn(db, viewer.organisationId, opgaveId);
  return {
    open: agreedEffectsIn(db, viewer.organisationId, { opgaveId }),
    archived: agreedEffectsIn(db, viewer.organisationId, { opgaveId, archived: true }),
  };
}

/** Every open agreed effect of the viewer's gemeente, by opgave: what subsidy frameworks and applications aim at. */
export async function listGemeenteAgreedEffects() {
  const { viewer } = await guard("opgaven.read");
  return agreedEffectsIn(getDb(), viewer.organisationId);
}

export async function getAgreedEffect({ opgaveId, effectId }: { opgaveId: number; effectId: number }) {
  const { viewer } = await guard("opgaven.read");
  const effect = agreedEffectIn(getDb(), viewer.organisationId, effectId);
  if (effect.opgaveId !== opgaveId) throw new NotFoundError("agreed_effect");
  return effect;
}

/**
 * The indicators an agreed effect of this opgave can use: those of the gemeente's open programmes, the programmes
 * that serve the opgave first (`linked`).
 */
export async function effectIndicatorOptions({ opgaveId }: { opgaveId: number }) {
  const { viewer } = await guard("opgaven.read");
  const db = getDb();
  opgaveIn(db, viewer.organisationId, opgaveId);
  return effectIndicatorsIn(db, viewer.organisationId, opgaveId);
}

export function effectIndicatorsIn(db: Reader, organisationId: number, opgaveId: number) {
  const rows = db
    .select({
      id: indicators.id,
      name: indicators.name,
      unit: indicators.unit,
      kind: indicators.kind,
      minValue: indicators.minValue,
      maxValue: indicators.maxValue,
      direction: indicators.direction,
      baselineValue: indicators.baselineValue,
      baselineDate: indicators.baselineDate,
      programmeId: programmes.id,
      programmeName: programmes.name,
      programmeOpgaveId: programmes.opgaveId,
    })
    .from(indicators)
    .innerJoin(programmes, eq(programmes.id, indicators.programmeId))
    .where(
      and(
        eq(indicators.organisationId, organisationId),
        eq(programmes.organisationId, organisationId),
        isNull(indicators.archivedAt),
        isNull(programmes.archivedAt),
      ),
    )
    .orderBy(asc(programmes.name), asc(indicators.name), asc(indicators.id))
    .all();
  const withLink = rows.map(({ programmeOpgaveId, ...row }) => ({ ...row, linked: programmeOpgaveId === opgaveId }));
  return [...withLink.filter((row) => row.linked), ...withLink.filter((row) => !row.linked)];
}
