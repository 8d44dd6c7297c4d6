// The veranderplan writes of the access matrix (access-matrix.test.ts): the plan of an opgave, its milestones and its
// agreed effects. They work on the demo veranderplan of the first-ranked opgave (db/seed-veranderplan.ts) and on the
// opgave of the opgaven fixtures, which has no plan yet; addVeranderplanFixtures adds an archived agreed effect.
import { changePlanEditSchema, milestoneEditSchema, milestoneSchema } from "@/lib/validation/veranderplan";
import type { AppDatabase } from "../client";
import * as schema from "../schema";
import { DEMO_EFFECTS } from "../seed-veranderplan";
import type { WriteCase } from "./access-matrix.cases";
import * as agreedEffectChanges from "./agreed-effect-changes";
import * as veranderplanChanges from "./veranderplan-changes";

const MARK = "Toegangsmatrix";
const ARCHIVED_EFFECT = `${MARK}: gearchiveerd effect`;

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

const demoOpgave = (db: AppDatabase) =>
  idOf(
    db,
    "select o.id from opgaven o join organisations g on g.id = o.organisation_id where g.slug = 'voorbeeld' and o.rank = 1",
  );
const fixtureOpgave = (db: AppDatabase) => idOf(db, "select id from opgaven where title = ?", `${MARK}: opgave`);
const demoEffect = (db: AppDatabase) =>
  idOf(db, "select id from agreed_effects where description = ?", DEMO_EFFECTS.loneliness);
const indicator = (db: AppDatabase) =>
  idOf(db, "select id from indicators where name = 'Aandeel deelnemers dat zich vaak eenzaam voelt'");
const manager = (db: AppDatabase) => idOf(db, "select id from users where email = 'manager@voorbeeld.example'");

export function addVeranderplanFixtures(db: AppDatabase) {
  const organisationId = idOf(db, "select id from organisations where slug = 'voorbeeld'");
  db.insert(schema.agreedEffects)
    .values({
      organisationId,
      opgaveId: demoOpgave(db),
      indicatorId: indicator(db),
      description: ARCHIVED_EFFECT,
      baselineValue: 50,
      baselineDate: "2026-01-01",
      targetValue: 40,
      targetDate: "2029-12-31",
      createdById: manager(db),
      archivedAt: new Date(),
      archivedById: manager(db),
      archiveReason: MARK,
    })
    .run();
}

const effectInput = (db: AppDatabase, description: string) => ({
  indicatorId: indicator(db),
  description,
  baselineValue: 48,
  baselineDate: "2026-01-01",
  targetValue: 36,
  targetDate: "2029-12-31",
});

