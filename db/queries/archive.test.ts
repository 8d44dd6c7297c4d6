// Archiving, restoring and deleting against a copy of the demo database in a real SQLite file: the reason is required,
// an archived record leaves the programme's lists, the dashboard and the report and comes back when restored, nothing
// is added to what is archived, and only a fresh mistake that nothing refers to is truly deleted.
import { and, desc, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { archiveSchema } from "@/lib/validation/archive";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");

const { PILOT_NAME } = await import("../seed-programmes");
const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const archive = await import("./archive");
const { archiveState, archivedCount, listArchived } = await import("./archived");
const { listIndicators, addMeasurement, createIndicator } = await import("./indicators");
const { createHypothesis } = await import("./hypotheses");
const { createAssumption } = await import("./assumptions");
const { createFinding } = await import("./findings");
const { listProgrammes } = await import("./programmes");
const { loadDashboard } = await import("./dashboard");
const { getProgrammeReport } = await import("./report");
const { exportIndicators, exportOrganisation } = await import("./exports");
const { searchLessons, updateLesson } = await import("./lessons");
const { recordDecision, stepsArchivedByDecision, getRouteSummary } = await import("./routes");

let db: AppDatabase;
let close = () => {};
const people: Record<string, Viewer> = {};
const as = (who: keyof typeof EMAILS) => {
  current.viewer = people[who];
};
const EMAILS = {
  beheerder: "beheerder@voorbeeld.example",
  manager: "manager@voorbeeld.example",
  management: "management@voorbeeld.example",
  teamlid: "team@voorbeeld.example",
} as const;

const REASON = "Dubbel ingevoerd; de gemeente telt dit al in de monitor.";
const dashboardOptions = { filters: {}, period: { from: "2026-01-01", to: "2026-12-31" } };

let pilot = 0;
const pilotRow = <T extends { programme: { id: number } }>(rows: T[]) => rows.find((row) => row.programme.id === pilot);
const eventsOf = (action: string) =>
  db
    .select()
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.action, action))
    .orderBy(desc(schema.auditEvents.id))
    .all();
const firstId = (table: typeof schema.indicators | typeof schema.studies | typeof schema.assumptions) =>
  db.select({ id: table.id }).from(table).where(eq(table.programmeId, pilot)).orderBy(table.id).get()?.id ?? 0;

beforeAll(async () => {
  ({ db, close } = await demoDatabase("archive-test"));
  for (const [who, email] of Object.entries(EMAILS)) people[who] = demoViewer(db, email);
  pilot =
    db.select({ id: schema.programmes.id }).from(schema.programmes).where(eq(schema.programmes.name, PILOT_NAME)).get()
      ?.id ?? 0;
});

afterAll(() => {
  close();
});

describe("the reason", () => {
  it("is required and kept within bounds", () => {
    expect(archiveSchema.safeParse({ reason: "   " }).success).toBe(false);
    expect(archiveSchema.safeParse({}).error?.issues[0]?.message).toBe("archiveReasonRequired");
    expect(archiveSchema.safeParse({ reason: "x".repeat(1001) }).success).toBe(false);
    expect(archiveSchema.parse({ reason: `  ${REASON} ` })).toEqual({ reason: REASON });
  });
});

