// A finding archived because the partner's report it came from was reopened, against the demo data: every read of
// findings leaves it out (the timeline, the report and its PDF, the studies, the cycle, the evidence trail, the choices
// of the forms and what a correction or lesson names as its source), and no form links to it or changes it again.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may see is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { addActionItem, addAssumption, addStudy, createProgramme } = await import("../fixtures");
const { demoViewer } = await import("./demo-viewer");
const findingsApi = await import("./findings");
const trail = await import("./evidence-trail");
const { programmeTimelineEvents } = await import("./programme-timeline");
const { getProgrammeReport } = await import("./report");
const { listStudies } = await import("./studies");
const { getCycle } = await import("./programme-cycle");
const { correctionReasonOptions, getCorrection } = await import("./corrections");
const { proposeCorrection } = await import("./correction-changes");
const { createLesson, getLesson, newLessonOptions } = await import("./lessons");
const { getReflectionSession } = await import("./reflections");

let db: AppDatabase;
let close = () => {};
let w: Awaited<ReturnType<typeof world>>;

const LIVE = "Buurtbewoners komen vaker als de koffie gratis is";
const ARCHIVED = "Bewoners uit de flat komen niet";

const correction = (findingIds: number[]) => ({
  title: `Gratis koffie ${findingIds.join("-")}`,
  whatChanges: "De koffie wordt gratis.",
  why: "Het helpt.",
  decisionLevel: "team" as const,
  tocChange: null,
  findingIds,
  learningQuestionIds: [],
  indicatorIds: [],
  lessonIds: [],
});

/**
 * A programme in its leren phase with a study holding a live finding (without a duiding) and one from a partner's
 * report (with a duiding) that, before it was archived, moved an assumption's status, was the reason of a correction
 * and the source of a lesson.
 */
