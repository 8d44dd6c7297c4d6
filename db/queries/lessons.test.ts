// Changing a lesson against the demo database: who may, what the search then finds, and a save from an older text
// that changes nothing.
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";
import { ForbiddenError, NotFoundError } from "../errors";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");

const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { createLesson, getLesson, getLessonForEdit, LESSONS_PAGE_SIZE, mayEditLesson, searchLessons, updateLesson } =
  await import("./lessons");

const PILOT_LESSON = "Oude contacten herstellen weegt zwaarder dan nieuwe maken";
let db: AppDatabase;
const people: Record<string, Viewer> = {};

const viewerFor = (email: string): Viewer => demoViewer(db, email);

const as = (who: string) => {
  current.viewer = people[who];
};

const pilotLessonId = () =>
  db.select({ id: schema.lessons.id }).from(schema.lessons).where(eq(schema.lessons.title, PILOT_LESSON)).get()?.id ??
  0;

beforeAll(async () => {
  ({ db } = await demoDatabase());
  for (const [who, email] of Object.entries({
    programmamanager: "manager@voorbeeld.example",
    teamlid: "team@voorbeeld.example",
    partner: "partner@voorbeeld.example",
    testdorp: "beheerder@testdorp.example",
  })) {
    people[who] = viewerFor(email);
  }
});

describe("changing a lesson", () => {
  it("saves the new words with an audit event, and the search finds them instead of the old", async () => {
    as("programmamanager");
    const lessonId = pilotLessonId();
    const before = await getLessonForEdit({ lessonId });
    const result = await updateLesson(
      { lessonId },
      {
        title: PILOT_LESSON,
        body: "Herstel van oude banden met kwetsbaarheidsbesef.",
        context: "",
        tags: ["contact"],
        version: before.version,
      },
    );
    expect(result).toEqual({ ok: true, value: { lessonId } });

    const after = await getLesson({ lessonId });
    expect(after.body).toBe("Herstel van oude banden met kwetsbaarheidsbesef.");
    expect(after.tags).toEqual(["contact"]);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.version);
    expect((await searchLessons({ query: "kwetsbaarheidsbesef" })).lessons.map((l) => l.id)).toEqual([lessonId]);
    expect((await searchLessons({ query: before.body.split(" ")[0] ?? "" })).lessons.map((l) => l.id)).not.toContain(
      lessonId,
    );

    const event = db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.action, "lesson.updated"), eq(schema.auditEvents.entityId, String(lessonId))))
      .orderBy(desc(schema.auditEvents.id))
      .get();
    expect(event?.actorId).toBe(people.programmamanager?.userId);
    expect(JSON.stringify(event?.changes)).toContain(before.body);
  });

  it("refuses a save made from an older text and changes nothing", async () => {
    as("teamlid");
    const lessonId = pilotLessonId();
    const opened = await getLessonForEdit({ lessonId });
    as("programmamanager");
    await updateLesson(
      { lessonId },
      { title: PILOT_LESSON, body: "Eerst opgeslagen.", context: "", tags: [], version: opened.version },
    );
    as("teamlid");
    const late = await updateLesson(
      { lessonId },
      { title: PILOT_LESSON, body: "Te laat.", context: "", tags: [], version: opened.version },
    );
    expect(late).toEqual({ ok: false, error: "lessonChanged" });
    expect((await getLesson({ lessonId })).body).toBe("Eerst opgeslagen.");
  });

  it("lets a partner read the pilot's lesson but not change it, and another gemeente not find it", async () => {
    const lessonId = pilotLessonId();
    as("partner");
    expect((await getLesson({ lessonId })).title).toBe(PILOT_LESSON);
    expect(await mayEditLesson({ lessonId })).toBe(false);
    await expect(getLessonForEdit({ lessonId })).rejects.toBeInstanceOf(ForbiddenError);
    const version = (await getLesson({ lessonId })).updatedAt.getTime();
    expect(
      await updateLesson({ lessonId }, { title: "Van de partner", body: "x", context: "", tags: [], version }),
    ).toEqual({ ok: false, error: "forbidden" });
    as("testdorp");
    await expect(getLessonForEdit({ lessonId })).rejects.toBeInstanceOf(NotFoundError);
    expect(
      await updateLesson({ lessonId }, { title: "Van Testdorp", body: "x", context: "", tags: [], version }),
    ).toEqual({ ok: false, error: "notFound" });
    as("programmamanager");
    expect((await getLesson({ lessonId })).title).toBe(PILOT_LESSON);
  });
});