describe("archiving an indicator", () => {
  it("takes it out of the programme, the dashboard and the report with an audited reason, and restoring brings it back", async () => {
    as("manager");
    const indicatorId = firstId(schema.indicators);
    const listed = async () => (await listIndicators({ programmeId: pilot })).map((i) => i.id);
    const inDashboard = () =>
      pilotRow(loadDashboard(db, people.management as Viewer, dashboardOptions).rows)?.indicators.total;
    const inReport = async () => (await getProgrammeReport({ programmeId: pilot })).indicators.map((i) => i.id);
    const before = { dashboard: inDashboard(), count: await archivedCount({ kind: "indicator", programmeId: pilot }) };
    expect(await listed()).toContain(indicatorId);
    expect(await inReport()).toContain(indicatorId);

    expect(await archive.archiveIndicator({ programmeId: pilot, indicatorId }, { reason: REASON })).toEqual({
      ok: true,
      value: undefined,
    });

    const row = db.select().from(schema.indicators).where(eq(schema.indicators.id, indicatorId)).get();
    expect(row?.archivedAt).toBeInstanceOf(Date);
    expect(row?.archivedById).toBe(people.manager?.userId);
    expect(row?.archiveReason).toBe(REASON);
    const [archived] = eventsOf("indicator.archived");
    expect(archived).toMatchObject({
      actorId: people.manager?.userId,
      entityId: String(indicatorId),
      programmeId: pilot,
    });
    expect(archived?.changes?.after).toMatchObject({ reason: REASON });
    expect(await listed()).not.toContain(indicatorId);
    expect(await inReport()).not.toContain(indicatorId);
    expect(inDashboard()).toBe((before.dashboard ?? 0) - 1);
    expect(await archivedCount({ kind: "indicator", programmeId: pilot })).toBe(before.count + 1);
    const { rows } = await listArchived({ kind: "indicator", programmeId: pilot });
    expect(rows.find((r) => r.id === indicatorId)).toMatchObject({
      archiveReason: REASON,
      archivedByName: people.manager?.name,
      mayRestore: true,
    });
    expect(await archiveState({ kind: "indicator", id: indicatorId, programmeId: pilot })).toMatchObject({
      archived: { reason: REASON, byName: people.manager?.name },
      mayArchive: false,
      mayRestore: true,
    });

    // Nothing is added to an archived indicator, and archiving it twice says why not.
    const measurements = db
      .select()
      .from(schema.measurements)
      .where(eq(schema.measurements.indicatorId, indicatorId))
      .all().length;
    expect(
      await addMeasurement({ programmeId: pilot, indicatorId }, { measuredOn: "2030-01-01", value: 5, note: "" }),
    ).toEqual({
      ok: false,
      error: "archivedIndicator",
    });
    expect(
      db.select().from(schema.measurements).where(eq(schema.measurements.indicatorId, indicatorId)).all(),
    ).toHaveLength(measurements);
    expect(await archive.archiveIndicator({ programmeId: pilot, indicatorId }, { reason: REASON })).toMatchObject({
      ok: false,
      error: "archivedIndicator",
    });
    // Its CSV export and report are reads: they still work, without it.
    expect((await exportIndicators({ programmeId: pilot })).rows.map((r) => r.id)).not.toContain(indicatorId);

    expect(await archive.restoreIndicator({ programmeId: pilot, indicatorId })).toEqual({ ok: true, value: undefined });
    expect(eventsOf("indicator.restored")[0]?.changes?.before).toMatchObject({ reason: REASON });
    expect(await listed()).toContain(indicatorId);
    expect(await inReport()).toContain(indicatorId);
    expect(inDashboard()).toBe(before.dashboard);
    expect(await archive.restoreIndicator({ programmeId: pilot, indicatorId })).toEqual({
      ok: false,
      error: "notArchived",
    });
  });

  it("is refused to those who may not edit the programme, and changes nothing", async () => {
    as("teamlid");
    const indicatorId = firstId(schema.indicators);
    expect(await archive.archiveIndicator({ programmeId: pilot, indicatorId }, { reason: REASON })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(
      db.select().from(schema.indicators).where(eq(schema.indicators.id, indicatorId)).get()?.archivedAt,
    ).toBeNull();
    expect((await archiveState({ kind: "indicator", id: indicatorId, programmeId: pilot })).mayArchive).toBe(false);
  });
});

describe("what is archived takes nothing more", () => {
  it("refuses a finding to an archived study and a change of an archived lesson", async () => {
    as("manager");
    const studyId = firstId(schema.studies);
    await archive.archiveStudy({ programmeId: pilot, studyId }, { reason: REASON });
    const finding = { title: "Nieuw", description: "Iets gezien.", interpretation: "", links: [] };
    expect(await createFinding({ programmeId: pilot, studyId }, finding)).toEqual({
      ok: false,
      error: "archivedStudy",
    });
    await archive.restoreStudy({ programmeId: pilot, studyId });
    expect(await createFinding({ programmeId: pilot, studyId }, finding)).toMatchObject({ ok: true });

    const lesson = db.select().from(schema.lessons).where(eq(schema.lessons.programmeId, pilot)).get();
    if (!lesson) throw new Error("the pilot has lessons");
    const found = async () => (await searchLessons({ query: lesson.title })).lessons.map((l) => l.id);
    expect(await found()).toContain(lesson.id);
    await archive.archiveLesson({ lessonId: lesson.id }, { reason: REASON });
    expect(await found()).not.toContain(lesson.id);
    const edit = { title: "Anders", body: lesson.body, context: "", tags: [], version: lesson.updatedAt.getTime() };
    expect(await updateLesson({ lessonId: lesson.id }, edit)).toEqual({ ok: false, error: "archivedLesson" });
    await archive.restoreLesson({ lessonId: lesson.id });
    expect(await found()).toContain(lesson.id);
  });

  it("refuses a new link from a finding to an archived assumption, also when the request is made by hand", async () => {
    as("manager");
    const studyId = firstId(schema.studies);
    const assumption = db
      .select()
      .from(schema.assumptions)
      .where(and(eq(schema.assumptions.programmeId, pilot), isNull(schema.assumptions.archivedAt)))
      .get();
    if (!assumption) throw new Error("the pilot has assumptions");
    await archive.archiveAssumption({ programmeId: pilot, assumptionId: assumption.id }, { reason: REASON });
    const finding = {
      title: "Gekoppeld",
      description: "Iets gezien.",
      interpretation: "",
      links: [{ hypothesisId: null, assumptionId: assumption.id, verdict: "ondersteunt" as const }],
    };
    const findingsBefore = db.select().from(schema.findings).all().length;
    expect(await createFinding({ programmeId: pilot, studyId }, finding)).toEqual({ ok: false, error: "invalid" });
    expect(db.select().from(schema.findings).all()).toHaveLength(findingsBefore);
    await archive.restoreAssumption({ programmeId: pilot, assumptionId: assumption.id });
    expect(await createFinding({ programmeId: pilot, studyId }, finding)).toMatchObject({ ok: true });
  });

  it("refuses additions to an archived programme and restores inside it, until the programme is back", async () => {
    as("manager");
    const indicatorId = firstId(schema.indicators);
    const visible = async () => (await listProgrammes()).map((p) => p.id);
    const dashboard = () => loadDashboard(db, people.management as Viewer, dashboardOptions).rows;
    await archive.archiveIndicator({ programmeId: pilot, indicatorId }, { reason: REASON });
    expect(await archive.archiveProgramme({ programmeId: pilot }, { reason: REASON })).toMatchObject({ ok: true });

    expect(await visible()).not.toContain(pilot);
    expect(pilotRow(dashboard())).toBeUndefined();
    expect(await archivedCount({ kind: "programme" })).toBe(1);
    const input = {
      name: "Nieuw",
      unit: "x",
      kind: "aantal",
      direction: "hoger",
      frequency: "maandelijks",
      contribution: "direct",
      basis: { tocElementId: null, hypothesisId: null },
    } as unknown as Parameters<typeof createIndicator>[1];
    expect(await createIndicator({ programmeId: pilot }, input)).toEqual({ ok: false, error: "archivedProgramme" });
    expect(await archive.restoreIndicator({ programmeId: pilot, indicatorId })).toEqual({
      ok: false,
      error: "archivedProgramme",
    });
    // Its pages still open, with the banner: the state says who archived it and what may be done.
    expect(await archiveState({ kind: "programme", id: pilot })).toMatchObject({
      archived: { reason: REASON },
      mayRestore: true,
    });
    expect(await archiveState({ kind: "indicator", id: indicatorId, programmeId: pilot })).toMatchObject({
      programmeArchived: true,
      mayRestore: false,
    });

    expect(await archive.restoreProgramme({ programmeId: pilot })).toMatchObject({ ok: true });
    expect(await visible()).toContain(pilot);
    expect(pilotRow(dashboard())).toBeDefined();
    expect(await archive.restoreIndicator({ programmeId: pilot, indicatorId })).toMatchObject({ ok: true });
  });
});

describe("the JSON export of the gemeente", () => {
  it("holds archived records, marked as archived with who and why", async () => {
    as("manager");
    const indicatorId = firstId(schema.indicators);
    await archive.archiveIndicator({ programmeId: pilot, indicatorId }, { reason: REASON });
    as("beheerder");
    const data = (await exportOrganisation()) as unknown as Record<string, Record<string, unknown>[]>;
    const row = data.indicators?.find((r) => r.id === indicatorId);
    expect(row).toMatchObject({ archived: true, archiveReason: REASON, archivedById: people.manager?.userId });
    expect(data.indicators?.filter((r) => r.id !== indicatorId).every((r) => r.archived === false)).toBe(true);
    as("manager");
    await archive.restoreIndicator({ programmeId: pilot, indicatorId });
  });
});

describe("deleting", () => {
  const hypothesis = {
    activity: "Per vergissing",
    change: "meer",
    targetGroup: "ouderen",
    mechanism: "omdat",
    notes: "",
    status: "open",
    elementIds: [],
  } as unknown as Parameters<typeof createHypothesis>[1];

  it("deletes a fresh mistake of its maker, with the deleted row in the audit trail", async () => {
    as("manager");
    const made = await createHypothesis({ programmeId: pilot }, hypothesis);
    if (!made.ok) throw new Error("made");
    const hypothesisId = made.value.hypothesisId;
    expect((await archiveState({ kind: "hypothesis", id: hypothesisId, programmeId: pilot })).mayDelete).toBe(true);
    expect(await archive.deleteHypothesis({ programmeId: pilot, hypothesisId })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(db.select().from(schema.hypotheses).where(eq(schema.hypotheses.id, hypothesisId)).get()).toBeUndefined();
    const [deleted] = eventsOf("hypothesis.deleted");
    expect(deleted?.entityId).toBe(String(hypothesisId));
    expect(deleted?.changes?.before).toMatchObject({ id: hypothesisId, activity: "Per vergissing" });
  });

  it("refuses after a day, and once something refers to it", async () => {
    as("manager");
    const made = await createHypothesis({ programmeId: pilot }, hypothesis);
    if (!made.ok) throw new Error("made");
    const hypothesisId = made.value.hypothesisId;
    const ref = { programmeId: pilot, hypothesisId };

    const assumption = await createAssumption(
      { programmeId: pilot },
      { statement: "Hangt eraan", criticality: "laag", testPlan: "", basis: { hypothesisId, tocLinkId: null } },
    );
    expect(assumption.ok).toBe(true);
    expect((await archiveState({ kind: "hypothesis", id: hypothesisId, programmeId: pilot })).mayDelete).toBe(false);
    expect(await archive.deleteHypothesis(ref)).toEqual({ ok: false, error: "deleteInUse" });

    const lonely = await createHypothesis({ programmeId: pilot }, hypothesis);
    if (!lonely.ok) throw new Error("made");
    const yesterday = new Date(Date.now() - 25 * 60 * 60 * 1000);
    db.update(schema.hypotheses)
      .set({ createdAt: yesterday })
      .where(eq(schema.hypotheses.id, lonely.value.hypothesisId))
      .run();
    expect(await archive.deleteHypothesis({ programmeId: pilot, hypothesisId: lonely.value.hypothesisId })).toEqual({
      ok: false,
      error: "deleteTooLate",
    });
    expect(db.select().from(schema.hypotheses).where(eq(schema.hypotheses.id, hypothesisId)).get()).toBeDefined();
  });

  it("is for the maker or the beheerder only", async () => {
    as("manager");
    const indicatorInput = {
      name: "Per vergissing",
      unit: "x",
      kind: "aantal",
      direction: "hoger",
      frequency: "maandelijks",
      contribution: "direct",
      basis: { tocElementId: null, hypothesisId: null },
    } as unknown as Parameters<typeof createIndicator>[1];
    const made = await createIndicator({ programmeId: pilot }, indicatorInput);
    if (!made.ok) throw new Error("made");
    const ref = { programmeId: pilot, indicatorId: made.value.indicatorId };

    // The programme's team member may not edit it at all; the beheerder may delete what others made by mistake.
    as("teamlid");
    expect(await archive.deleteIndicator(ref)).toEqual({ ok: false, error: "forbidden" });
    as("beheerder");
    expect((await archiveState({ kind: "indicator", id: ref.indicatorId, programmeId: pilot })).mayDelete).toBe(true);
    expect(await archive.deleteIndicator(ref)).toMatchObject({ ok: true });

    // A page of the pilot, made by the manager: its team member may write pages, but not delete the manager's.
    const page = db
      .select()
      .from(schema.pages)
      .where(and(eq(schema.pages.programmeId, pilot)))
      .get();
    if (!page) throw new Error("the pilot has pages");
    db.update(schema.pages).set({ createdAt: new Date() }).where(eq(schema.pages.id, page.id)).run();
    db.delete(schema.pageComments).where(eq(schema.pageComments.pageId, page.id)).run();
    as("teamlid");
    expect(await archive.deletePage({ pageId: page.id })).toEqual({ ok: false, error: "forbidden" });
    expect(eventsOf("access.refused")[0]).toMatchObject({ actorId: people.teamlid?.userId, entityId: String(page.id) });
  });
});

describe("changing route", () => {
  it("archives the unfinished steps the person confirmed, keeps the ones they chose, and refuses a stale confirmation", async () => {
    as("management");
    const { current: decision, steps } = await getRouteSummary();
    if (!decision) throw new Error("the demo gemeente has chosen a route");
    const other = decision.primaryRoute === "training" ? "strategische-start" : "training";
    const input = { primaryRoute: other, secondaryRoute: null, rationale: "Wij kiezen nu voor leren." } as never;
    const planned = await stepsArchivedByDecision(input);
    const unfinished = steps.filter((s) => s.status !== "klaar").map((s) => s.id);
    expect(planned.map((s) => s.id).sort()).toEqual(unfinished.sort());
    const [kept, ...archived] = planned.map((s) => s.id);
    if (kept === undefined) throw new Error("the demo roadmap has unfinished steps");

    const decisions = () => db.select().from(schema.routeDecisions).all().length;
    const count = decisions();
    expect(await recordDecision(input, null, { archive: archived, keep: [] })).toEqual({
      ok: false,
      error: "roadmapChanged",
    });
    expect(await recordDecision(input, null, { archive: [], keep: [] })).toEqual({
      ok: false,
      error: "roadmapChanged",
    });
    expect(decisions()).toBe(count);

    expect(await recordDecision(input, null, { archive: [kept, ...archived], keep: [kept] })).toMatchObject({
      ok: true,
    });
    const after = await getRouteSummary();
    expect(after.steps.map((s) => s.id)).toContain(kept);
    for (const id of archived) expect(after.steps.map((s) => s.id)).not.toContain(id);
    const row = db
      .select()
      .from(schema.roadmapSteps)
      .where(eq(schema.roadmapSteps.id, archived[0] ?? 0))
      .get();
    expect(row).toMatchObject({ archivedById: people.management?.userId, archiveReason: "Wij kiezen nu voor leren." });
    expect((await listArchived({ kind: "roadmapStep" })).rows.map((r) => r.id)).toEqual(
      expect.arrayContaining(archived),
    );
    expect(eventsOf("route.decided")[0]?.changes?.after).toMatchObject({ stepsArchived: archived, stepsKept: [kept] });
  });
});