async function world() {
  const programme = createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Gearchiveerde bevinding ${Math.random().toString(36).slice(2)}`,
    societalChallenge: "Eenzaamheid.",
    owner: "manager@voorbeeld.example",
    team: ["team@voorbeeld.example"],
    partners: ["Stichting Buurtkracht"],
  });
  db.update(schema.programmes).set({ phase: "leren" }).where(eq(schema.programmes.id, programme.id)).run();
  const ids = {
    programmeId: programme.id,
    studyId: addStudy(db, programme, { title: "Inbreng", researchQuestion: "?" }).id,
  };
  const assumptionId = addAssumption(db, programme, { statement: "Nabijheid telt", criticality: "hoog" }).id;
  const { sessionId } = addActionItem(db, programme, {
    description: "Bellen",
    owner: "team@voorbeeld.example",
    dueDate: null,
  });
  current.viewer = demoViewer(db, "manager@voorbeeld.example");
  const link = [{ hypothesisId: null, assumptionId, verdict: "weerspreekt" as const }];
  const add = async (title: string, interpretation: string) => {
    const made = await findingsApi.createFinding(ids, { title, description: "Gezien.", interpretation, links: link });
    if (!made.ok) throw new Error("no finding");
    return made.value.findingId;
  };
  const live = await add(LIVE, "");
  const archived = await add(ARCHIVED, "Afstand weegt zwaarder dan gedacht.");
  const version = db.select().from(schema.assumptions).where(eq(schema.assumptions.id, assumptionId)).get()?.version;
  const change = { status: "weerlegd" as const, reason: "De flat komt niet.", version: version ?? 1 };
  expect(await trail.updateAssumptionFromFinding({ ...ids, findingId: archived, assumptionId }, change)).toMatchObject({
    ok: true,
  });
  const proposed = await proposeCorrection({ programmeId: programme.id }, correction([archived]));
  const lesson = await createLesson({
    title: "Ga naar de flat toe",
    body: "Wie ver woont, komt niet vanzelf.",
    context: "",
    tags: [],
    programmeId: programme.id,
    sessionId: null,
    findingId: archived,
  });
  if (!proposed.ok || !lesson.ok) throw new Error("not made");
  // As reopening the partner's report archives it (submission-reopen.ts).
  db.update(schema.findings)
    .set({ archivedAt: new Date(), archivedById: current.viewer.userId, archiveReason: "Rapportage heropend" })
    .where(eq(schema.findings.id, archived))
    .run();
  return { ...ids, assumptionId, sessionId, live, archived, ...proposed.value, lessonId: lesson.value.lessonId };
}

beforeAll(async () => {
  ({ db, close } = await demoDatabase("archived-findings"));
  w = await world();
});

afterAll(() => {
  close();
});

const titles = (rows: { title: string }[]) => rows.map((row) => row.title);

describe("an archived finding is left out of", () => {
  it("the programme's timeline", async () => {
    const events = (await programmeTimelineEvents({ programmeId: w.programmeId })).filter((e) => e.kind === "finding");
    expect(titles(events)).toEqual([LIVE]);
  });

  it("the programme report and its PDF, which count the findings of each study", async () => {
    const report = await getProgrammeReport({ programmeId: w.programmeId });
    expect(report.studies.find((study) => study.id === w.studyId)?.findingCount).toBe(1);
  });

  it("the list of studies, which counts their findings", async () => {
    expect((await listStudies({ programmeId: w.programmeId })).find((s) => s.id === w.studyId)?.findingCount).toBe(1);
  });

  it("the cycle's checklist: only the archived finding had a duiding", async () => {
    const { checklist } = await getCycle({ programmeId: w.programmeId });
    expect(checklist.items.find((item) => item.key === "interpretedFinding")?.met).toBe(false);
  });

  it("the evidence trail: the assumption's findings, the counts per round and the finding behind a status change", async () => {
    const ids = { programmeId: w.programmeId, assumptionId: w.assumptionId };
    expect((await trail.evidenceForAssumption(ids)).map((item) => item.findingTitle)).toEqual([LIVE]);
    expect(await trail.findingCountsByRound({ programmeId: w.programmeId })).toEqual([
      { round: 1, findings: 1, interpreted: 0, linked: 1 },
    ]);
    expect([...(await trail.statusChangeFindings(ids)).values()]).toEqual([]);
  });

  it("the choices of the forms: a correction's reasons, a lesson's source, a session's findings", async () => {
    const programmeId = w.programmeId;
    expect(titles((await correctionReasonOptions({ programmeId })).findings)).toEqual([LIVE]);
    const options = (await newLessonOptions()).findings.filter((f) => f.id === w.live || f.id === w.archived);
    expect(titles(options)).toEqual([LIVE]);
    const session = await getReflectionSession({ programmeId, sessionId: w.sessionId });
    expect(titles(session.findings)).toEqual([LIVE]);
  });

  it("what a correction and a lesson name as their source", async () => {
    const made = await getCorrection({ programmeId: w.programmeId, correctionId: w.correctionId });
    expect(made.reasons.filter((reason) => reason.findingId !== null)).toEqual([]);
    expect(await getLesson({ lessonId: w.lessonId })).toMatchObject({ findingId: null, findingTitle: null });
  });
});

describe("an archived finding cannot be", () => {
  it("opened for editing or changed", async () => {
    const ids = { programmeId: w.programmeId, studyId: w.studyId };
    await expect(findingsApi.getFinding({ ...ids, findingId: w.archived })).rejects.toThrow("not found");
    const edit = { title: "Anders", description: "Anders.", interpretation: "", links: [], version: 1 };
    expect(await findingsApi.updateFinding({ ...ids, findingId: w.archived }, edit)).toEqual({
      ok: false,
      error: "notFound",
    });
    expect((await findingsApi.getFinding({ ...ids, findingId: w.live })).title).toBe(LIVE);
  });

  it("the evidence of a new status of an assumption", async () => {
    const ids = { programmeId: w.programmeId, studyId: w.studyId, assumptionId: w.assumptionId };
    const change = { status: "bevestigd" as const, reason: "Toch.", version: 99 };
    expect(await trail.updateAssumptionFromFinding({ ...ids, findingId: w.archived }, change)).toEqual({
      ok: false,
      error: "notFound",
    });
  });

  it("the reason of a new correction or the source of a new lesson", async () => {
    expect(await proposeCorrection({ programmeId: w.programmeId }, correction([w.archived]))).toMatchObject({
      ok: false,
      field: "findingIds",
    });
    expect(await proposeCorrection({ programmeId: w.programmeId }, correction([w.live]))).toMatchObject({ ok: true });
    const lesson = {
      title: "Nog een les",
      body: "Over de flat.",
      context: "",
      tags: [],
      programmeId: w.programmeId,
      sessionId: null,
    };
    expect(await createLesson({ ...lesson, findingId: w.archived })).toMatchObject({
      ok: false,
      error: "lessonFindingInvalid",
    });
    expect(await createLesson({ ...lesson, findingId: w.live })).toMatchObject({ ok: true });
  });
});
