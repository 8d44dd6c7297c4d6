// The version check of every edit, on a copy of the demo database in a file: a save made from an older version that
// would change what someone else saved is refused with the saved values, and nothing is written or audited; a save
// from the current version goes through and makes the next version.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";

const current = vi.hoisted(() => ({ viewer: undefined as Viewer | undefined }));
vi.mock("server-only", () => ({}));
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", () => ({
  getViewer: async () => current.viewer ?? null,
  requireViewer: async () => {
    if (!current.viewer) throw new Error("no viewer chosen");
    return current.viewer;
  },
}));

const directory = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "versions-"));
const pristine = path.join(directory, "pristine.db");
process.env.DATABASE_URL = path.join(directory, "unused.db");

const { openDatabase } = await import("../client");
const { runMigrations } = await import("../migrate");
const { seedDemo } = await import("../seed");
const { getDb } = await import("../index");
const { demoViewer } = await import("./demo-viewer");
const { CASES, addMatrixFixtures } = await import("./access-matrix.cases");
const reflections = await import("./reflections");
const routes = await import("./routes");
const hypotheses = await import("./hypotheses");
const correctionChanges = await import("./correction-changes");
const { listRecordHistory } = await import("./record-history");
const { fieldChanges } = await import("@/lib/domain/record-history");

const globalForDb = globalThis as unknown as { impactkoersDb?: AppDatabase };

beforeAll(async () => {
  const db = openDatabase(pristine);
  runMigrations(db);
  await seedDemo(db);
  addMatrixFixtures(db);
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
});

