// The read API's collections on a real SQLite file with the demo data and a programme of Gemeente Testdorp: every
// record once when paging, the fields the OpenAPI document names, only the key's own gemeente, and an incremental
// refresh (changed_since) that learns of archiving, restoring, withdrawing, correcting and deleting.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { RECORD_SCHEMAS } from "@/app/api/v1/openapi-schemas";
import type { Viewer } from "@/lib/auth/viewer";
import { API_RESOURCES, type ApiResource } from "@/lib/domain/api-resources";
import type { AppDatabase } from "../client";

const current = vi.hoisted(() => ({ viewer: undefined as Viewer | undefined }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/viewer", () => ({
  getViewer: async () => current.viewer ?? null,
  requireViewer: async () => {
    if (!current.viewer) throw new Error("no viewer chosen");
    return current.viewer;
  },
}));

const directory = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "api-read-"));
const file = path.join(directory, "api.db");
process.env.DATABASE_URL = file;

const { openDatabase } = await import("../client");
const { runMigrations } = await import("../migrate");
const { seedDemo } = await import("../seed");
const { getDb } = await import("../index");
const { addIndicator, addStudy, createProgramme } = await import("../fixtures");
const { demoViewer } = await import("./demo-viewer");
const { createApiKey } = await import("./api-keys");
const archive = await import("./archive");
const { correctMeasurement, withdrawMeasurement } = await import("./measurements");
const { createLesson } = await import("./lessons");
const { collectionRoute } = await import("@/app/api/v1/serve");
const { defaultExpiryDay } = await import("@/lib/domain/api-keys");

const globalForDb = globalThis as unknown as { impactkoersDb?: AppDatabase };
let db: AppDatabase;
let voorbeeld: Viewer;
let testdorp: Viewer;
let voorbeeldKey: string;
let testdorpKey: string;

/** Every table of a collection and its rows of one gemeente. */
const TABLES: Record<Exclude<ApiResource, "deletions">, string> = {
  programmes: "programmes",
  indicators: "indicators",
  measurements: "measurements",
  assumptions: "assumptions",
  studies: "studies",
  findings: "findings",
  "course-corrections": "course_corrections",
  lessons: "lessons",
};

async function keyFor(viewer: Viewer, name: string) {
  current.viewer = viewer;
  const result = await createApiKey({ name, expiresOn: defaultExpiryDay() });
  if (!result.ok) throw new Error(result.error);
  return result.value.key;
}

beforeAll(async () => {
  process.env.API_RATE_LIMIT_PER_MINUTE = "100000";
  const setup = openDatabase(file);
  runMigrations(setup);
  await seedDemo(setup);
  const programme = createProgramme(setup, {
    gemeente: "Gemeente Testdorp",
    name: "Schuldhulp Testdorp",
    societalChallenge: "Inwoners met schulden vinden te laat hulp.",
    owner: "beheerder@testdorp.example",
    team: [],
    partners: [],
  });
  addIndicator(setup, programme, {
    name: "Aanmeldingen schuldhulp",
    unit: "aanmeldingen",
    baseline: { value: 10, date: "2026-01-01" },
    target: { value: 30, date: "2026-12-31" },
    measurements: [{ measuredOn: "2026-02-01", value: 12 }],
  });
  addStudy(setup, programme, { title: "Waarom zo laat?", researchQuestion: "Wat houdt inwoners tegen?" });
  setup.$client.close();
  db = getDb();
  voorbeeld = demoViewer(db, "beheerder@voorbeeld.example");
  testdorp = demoViewer(db, "beheerder@testdorp.example");
  voorbeeldKey = await keyFor(voorbeeld, "Power BI Voorbeeld");
  testdorpKey = await keyFor(testdorp, "Power BI Testdorp");
});