describe("the library a screen at a time", () => {
  const pilotId = () =>
    db
      .select({ id: schema.programmes.id })
      .from(schema.programmes)
      .where(eq(schema.programmes.name, "Samen minder eenzaam in Oost"))
      .get()?.id ?? 0;

  it("covers every lesson of the filter exactly once, newest first or best match first, with the counts", async () => {
    as("programmamanager");
    const programmeId = pilotId();
    const made: number[] = [];
    for (let i = 0; i < LESSONS_PAGE_SIZE + 3; i++) {
      const result = await createLesson({
        title: `Wekelijkse les ${i}`,
        body: `Wat we leerden over het zeldzamewoord${i % 2 === 0 ? " buurtsoep" : ""}.`,
        context: "",
        tags: ["paginering"],
        findingId: null,
        programmeId,
        sessionId: null,
      });
      if (!result.ok) throw new Error(result.error);
      made.push(result.value.lessonId);
    }
    const first = await searchLessons({ tag: "paginering" });
    expect(first).toMatchObject({ matching: made.length, page: 1, pageCount: 2 });
    expect(first.total).toBeGreaterThan(first.matching);
    expect(first.lessons).toHaveLength(LESSONS_PAGE_SIZE);
    expect(first.lessons[0]?.id).toBe(made.at(-1));
    const second = await searchLessons({ tag: "paginering", page: 2 });
    const seen = [...first.lessons, ...second.lessons].map((l) => l.id);
    expect(seen).toHaveLength(made.length);
    expect(new Set(seen)).toEqual(new Set(made));
    expect((await searchLessons({ tag: "paginering", page: 9 })).page).toBe(2);

    // Words typed filter before the limit: only the lessons with "buurtsoep", all on one screen, best match first.
    const soup = made.filter((_, i) => i % 2 === 0);
    const found = await searchLessons({ query: "buurtsoep", tag: "paginering" });
    expect(found.matching).toBe(soup.length);
    expect(found.pageCount).toBe(1);
    expect(new Set(found.lessons.map((l) => l.id))).toEqual(new Set(soup));
    // Another gemeente counts none of them.
    as("testdorp");
    expect((await searchLessons({ tag: "paginering" })).matching).toBe(0);
  });

  it("pages through what words find in the order of the best match, older lessons included", async () => {
    as("programmamanager");
    const add = async (title: string, body: string) => {
      const result = await createLesson({
        title,
        body,
        context: "",
        tags: [],
        findingId: null,
        programmeId: pilotId(),
        sessionId: null,
      });
      if (!result.ok) throw new Error(result.error);
      return result.value.lessonId;
    };
    // The best match is the oldest: newest first would put it last.
    const best = await add("Kiemwoord", "Kiemwoord kiemwoord kiemwoord.");
    const rest: number[] = [];
    for (let i = 0; i < LESSONS_PAGE_SIZE + 1; i++) {
      rest.push(await add(`Les ${i}`, `${"Een lange tekst over iets anders. ".repeat(4)}Ook het kiemwoord.`));
    }
    const first = await searchLessons({ query: "kiemwoord" });
    expect(first).toMatchObject({ matching: rest.length + 1, page: 1, pageCount: 2 });
    expect(first.lessons).toHaveLength(LESSONS_PAGE_SIZE);
    expect(first.lessons[0]?.id).toBe(best);
    const second = await searchLessons({ query: "kiemwoord", page: 2 });
    expect(second.lessons).toHaveLength(2);
    const seen = [...first.lessons, ...second.lessons].map((l) => l.id);
    expect(new Set(seen)).toEqual(new Set([best, ...rest]));
    expect(seen).toHaveLength(rest.length + 1);
    // A filter that leaves none, and words that find none.
    expect((await searchLessons({ query: "kiemwoord", programme: "none" })).matching).toBe(0);
    expect((await searchLessons({ query: "woordzonderles" })).lessons).toEqual([]);
  });
});