function closeConnection() {
  const db = globalForDb.impactkoersDb;
  if (!db) return;
  db.$client.close();
  globalForDb.impactkoersDb = undefined;
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${db.$client.name}${suffix}`, { force: true });
}

afterAll(() => {
  closeConnection();
  fs.rmSync(directory, { recursive: true, force: true });
});

let copies = 0;
/** A fresh copy of the demo database, as the connection db/index.ts hands out. */
function freshDatabase(): AppDatabase {
  closeConnection();
  copies += 1;
  const file = path.join(directory, `case-${copies}.db`);
  fs.copyFileSync(pristine, file);
  process.env.DATABASE_URL = file;
  return getDb();
}

const as = (db: AppDatabase, email: string) => {
  current.viewer = demoViewer(db, email);
  return current.viewer;
};

/** Per table but the audit trail: its rows, hashed. */
function contents(db: AppDatabase) {
  const names = db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    names
      .filter((name) => name !== "audit_events")
      .map((name) => {
        const rows = db.$client.prepare(`select * from "${name}"`).raw().all();
        return [name, createHash("sha1").update(JSON.stringify(rows)).digest("hex")];
      }),
  );
}

const auditCount = (db: AppDatabase) => Number(db.$client.prepare("select count(*) from audit_events").pluck().get());
const versionOf = (db: AppDatabase, table: string, id: number) =>
  Number(db.$client.prepare(`select version from ${table} where id = ?`).pluck().get(id));
const value = (db: AppDatabase, sql: string, ...params: (string | number)[]) =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params);

type Args = Record<string, unknown> & { input: { version: number } };

/** Where each versioned write keeps the record it edits: its table, and the argument holding its id. */
const RECORDS: Record<string, [table: string, id: string]> = {
  updateProgramme: ["programmes", "programmeId"],
  updateHypothesis: ["hypotheses", "hypothesisId"],
  updateAssumption: ["assumptions", "assumptionId"],
  changeAssumptionStatus: ["assumptions", "assumptionId"],
  updateAssumptionFromFinding: ["assumptions", "assumptionId"],
  updateStudy: ["studies", "studyId"],
  updateFinding: ["findings", "findingId"],
  updateLearningQuestion: ["learning_questions", "questionId"],
  answerLearningQuestion: ["learning_questions", "questionId"],
  updateReflectionSession: ["reflection_sessions", "sessionId"],
  changeRole: ["memberships", "memberId"],
  setUserActive: ["memberships", "memberId"],
  updateRoadmapStep: ["roadmap_steps", "stepId"],
  setRoadmapStepStatus: ["roadmap_steps", "stepId"],
};

const VERSIONED = CASES.filter((c) => c.write in RECORDS).map((c) => [`${c.write} on ${c.on}`, c] as const);

describe("every edit checks the version it was opened on", () => {
  it("covers every versioned write of the data layer", () => {
    expect(new Set(VERSIONED.map(([, c]) => c.write))).toEqual(new Set(Object.keys(RECORDS)));
  });

  it.each(VERSIONED)("%s: refuses a save from an older version and changes nothing", async (_name, writeCase) => {
    const db = freshDatabase();
    const viewer = as(db, "beheerder@voorbeeld.example");
    const ctx = { db, viewer };
    const args = writeCase.prepare(ctx) as Args;
    const [table, idArg] = RECORDS[writeCase.write] ?? ["", ""];
    const id = args[idArg] as number;
    const opened = versionOf(db, table, id);
    expect(args.input.version).toBe(opened);
    // Someone else saves in between: the record moves on one version.
    db.$client.prepare(`update ${table} set version = version + 1 where id = ?`).run(id);
    const [before, audited] = [contents(db), auditCount(db)];

    const answer = await writeCase.run(args, ctx);

    expect(answer).toMatchObject({ ok: false, error: "changedMeanwhile", conflict: { version: opened + 1 } });
    expect((answer as { conflict: { changed: string[] } }).conflict.changed.length).toBeGreaterThan(0);
    expect(contents(db), "nothing changed").toEqual(before);
    expect(auditCount(db), "nothing audited").toBe(audited);
    expect(writeCase.written(ctx, args)).toBe(false);
  });

  it.each(VERSIONED)("%s: saves from the current version and makes the next one", async (_name, writeCase) => {
    const db = freshDatabase();
    const viewer = as(db, "beheerder@voorbeeld.example");
    const ctx = { db, viewer };
    const args = writeCase.prepare(ctx) as Args;
    const [table, idArg] = RECORDS[writeCase.write] ?? ["", ""];
    const id = args[idArg] as number;
    const opened = versionOf(db, table, id);
    const audited = auditCount(db);

    expect(await writeCase.run(args, ctx)).toMatchObject({ ok: true });

    expect(writeCase.written(ctx, args)).toBe(true);
    expect(versionOf(db, table, id)).toBe(opened + 1);
    expect(auditCount(db)).toBeGreaterThan(audited);
  });
});

describe("two people changing the same reflection session", () => {
  it("shows the second what the first saved, by whom, and lets them save their own version deliberately", async () => {
    const db = freshDatabase();
    const sessionId = Number(value(db, "select id from reflection_sessions where title = ?", "Reflectie oktober"));
    const programmeId = Number(value(db, "select programme_id from reflection_sessions where id = ?", sessionId));
    const ids = { programmeId, sessionId };
    const opened = versionOf(db, "reflection_sessions", sessionId);
    const saved = {
      title: "Reflectie oktober",
      heldOn: String(value(db, "select held_on from reflection_sessions where id = ?", sessionId)),
      participantIds: (
        db.$client
          .prepare("select user_id from session_participants where session_id = ?")
          .pluck()
          .all(sessionId) as number[]
      ).sort((a, b) => a - b),
      guests: "",
    };

    as(db, "team@voorbeeld.example");
    const first = await reflections.updateReflectionSession(ids, {
      ...saved,
      title: "Reflectie oktober (verplaatst)",
      version: opened,
    });
    expect(first).toEqual({ ok: true, value: undefined });

    as(db, "manager@voorbeeld.example");
    const mine = { ...saved, guests: "wijkagent", version: opened };
    const second = await reflections.updateReflectionSession(ids, mine);
    expect(second).toMatchObject({
      ok: false,
      error: "changedMeanwhile",
      conflict: {
        version: opened + 1,
        changed: ["title", "guests"],
        saved: { title: "Reflectie oktober (verplaatst)", guests: "" },
        savedByName: value(db, "select name from users where email = ?", "team@voorbeeld.example"),
      },
    });
    expect(value(db, "select guests from reflection_sessions where id = ?", sessionId)).toBe("");

    // Having seen both, the manager keeps the new title and adds the guest.
    const third = await reflections.updateReflectionSession(ids, {
      ...mine,
      title: "Reflectie oktober (verplaatst)",
      version: opened + 1,
    });
    expect(third).toEqual({ ok: true, value: undefined });
    expect(value(db, "select guests from reflection_sessions where id = ?", sessionId)).toBe("wijkagent");
    expect(versionOf(db, "reflection_sessions", sessionId)).toBe(opened + 2);
  });

  it("lets a save from an older version through when it changes nothing someone else saved differently", async () => {
    const db = freshDatabase();
    const sessionId = Number(value(db, "select id from reflection_sessions where title = ?", "Reflectie oktober"));
    const programmeId = Number(value(db, "select programme_id from reflection_sessions where id = ?", sessionId));
    const opened = versionOf(db, "reflection_sessions", sessionId);
    const details = {
      title: "Reflectie oktober",
      heldOn: String(value(db, "select held_on from reflection_sessions where id = ?", sessionId)),
      participantIds: db.$client
        .prepare("select user_id from session_participants where session_id = ?")
        .pluck()
        .all(sessionId) as number[],
      guests: "",
    };
    // Two people add the same guest from the same version: the second save loses nothing of the first.
    as(db, "team@voorbeeld.example");
    const changed = { ...details, guests: "wijkagent", version: opened };
    expect(await reflections.updateReflectionSession({ programmeId, sessionId }, changed)).toMatchObject({ ok: true });
    as(db, "manager@voorbeeld.example");
    expect(await reflections.updateReflectionSession({ programmeId, sessionId }, changed)).toMatchObject({ ok: true });
  });
});

describe("the quick status of a roadmap step", () => {
  it("is refused when the step was changed meanwhile, and goes through once the status asked for is saved", async () => {
    const db = freshDatabase();
    const stepId = Number(
      value(db, "select id from roadmap_steps where status = 'te_doen' and archived_at is null order by position"),
    );
    const opened = versionOf(db, "roadmap_steps", stepId);
    as(db, "management@voorbeeld.example");
    const step = { status: "te_doen" as const, ownerId: null, dueDate: null, notes: "Eerst de wethouder spreken." };
    expect(await routes.updateRoadmapStep({ stepId }, { ...step, version: opened })).toMatchObject({ ok: true });

    as(db, "manager@voorbeeld.example");
    const audited = auditCount(db);
    expect(await routes.setRoadmapStepStatus({ stepId }, { status: "klaar", version: opened })).toMatchObject({
      ok: false,
      error: "changedMeanwhile",
      conflict: { version: opened + 1, changed: ["status"], saved: { status: "te_doen" } },
    });
    expect(value(db, "select status from roadmap_steps where id = ?", stepId)).toBe("te_doen");
    expect(auditCount(db)).toBe(audited);

    // Someone else marks it done from the same old roadmap: nothing of theirs is lost by a second "klaar".
    as(db, "management@voorbeeld.example");
    expect(await routes.setRoadmapStepStatus({ stepId }, { status: "klaar", version: opened + 1 })).toMatchObject({
      ok: true,
    });
    as(db, "manager@voorbeeld.example");
    expect(await routes.setRoadmapStepStatus({ stepId }, { status: "klaar", version: opened })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(versionOf(db, "roadmap_steps", stepId)).toBe(opened + 2);
  });
});

describe("a course correction", () => {
  it("makes a new version with each step it takes", async () => {
    const db = freshDatabase();
    const correctionId = Number(value(db, "select id from course_corrections where status = 'voorgesteld'"));
    const programmeId = Number(value(db, "select programme_id from course_corrections where id = ?", correctionId));
    const opened = versionOf(db, "course_corrections", correctionId);
    as(db, "management@voorbeeld.example");
    expect(
      await correctionChanges.decideCorrection({ programmeId, correctionId }, { decision: "afgewezen", note: "Nee." }),
    ).toMatchObject({ ok: true });
    expect(versionOf(db, "course_corrections", correctionId)).toBe(opened + 1);
  });
});

describe("the history of a hypothesis", () => {
  it("names who changed which field from what to what, the linked elements included", async () => {
    const db = freshDatabase();
    const hypothesisId = Number(value(db, "select id from hypotheses order by id"));
    const programmeId = Number(value(db, "select programme_id from hypotheses where id = ?", hypothesisId));
    const elementId = Number(value(db, "select id from toc_elements where programme_id = ? order by id", programmeId));
    as(db, "manager@voorbeeld.example");
    const hypothesis = await hypotheses.getHypothesis({ programmeId, hypothesisId });
    const { id: _id, elements, version, ...fields } = hypothesis;
    const elementIds = elements.some((e) => e.id === elementId)
      ? elements.filter((e) => e.id !== elementId).map((e) => e.id)
      : [...elements.map((e) => e.id), elementId];
    expect(
      await hypotheses.updateHypothesis(
        { programmeId, hypothesisId },
        { ...fields, mechanism: "buren elkaar vertrouwen", elementIds, version },
      ),
    ).toMatchObject({ ok: true });

    as(db, "team@voorbeeld.example");
    const history = await listRecordHistory({
      programmeId,
      entityType: "hypothesis",
      entityId: hypothesisId,
      actions: hypotheses.HYPOTHESIS_SAVES,
    });
    const [latest] = history.events;
    expect(latest?.actorName).toBe(value(db, "select name from users where email = ?", "manager@voorbeeld.example"));
    expect(fieldChanges(latest?.changes ?? null, ["mechanism", "elementIds"]).map((c) => c.field)).toEqual([
      "mechanism",
      "elementIds",
    ]);
    expect(fieldChanges(latest?.changes ?? null, ["mechanism"])).toEqual([
      { field: "mechanism", before: fields.mechanism, after: "buren elkaar vertrouwen" },
    ]);
  });

  it("is not found for someone of another gemeente", async () => {
    const db = freshDatabase();
    const hypothesisId = Number(value(db, "select id from hypotheses order by id"));
    const programmeId = Number(value(db, "select programme_id from hypotheses where id = ?", hypothesisId));
    as(db, "beheerder@testdorp.example");
    await expect(
      listRecordHistory({
        programmeId,
        entityType: "hypothesis",
        entityId: hypothesisId,
        actions: ["hypothesis.updated"],
      }),
    ).rejects.toThrow(/not found/i);
  });
});