afterAll(() => {
  globalForDb.impactkoersDb?.$client.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

beforeEach(() => {
  current.viewer = voorbeeld;
});

type Page = {
  data: Record<string, unknown>[];
  page: number;
  has_more: boolean;
  next: string | null;
  next_cursor: string | null;
  changed_until: string;
};

async function get(resource: ApiResource, key: string, search = ""): Promise<Page> {
  const request = new NextRequest(`http://localhost:3000/api/v1/${resource}${search}`, {
    headers: { authorization: `Bearer ${key}` },
  });
  const response = await collectionRoute(resource)(request);
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

/** Every page of a collection, following `next`; with the moment up to which it read. */
async function readAll(resource: ApiResource, key: string, search = "?page_size=2") {
  const records: Record<string, unknown>[] = [];
  let page = await get(resource, key, search);
  const until = page.changed_until;
  for (;;) {
    records.push(...page.data);
    if (!page.next) break;
    expect(page.has_more).toBe(true);
    page = await get(resource, key, new URL(page.next).search);
  }
  return { records, until };
}

const ids = (records: Record<string, unknown>[]) => records.map((record) => record.id as number);
const idsIn = (table: string, organisationId: number) =>
  db.$client.prepare(`select id from ${table} where organisation_id = ? order by id`).pluck().all(organisationId);

describe("the collections", () => {
  it.each(API_RESOURCES.filter((resource) => resource !== "deletions"))(
    "%s: every record of the gemeente once, in order of change, with exactly the documented fields",
    async (resource) => {
      const { records } = await readAll(resource as ApiResource, voorbeeldKey);
      const table = TABLES[resource as keyof typeof TABLES];
      expect(records.length).toBeGreaterThan(0);
      expect([...ids(records)].sort((a, b) => a - b)).toEqual(idsIn(table, voorbeeld.organisationId));
      const moments = records.map((record) => String(record.modified_at));
      expect(moments).toEqual([...moments].sort());
      const documented = Object.keys((RECORD_SCHEMAS[resource as ApiResource] as { properties: object }).properties);
      for (const record of records) {
        expect(Object.keys(record)).toEqual(documented);
        expect(record.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      }
    },
  );

  it("gives a key only its own gemeente, also with another gemeente's cursor", async () => {
    for (const resource of ["programmes", "indicators", "measurements", "studies"] as const) {
      const ours = ids((await readAll(resource, voorbeeldKey)).records);
      const theirs = ids((await readAll(resource, testdorpKey)).records);
      expect(theirs, resource).toEqual(idsIn(TABLES[resource], testdorp.organisationId));
      expect(theirs.length, resource).toBeGreaterThan(0);
      expect(
        theirs.filter((id) => ours.includes(id)),
        resource,
      ).toEqual([]);
    }
    const first = await get("programmes", voorbeeldKey, "?page_size=1");
    const borrowed = await get("programmes", testdorpKey, `?cursor=${first.next_cursor}`);
    for (const record of borrowed.data) expect(idsIn("programmes", testdorp.organisationId)).toContain(record.id);
  });

  it("keeps the nested lists of a record: links of a finding, reasons of a correction, tags of a lesson", async () => {
    const findings = (await readAll("findings", voorbeeldKey)).records;
    expect(findings.some((finding) => (finding.links as unknown[]).length > 0)).toBe(true);
    const corrections = (await readAll("course-corrections", voorbeeldKey)).records;
    expect(corrections.some((c) => (c.finding_ids as unknown[]).length + (c.lesson_ids as unknown[]).length > 0)).toBe(
      true,
    );
    const lessons = (await readAll("lessons", voorbeeldKey)).records;
    expect(lessons.some((lesson) => (lesson.tags as unknown[]).length > 0)).toBe(true);
  });

  it.each(["measurements", "studies", "findings", "lessons"] as const)(
    "%s: names the partner organisation that brought a record in, and null for the gemeente's own",
    async (resource) => {
      const { records } = await readAll(resource, voorbeeldKey);
      const brought = db.$client
        .prepare(
          `select t.id, po.name from ${TABLES[resource]} t join partner_organisations po on po.id = t.partner_organisation_id
           where t.organisation_id = ? order by t.id`,
        )
        .all(voorbeeld.organisationId) as { id: number; name: string }[];
      expect(brought.length).toBeGreaterThan(0);
      const named = records
        .filter((record) => record.partner_organisation !== null)
        .map((record) => ({ id: record.id, name: record.partner_organisation }))
        .sort((a, b) => Number(a.id) - Number(b.id));
      expect(named).toEqual(brought);
      expect(named.every((record) => record.name === "Stichting Buurtkracht")).toBe(true);
      expect(records.filter((record) => record.partner_organisation === null).length).toBe(
        records.length - brought.length,
      );
    },
  );
});

describe("an incremental refresh", () => {
  it("learns that a programme was archived and restored; the archived one stays in the full list, marked", async () => {
    const { until } = await readAll("programmes", voorbeeldKey);
    const taalcafe = db.$client
      .prepare("select id from programmes where name = 'Taalcafé voor nieuwkomers'")
      .pluck()
      .get() as number;
    expect(await archive.archiveProgramme({ programmeId: taalcafe }, { reason: "Gestopt na de zomer" })).toMatchObject({
      ok: true,
    });

    const changed = await readAll("programmes", voorbeeldKey, `?changed_since=${encodeURIComponent(until)}`);
    expect(ids(changed.records)).toEqual([taalcafe]);
    expect(changed.records[0]).toMatchObject({ archived: true, archive_reason: "Gestopt na de zomer" });
    expect(changed.records[0]?.archived_at).toEqual(expect.stringMatching(/Z$/));
    const all = (await readAll("programmes", voorbeeldKey)).records;
    expect(all.find((programme) => programme.id === taalcafe)).toMatchObject({ archived: true });

    expect(await archive.restoreProgramme({ programmeId: taalcafe })).toMatchObject({ ok: true });
    const restored = await readAll("programmes", voorbeeldKey, `?changed_since=${encodeURIComponent(changed.until)}`);
    expect(restored.records.map((r) => [r.id, r.archived, r.archived_at])).toEqual([[taalcafe, false, null]]);
  });

  it("learns that a finding was archived (a partner's report reopened), and keeps it in the full list, marked", async () => {
    const { until } = await readAll("findings", voorbeeldKey);
    const findingId = db.$client
      .prepare(
        "select f.id from findings f join organisations o on o.id = f.organisation_id where o.slug = 'voorbeeld' order by f.id limit 1",
      )
      .pluck()
      .get() as number;
    db.$client
      .prepare("update findings set archived_at = ?, archive_reason = 'Rapportage heropend' where id = ?")
      .run(new Date(String(until)).getTime() + 1, findingId);
    const changed = await readAll("findings", voorbeeldKey, `?changed_since=${encodeURIComponent(until)}`);
    expect(changed.records.map((r) => [r.id, r.archived, r.archive_reason])).toEqual([
      [findingId, true, "Rapportage heropend"],
    ]);
    db.$client.prepare("update findings set archived_at = null, archive_reason = null where id = ?").run(findingId);
  });

  it("learns that a measurement was withdrawn and another corrected", async () => {
    const { until } = await readAll("measurements", voorbeeldKey);
    const [first, second] = db.$client
      .prepare(
        `select m.id, m.indicator_id as indicatorId, i.programme_id as programmeId, m.measured_on as measuredOn, m.value, m.version
         from measurements m join indicators i on i.id = m.indicator_id
         where m.organisation_id = ? and m.withdrawn_at is null and i.archived_at is null order by m.id limit 2`,
      )
      .all(voorbeeld.organisationId) as {
      id: number;
      indicatorId: number;
      programmeId: number;
      measuredOn: string;
      value: number;
      version: number;
    }[];
    if (!first || !second) throw new Error("the demo data has measurements");
    const ref = (m: typeof first) => ({ programmeId: m.programmeId, indicatorId: m.indicatorId, measurementId: m.id });
    expect(await withdrawMeasurement(ref(first), { reason: "Dubbel ingevoerd", version: first.version })).toMatchObject(
      {
        ok: true,
      },
    );
    const corrected = { measuredOn: second.measuredOn, value: second.value + 1, note: "Telfout hersteld" };
    expect(
      await correctMeasurement(ref(second), { ...corrected, reason: "Telfout", version: second.version }),
    ).toMatchObject({ ok: true });

    const changed = (await readAll("measurements", voorbeeldKey, `?changed_since=${encodeURIComponent(until)}`))
      .records;
    expect(ids(changed).sort((a, b) => a - b)).toEqual([first.id, second.id].sort((a, b) => a - b));
    expect(changed.find((m) => m.id === first.id)).toMatchObject({
      withdrawn: true,
      withdraw_reason: "Dubbel ingevoerd",
      withdrawn_at: expect.stringMatching(/Z$/),
    });
    expect(changed.find((m) => m.id === second.id)).toMatchObject({
      withdrawn: false,
      value: second.value + 1,
      corrected_at: expect.stringMatching(/Z$/),
    });
  });

  it("learns that something made by mistake was deleted", async () => {
    const { until } = await readAll("deletions", voorbeeldKey);
    const made = await createLesson({
      title: "Per ongeluk",
      body: "Dubbel aangemaakt.",
      context: "",
      tags: [],
      findingId: null,
      programmeId: null,
      sessionId: null,
    });
    if (!made.ok) throw new Error(made.error);
    const lessonId = (made.value as { lessonId: number }).lessonId;
    expect(ids((await readAll("lessons", voorbeeldKey)).records)).toContain(lessonId);
    expect(await archive.deleteLesson({ lessonId })).toMatchObject({ ok: true });

    expect(ids((await readAll("lessons", voorbeeldKey)).records)).not.toContain(lessonId);
    const deletions = (await readAll("deletions", voorbeeldKey, `?changed_since=${encodeURIComponent(until)}`)).records;
    expect(deletions).toEqual([
      expect.objectContaining({ resource: "lessons", record_id: lessonId, deleted_at: expect.stringMatching(/Z$/) }),
    ]);
    expect((await readAll("deletions", testdorpKey)).records).toEqual([]);
  });

  it("holds a sweep to the moment it started: a record changed while paging comes in the next refresh", async () => {
    const first = await get("programmes", voorbeeldKey, "?page_size=1");
    const changedId = first.data[0]?.id as number;
    current.viewer = voorbeeld;
    expect(
      await archive.archiveProgramme({ programmeId: changedId }, { reason: "Tijdens het bladeren" }),
    ).toMatchObject({ ok: true });
    const rest: Record<string, unknown>[] = [];
    let page = first;
    while (page.next) {
      page = await get("programmes", voorbeeldKey, new URL(page.next).search);
      rest.push(...page.data);
    }
    expect(ids(rest)).not.toContain(changedId);
    const next = await readAll("programmes", voorbeeldKey, `?changed_since=${encodeURIComponent(first.changed_until)}`);
    expect(next.records.find((r) => r.id === changedId)).toMatchObject({ archived: true });
  });
});
