// Reading subsidy frameworks (route 2) and the applications to them. A partner sees the frameworks open to it and
// those its organisation applied to, and only its own organisation's applications (the kernel's "subsidies.read").
import "server-only";
import { and, asc, count, desc, eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { requireViewer } from "@/lib/auth/viewer";
import { remainingBudget } from "@/lib/domain/subsidies";
import {
  applicationRelation,
  applicationsVisibleTo,
  frameworkRelation,
  frameworksVisibleTo,
  type Reader,
} from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import {
  partnerOrganisations,
  subsidyApplicationEffects,
  subsidyApplications,
  subsidyFrameworkEffects,
  subsidyFrameworks,
  users,
} from "../schema";
import { guard } from "../write";
import { agreedEffectsIn } from "./agreed-effects";

export const FRAMEWORKS_PAGE_SIZE = 20;
export const APPLICATIONS_PAGE_SIZE = 20;

const frameworkColumns = {
  id: subsidyFrameworks.id,
  name: subsidyFrameworks.name,
  budget: subsidyFrameworks.budget,
  startsOn: subsidyFrameworks.startsOn,
  endsOn: subsidyFrameworks.endsOn,
  criteria: subsidyFrameworks.criteria,
  status: subsidyFrameworks.status,
  version: subsidyFrameworks.version,
  archivedAt: subsidyFrameworks.archivedAt,
  archiveReason: subsidyFrameworks.archiveReason,
};

/** The framework itself, of this gemeente, archived or not; no access check of its own. */
export function frameworkIn(db: Reader, organisationId: number, frameworkId: number) {
  const row = db
    .select(frameworkColumns)
    .from(subsidyFrameworks)
    .where(and(eq(subsidyFrameworks.id, frameworkId), eq(subsidyFrameworks.organisationId, organisationId)))
    .get();
  if (!row) throw new NotFoundError("subsidy_framework");
  return row;
}

/** The ids of the agreed effects a framework funds. */
export function frameworkEffectIds(db: Reader, frameworkId: number) {
  return db
    .select({ id: subsidyFrameworkEffects.agreedEffectId })
    .from(subsidyFrameworkEffects)
    .where(eq(subsidyFrameworkEffects.frameworkId, frameworkId))
    .all()
    .map((row) => row.id);
}

/** The agreed effects a framework funds, with their indicator and programme (archived ones too: grants point at them). */
export function frameworkEffects(db: Reader, organisationId: number, frameworkId: number) {
  const ids = new Set(frameworkEffectIds(db, frameworkId));
  return [...agreedEffectsIn(db, organisationId), ...agreedEffectsIn(db, organisationId, { archived: true })].filter(
    (effect) => ids.has(effect.id),
  );
}

/** The targets an application sets on agreed effects. */
export function applicationTargets(db: Reader, applicationId: number) {
  return db
    .select({ agreedEffectId: subsidyApplicationEffects.agreedEffectId, target: subsidyApplicationEffects.target })
    .from(subsidyApplicationEffects)
    .where(eq(subsidyApplicationEffects.applicationId, applicationId))
    .all();
}

/** The amounts granted from a framework so far, per application. */
export function grantedAmounts(db: Reader, frameworkId: number) {
  return db
    .select({ id: subsidyApplications.id, amount: subsidyApplications.grantedAmount })
    .from(subsidyApplications)
    .where(and(eq(subsidyApplications.frameworkId, frameworkId), eq(subsidyApplications.status, "toegekend")))
    .all()
    .map((row) => ({ id: row.id, amount: row.amount ?? 0 }));
}

/** One page of the frameworks the viewer may read: the latest period first. */
export async function listFrameworks({ page = 1, archived = false }: { page?: number; archived?: boolean } = {}) {
  const viewer = await requireViewer();
  const db = getDb();
  const where = and(
    frameworksVisibleTo(viewer, "subsidies.read"),
    archived ? isNotNull(subsidyFrameworks.archivedAt) : isNull(subsidyFrameworks.archivedAt),
  ) as SQL;
  const total = db.select({ n: count() }).from(subsidyFrameworks).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / FRAMEWORKS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = db
    .select({
      ...frameworkColumns,
      granted: sql<number>`(select coalesce(sum(sa.granted_amount), 0) from ${subsidyApplications} sa where sa.framework_id = ${subsidyFrameworks.id} and sa.status = 'toegekend')`,
    })
    .from(subsidyFrameworks)
    .where(where)
    .orderBy(desc(subsidyFrameworks.startsOn), asc(subsidyFrameworks.name), asc(subsidyFrameworks.id))
    .limit(FRAMEWORKS_PAGE_SIZE)
    .offset((current - 1) * FRAMEWORKS_PAGE_SIZE)
    .all();
  return { rows, total, page: current, pageCount };
}

/** A framework the viewer may read, with what is granted and left of its budget. */
export async function getFramework({ frameworkId }: { frameworkId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  frameworkRelation(viewer, frameworkId, db);
  const framework = frameworkIn(db, viewer.organisationId, frameworkId);
  const granted = grantedAmounts(db, frameworkId).map((g) => g.amount);
  return {
    ...framework,
    effects: frameworkEffects(db, viewer.organisationId, frameworkId),
    granted: granted.reduce((sum, amount) => sum + amount, 0),
    remaining: remainingBudget(framework.budget, granted),
  };
}

const applicationColumns = {
  id: subsidyApplications.id,
  frameworkId: subsidyApplications.frameworkId,
  partnerOrganisationId: subsidyApplications.partnerOrganisationId,
  partnerName: partnerOrganisations.name,
  requestedAmount: subsidyApplications.requestedAmount,
  plan: subsidyApplications.plan,
  status: subsidyApplications.status,
  grantedAmount: subsidyApplications.grantedAmount,
  decisionReason: subsidyApplications.decisionReason,
  decidedAt: subsidyApplications.decidedAt,
  withdrawnAt: subsidyApplications.withdrawnAt,
  withdrawalReason: subsidyApplications.withdrawalReason,
  createdAt: subsidyApplications.createdAt,
  version: subsidyApplications.version,
};

/** One page of a framework's applications the viewer may read (a partner: its own organisation's). */
export async function listApplications({ frameworkId, page = 1 }: { frameworkId: number; page?: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  frameworkRelation(viewer, frameworkId, db);
  const where = and(
    applicationsVisibleTo(viewer, "subsidies.read"),
    eq(subsidyApplications.frameworkId, frameworkId),
  ) as SQL;
  const total = db.select({ n: count() }).from(subsidyApplications).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / APPLICATIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = db
    .select(applicationColumns)
    .from(subsidyApplications)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, subsidyApplications.partnerOrganisationId))
    .where(where)
    .orderBy(desc(subsidyApplications.createdAt), desc(subsidyApplications.id))
    .limit(APPLICATIONS_PAGE_SIZE)
    .offset((current - 1) * APPLICATIONS_PAGE_SIZE)
    .all();
  return { rows, total, page: current, pageCount };
}

const decider = alias(users, "decider");
const submitter = alias(users, "submitter");

/** The application itself, of this gemeente; no access check of its own. */
export function applicationIn(db: Reader, organisationId: number, applicationId: number) {
  const row = db
    .select({ ...applicationColumns, decidedByName: decider.name, submittedByName: submitter.name })
    .from(subsidyApplications)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, subsidyApplications.partnerOrganisationId))
    .leftJoin(decider, eq(decider.id, subsidyApplications.decidedById))
    .innerJoin(submitter, eq(submitter.id, subsidyApplications.submittedById))
    .where(and(eq(subsidyApplications.id, applicationId), eq(subsidyApplications.organisationId, organisationId)))
    .get();
  if (!row) throw new NotFoundError("subsidy_application");
  return row;
}

/** An application the viewer may read, within the framework named in the address. */
export async function getApplication({ frameworkId, applicationId }: { frameworkId: number; applicationId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  applicationRelation(viewer, applicationId, db);
  const application = applicationIn(db, viewer.organisationId, applicationId);
  if (application.frameworkId !== frameworkId) throw new NotFoundError("subsidy_application");
  const effects = frameworkEffects(db, viewer.organisationId, frameworkId);
  const targets = applicationTargets(db, applicationId).map((t) => ({
    ...t,
    effect: effects.find((e) => e.id === t.agreedEffectId) ?? null,
  }));
  return { ...application, targets };
}

/** The gemeente's partner organisations, for recording an application on a partner's behalf. */
export async function applicantOptions() {
  const { viewer } = await guard("subsidies.manage");
  return getDb()
    .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
    .from(partnerOrganisations)
    .where(eq(partnerOrganisations.organisationId, viewer.organisationId))
    .orderBy(asc(partnerOrganisations.name))
    .all();
}

/** The gemeente's open agreed effects, for choosing the ones a framework funds (someone who manages frameworks). */
export async function frameworkEffectOptions() {
  const { viewer } = await guard("subsidies.manage");
  return agreedEffectsIn(getDb(), viewer.organisationId);
}