export const VERANDERPLAN_CASES: WriteCase[] = [
  define({
    module: "veranderplan-changes",
    write: "saveChangePlan",
    on: "gemeente",
    action: "change_plan.created",
    prepare: ({ db }) => ({
      id: fixtureOpgave(db),
      input: changePlanEditSchema.parse({ change: MARK, strategies: "", version: "0" }),
    }),
    run: ({ id, input }) => veranderplanChanges.saveChangePlan({ opgaveId: id }, input),
    written: ({ db }, { id }) => exists(db, "select 1 from change_plans where opgave_id = ? and change = ?", id, MARK),
  }),
  define({
    module: "veranderplan-changes",
    write: "addMilestone",
    on: "gemeente",
    action: "change_plan.milestone_added",
    prepare: ({ db }) => ({
      id: demoOpgave(db),
      input: milestoneSchema.parse({ year: "2028", description: MARK, ownerId: String(manager(db)) }),
    }),
    run: ({ id, input }) => veranderplanChanges.addMilestone({ opgaveId: id }, input),
    written: ({ db }) => exists(db, "select 1 from change_plan_milestones where description = ?", MARK),
  }),
  define({
    module: "veranderplan-changes",
    write: "changeMilestone",
    on: "gemeente",
    action: "change_plan.milestone_changed",
    prepare: ({ db }) => {
      const milestoneId = idOf(db, "select id from change_plan_milestones order by id limit 1");
      return {
        id: demoOpgave(db),
        milestoneId,
        input: milestoneEditSchema.parse({
          year: String(idOf(db, "select year from change_plan_milestones where id = ?", milestoneId)),
          description: MARK,
          ownerId: String(idOf(db, "select owner_id from change_plan_milestones where id = ?", milestoneId)),
          state: "klaar",
          reason: MARK,
          version: String(idOf(db, "select version from change_plan_milestones where id = ?", milestoneId)),
        }),
      };
    },
    run: ({ id, milestoneId, input }) => veranderplanChanges.changeMilestone({ opgaveId: id, milestoneId }, input),
    written: ({ db }, { milestoneId }) =>
      exists(
        db,
        "select 1 from change_plan_milestones where id = ? and description = ? and done_at is not null",
        milestoneId,
        MARK,
      ),
  }),
  define({
    module: "veranderplan-changes",
    write: "archiveMilestone",
    on: "gemeente",
    action: "change_plan.milestone_archived",
    prepare: ({ db }) => ({
      id: demoOpgave(db),
      milestoneId: idOf(db, "select id from change_plan_milestones order by id limit 1"),
    }),
    run: ({ id, milestoneId }) => veranderplanChanges.archiveMilestone({ opgaveId: id, milestoneId }),
    written: ({ db }, { milestoneId }) =>
      exists(db, "select 1 from change_plan_milestones where id = ? and archived_at is not null", milestoneId),
  }),
  define({
    module: "agreed-effect-changes",
    write: "createAgreedEffect",
    on: "gemeente",
    action: "agreed_effect.created",
    prepare: ({ db }) => ({ id: demoOpgave(db), input: effectInput(db, MARK) }),
    run: ({ id, input }) => agreedEffectChanges.createAgreedEffect({ opgaveId: id }, input, "2026-12-01"),
    written: ({ db }) => exists(db, "select 1 from agreed_effects where description = ?", MARK),
  }),
  define({
    module: "agreed-effect-changes",
    write: "correctAgreedEffect",
    on: "gemeente",
    action: "agreed_effect.corrected",
    prepare: ({ db }) => {
      const effectId = demoEffect(db);
      return {
        id: demoOpgave(db),
        effectId,
        input: {
          ...effectInput(db, `${MARK} gecorrigeerd`),
          version: Number(value(db, "select version from agreed_effects where id = ?", effectId)),
          reason: MARK,
        },
      };
    },
    run: ({ id, effectId, input }) =>
      agreedEffectChanges.correctAgreedEffect({ opgaveId: id, effectId }, input, "2026-12-01"),
    written: ({ db }, { effectId }) =>
      exists(db, "select 1 from agreed_effects where id = ? and description = ?", effectId, `${MARK} gecorrigeerd`),
  }),
  define({
    module: "agreed-effect-changes",
    write: "archiveAgreedEffect",
    on: "gemeente",
    action: "agreed_effect.archived",
    prepare: ({ db }) => ({ id: demoOpgave(db), effectId: demoEffect(db) }),
    run: ({ id, effectId }) => agreedEffectChanges.archiveAgreedEffect({ opgaveId: id, effectId }, { reason: MARK }),
    written: ({ db }, { effectId }) =>
      exists(db, "select 1 from agreed_effects where id = ? and archive_reason = ?", effectId, MARK),
  }),
  define({
    module: "agreed-effect-changes",
    write: "restoreAgreedEffect",
    on: "gemeente",
    action: "agreed_effect.restored",
    prepare: ({ db }) => ({
      id: demoOpgave(db),
      effectId: idOf(db, "select id from agreed_effects where description = ?", ARCHIVED_EFFECT),
    }),
    run: ({ id, effectId }) => agreedEffectChanges.restoreAgreedEffect({ opgaveId: id, effectId }),
    written: ({ db }, { effectId }) =>
      exists(db, "select 1 from agreed_effects where id = ? and archived_at is null", effectId),
  }),
];
