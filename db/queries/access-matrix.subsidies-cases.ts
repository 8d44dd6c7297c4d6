// The subsidiekader writes of the access matrix (access-matrix.test.ts). addSubsidyFixtures adds, once, to Gemeente
// Voorbeeld: an open framework funding the demo's agreed effect with a pending application of Stichting Buurtkracht,
// and an archived framework.
import {
  applicationSchema,
  decisionSchema,
  frameworkEditSchema,
  frameworkSchema,
  withdrawalSchema,
} from "@/lib/validation/subsidies";
import type { AppDatabase } from "../client";
import * as schema from "../schema";
import type { WriteCase } from "./access-matrix.cases";
import * as applications from "./subsidy-applications";
import * as changes from "./subsidy-changes";
import * as withdrawals from "./subsidy-withdrawals";

const MARK = "Toegangsmatrix";
const FRAMEWORK = `${MARK}: subsidiekader`;
const ARCHIVED = `${MARK}: gearchiveerd subsidiekader`;
const PENDING = `${MARK}: aanvraag`;

type Param = string | number | null;
const value = (db: AppDatabase, sql: string, ...params: Param[]): unknown =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params);
function idOf(db: AppDatabase, sql: string, ...params: Param[]): number {
  const found = value(db, sql, ...params);
  if (typeof found !== "number") throw new Error(`Not in the fixtures: ${sql} [${params.join(", ")}]`);
  return found;
}
const exists = (db: AppDatabase, sql: string, ...params: Param[]) => value(db, sql, ...params) !== undefined;
const define = <A>(c: WriteCase<A>) => c as unknown as WriteCase;

const frameworkId = (db: AppDatabase) => idOf(db, "select id from subsidy_frameworks where name = ?", FRAMEWORK);
const effectId = (db: AppDatabase) => idOf(db, "select agreed_effect_id from subsidy_framework_effects order by id");
const buurtkracht = (db: AppDatabase) =>
  idOf(db, "select id from partner_organisations where name = 'Stichting Buurtkracht'");

export function addSubsidyFixtures(db: AppDatabase) {
  const organisationId = idOf(db, "select id from organisations where slug = 'voorbeeld'");
  const createdById = idOf(db, "select id from users where email = 'management@voorbeeld.example'");
  const base = { organisationId, budget: 100_000, startsOn: "2028-01-01", endsOn: "2028-12-31", createdById };
  const agreedEffectId = effectId(db);
  const open = db
    .insert(schema.subsidyFrameworks)
    .values({ ...base, name: FRAMEWORK, criteria: MARK, status: "open" })
    .returning({ id: schema.subsidyFrameworks.id })
    .get().id;
  db.insert(schema.subsidyFrameworkEffects).values({ organisationId, frameworkId: open, agreedEffectId }).run();
  db.insert(schema.subsidyFrameworks)
    .values({ ...base, name: ARCHIVED, status: "gesloten", archivedAt: new Date(), archiveReason: MARK })
    .run();
  const application = db
    .insert(schema.subsidyApplications)
    .values({
      organisationId,
      frameworkId: open,
      partnerOrganisationId: buurtkracht(db),
      requestedAmount: 20_000,
      plan: PENDING,
      submittedById: createdById,
    })
    .returning({ id: schema.subsidyApplications.id })
    .get().id;
  db.insert(schema.subsidyApplicationEffects)
    .values({ organisationId, applicationId: application, agreedEffectId, target: 10 })
    .run();
}

const frameworkForm = (name: string) => ({
  name,
  budget: "100.000",
  startsOn: "2028-01-01",
  endsOn: "2028-12-31",
  criteria: MARK,
  status: "open",
});

export const SUBSIDY_CASES: WriteCase[] = [
  define({
    module: "subsidy-changes",
    write: "createSubsidyFramework",
    on: "gemeente",
    action: "subsidyFramework.created",
    prepare: () => ({ input: frameworkSchema.parse(frameworkForm(`${MARK}: nieuw kader`)) }),
    run: ({ input }) => changes.createSubsidyFramework(input),
    written: ({ db, viewer }) =>
      exists(
        db,
        "select 1 from subsidy_frameworks where name = ? and organisation_id = ?",
        `${MARK}: nieuw kader`,
        viewer.organisationId,
      ),
  }),
  define({
    module: "subsidy-changes",
    write: "updateSubsidyFramework",
    on: "subsidy framework",
    action: "subsidyFramework.updated",
    prepare: ({ db }) => ({
      id: frameworkId(db),
      input: frameworkEditSchema.parse({
        ...frameworkForm(`${MARK} gewijzigd`),
        effectIds: [String(effectId(db))],
        version: String(idOf(db, "select version from subsidy_frameworks where id = ?", frameworkId(db))),
      }),
    }),
    run: ({ id, input }) => changes.updateSubsidyFramework({ frameworkId: id }, input),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from subsidy_frameworks where id = ? and name = ?", id, `${MARK} gewijzigd`),
  }),
  define({
    module: "subsidy-changes",
    write: "archiveSubsidyFramework",
    on: "subsidy framework",
    action: "subsidyFramework.archived",
    prepare: ({ db }) => ({ id: frameworkId(db) }),
    run: ({ id }) => changes.archiveSubsidyFramework({ frameworkId: id }, { reason: MARK }),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from subsidy_frameworks where id = ? and archived_at is not null", id),
  }),
  define({
    module: "subsidy-changes",
    write: "restoreSubsidyFramework",
    on: "archived subsidy framework",
    action: "subsidyFramework.restored",
    prepare: ({ db }) => ({ id: idOf(db, "select id from subsidy_frameworks where name = ?", ARCHIVED) }),
    run: ({ id }) => changes.restoreSubsidyFramework({ frameworkId: id }),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from subsidy_frameworks where id = ? and archived_at is null", id),
  }),
  define({
    module: "subsidy-applications",
    write: "createSubsidyApplication",
    on: "subsidy framework",
    action: "subsidyApplication.submitted",
    prepare: ({ db }) => ({
      id: frameworkId(db),
      input: applicationSchema.parse({
        partnerOrganisationId: String(buurtkracht(db)),
        requestedAmount: "10.000",
        plan: `${MARK}: plan`,
        [`target_${effectId(db)}`]: "12",
      }),
    }),
    run: ({ id, input }) => applications.createSubsidyApplication({ frameworkId: id }, input),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from subsidy_applications where framework_id = ? and plan = ?", id, `${MARK}: plan`),
  }),
  define({
    module: "subsidy-applications",
    write: "decideSubsidyApplication",
    on: "subsidy framework",
    action: "subsidyApplication.granted",
    prepare: ({ db }) => ({
      id: idOf(db, "select id from subsidy_applications where plan = ?", PENDING),
      input: decisionSchema.parse({ decision: "toegekend", amount: "15.000", reason: "" }),
    }),
    run: ({ id, input }) => applications.decideSubsidyApplication({ applicationId: id }, input),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from subsidy_applications where id = ? and status = 'toegekend'", id),
  }),
  define({
    module: "subsidy-withdrawals",
    write: "withdrawSubsidyApplication",
    on: "subsidy framework",
    action: "subsidyApplication.withdrawn",
    prepare: ({ db }) => ({
      id: idOf(db, "select id from subsidy_applications where plan = ?", PENDING),
      input: withdrawalSchema.parse({ reason: MARK }),
    }),
    run: ({ id, input }) => withdrawals.withdrawSubsidyApplication({ applicationId: id }, input),
    written: ({ db }, { id }) =>
      exists(db, "select 1 from subsidy_applications where id = ? and status = 'ingetrokken'", id),
  }),
];
