// A programme's reflection sessions a screen at a time against the demo database: every session on exactly one
// screen, latest first, the count, and nothing of another programme or gemeente.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { createProgramme } = await import("../fixtures");
const { demoViewer } = await import("./demo-viewer");
const { listReflectionSessions, SESSIONS_PAGE_SIZE } = await import("./reflections");

let db: AppDatabase;
let close = () => {};

function programmeWithSessions(count: number) {
  const programme = createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Testprogramma ${Math.random().toString(36).slice(2)}`,
    societalChallenge: "Eenzaamheid.",
    owner: "manager@voorbeeld.example",
    team: ["team@voorbeeld.example"],
    partners: [],
    startDate: "2020-01-01",
    endDate: "2027-12-31",
  });
  const viewer = demoViewer(db, "manager@voorbeeld.example");
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const heldOn = new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10);
    const row = db
      .insert(schema.reflectionSessions)
      .values({
        organisationId: viewer.organisationId,
        programmeId: programme.id,
        title: `Sessie ${i}`,
        heldOn,
        agenda: {},
        createdById: viewer.userId,
      })
      .returning({ id: schema.reflectionSessions.id })
      .get();
    ids.push(row.id);
  }
  return { programmeId: programme.id, ids };
}

beforeAll(async () => {
  ({ db, close } = await demoDatabase("reflection-list"));
  current.viewer = demoViewer(db, "manager@voorbeeld.example");
});

afterAll(() => {
  close();
});

describe("the list of reflection sessions", () => {
  it("shows every session of the programme on exactly one screen, latest first, with the count", async () => {
    const { programmeId, ids } = programmeWithSessions(SESSIONS_PAGE_SIZE * 2 + 1);
    programmeWithSessions(3);
    const first = await listReflectionSessions({ programmeId });
    expect(first).toMatchObject({ total: ids.length, page: 1, pageCount: 3 });
    expect(first.sessions).toHaveLength(SESSIONS_PAGE_SIZE);
    expect(first.sessions[0]?.id).toBe(ids.at(-1));
    const seen = [...first.sessions];
    for (let page = 2; page <= first.pageCount; page++) {
      seen.push(...(await listReflectionSessions({ programmeId, page })).sessions);
    }
    expect(seen.map((s) => s.id).sort((a, b) => a - b)).toEqual(ids);
    expect(seen.map((s) => s.heldOn)).toEqual([...seen.map((s) => s.heldOn)].sort().reverse());
    expect((await listReflectionSessions({ programmeId, page: 50 })).page).toBe(3);

    current.viewer = demoViewer(db, "beheerder@testdorp.example");
    await expect(listReflectionSessions({ programmeId })).rejects.toThrow();
    current.viewer = demoViewer(db, "manager@voorbeeld.example");
  });
});
