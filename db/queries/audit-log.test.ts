// The activity log reads as sentences for every event the code base writes. Every write of the access matrix runs
// once as the beheerder on a fresh copy of the demo database; the events it leaves, the demo data's own and a sample
// of each event written outside the matrix (sign-in, invitations, downloads, refusals) are named from the database,
// in the beheerder's gemeente only, and rendered in Dutch and English: no braces, ids, keys or empty arrows.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type AuditRecord,
  type NameBook,
  type RenderedEvent,
  renderAuditEvent,
  type Translate,
} from "@/lib/audit/render";
import type { Viewer } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/domain/constants";
import { RULES } from "@/lib/domain/permissions";
import en from "../../messages/en.json";
import nl from "../../messages/nl.json";
import type { AppDatabase } from "../client";

const current = vi.hoisted(() => ({ viewer: undefined as Viewer | undefined }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/viewer", async () => ({
  ACTIVE_ORGANISATION_COOKIE: "ik_gemeente",
  currentSessionToken: async () => undefined,
  getAccount: async () => {
    const { loadViewerRecord } = await import("@/db/queries/viewer");
    return current.viewer ? loadViewerRecord(current.viewer.userId) : null;
  },
  getViewer: async () => current.viewer ?? null,
  requireViewer: async () => {
    if (!current.viewer) throw new Error("no viewer chosen");
    return current.viewer;
  },
}));

const directory = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "audit-log-"));
const pristine = path.join(directory, "pristine.db");
process.env.DATABASE_URL = path.join(directory, "unused.db");

const { openDatabase } = await import("../client");
const { countingStatements } = await import("../test-database");
const { runMigrations } = await import("../migrate");
const { seedDemo } = await import("../seed");
const { getDb } = await import("../index");
const { demoViewer } = await import("./demo-viewer");
const { CASES, addMatrixFixtures } = await import("./access-matrix.cases");
const { auditNames } = await import("./audit-names");

const globalForDb = globalThis as unknown as { impactkoersDb?: AppDatabase };
const root = path.resolve(import.meta.dirname, "../..");

function closeConnection() {
  const db = globalForDb.impactkoersDb;
  if (!db) return;
  db.$client.close();
  globalForDb.impactkoersDb = undefined;
}

let copies = 0;
function freshDatabase(): AppDatabase {
  closeConnection();
  copies += 1;
  const file = path.join(directory, `copy-${copies}.db`);
  fs.copyFileSync(pristine, file);
  process.env.DATABASE_URL = file;
  return getDb();
}

function beheerder(db: AppDatabase, email = "beheerder@voorbeeld.example"): Viewer {
  const viewer = demoViewer(db, email);
  const { organisationId, organisationName, role, partnerOrganisationId } = viewer;
  return { ...viewer, memberships: [{ organisationId, organisationName, role, partnerOrganisationId }] };
}

type Row = {
  action: string;
  entity_type: string;
  entity_id: string | null;
  actor_id: number | null;
  programme_id: number | null;
  summary: string;
  changes: string | null;
};

function events(db: AppDatabase, organisationId: number, afterId = 0): AuditRecord[] {
  const rows = db.$client
    .prepare("select * from audit_events where id > ? and organisation_id = ? order by id")
    .all(afterId, organisationId) as Row[];
  return rows.map((row) => ({
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    actorId: row.actor_id,
    programmeId: row.programme_id,
    summary: row.summary,
    changes: row.changes ? JSON.parse(row.changes) : null,
  }));
}

const lastId = (db: AppDatabase) =>
  Number(db.$client.prepare("select coalesce(max(id), 0) from audit_events").pluck().get());

function translator(locale: Locale): Translate {
  return createTranslator({
    locale,
    messages: locale === "nl" ? nl : en,
    onError: (error) => {
      throw error;
    },
  }) as unknown as Translate;
}

/** "matrix": an event a write of the access matrix left; "other": demo data, samples and the rest. */
type Rendered = { record: AuditRecord; locale: Locale; event: RenderedEvent; origin: "matrix" | "other" };
const rendered: Rendered[] = [];

function renderAll(records: AuditRecord[], names: NameBook, organisationName: string, origin: Rendered["origin"]) {
  for (const locale of ["nl", "en"] as const) {
    const ctx = { t: translator(locale), locale, names, organisationName };
    for (const record of records) rendered.push({ record, locale, event: renderAuditEvent(record, ctx), origin });
  }
}

/** The audit actions the code writes: every "entity.verb" literal in the data layer and the pure rules. */
function writtenActions(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) files.push(full);
    }
  };
  walk(path.join(root, "db"));
  walk(path.join(root, "lib/domain"));
  const permissions = new Set(Object.keys(RULES));
  const found = new Set<string>();
  for (const file of files) {
    for (const match of fs.readFileSync(file, "utf8").matchAll(/"([a-z][A-Za-z]*\.[a-z][a-z_]*)"/g)) {
      const literal = match[1] ?? "";
      if (!permissions.has(literal) && !/\.(db|ts|json|example)$/.test(literal)) found.add(literal);
    }
  }
  return [...found].sort();
}

/** Events written outside the access matrix, as their writers write them. */
function samples(db: AppDatabase, viewer: Viewer): AuditRecord[] {
  const id = (sql: string) => Number(db.$client.prepare(sql).pluck().get());
  const team = id(
    "select m.id from memberships m join users u on u.id = m.user_id where u.email = 'team@voorbeeld.example'",
  );
  const teamUser = id("select id from users where email = 'team@voorbeeld.example'");
  const pilot = id("select id from programmes order by id limit 1");
  const question = id("select id from learning_questions order by id limit 1");
  const correction = id("select id from course_corrections order by id limit 1");
  const hypothesis = id("select id from hypotheses order by id limit 1");
  const base = { actorId: viewer.userId, programmeId: null, changes: null };
  return [
    { ...base, action: "auth.sign_in", entityType: "user", entityId: String(viewer.userId), summary: viewer.email },
    {
      ...base,
      action: "auth.sign_in_failed",
      entityType: "user",
      entityId: null,
      actorId: null,
      summary: "niemand@voorbeeld.example",
    },
    {
      ...base,
      action: "auth.sign_in_blocked",
      entityType: "user",
      entityId: String(teamUser),
      actorId: teamUser,
      summary: "team@voorbeeld.example",
    },
    {
      ...base,
      action: "auth.sign_in",
      entityType: "user",
      entityId: String(teamUser),
      actorId: teamUser,
      summary: "team@voorbeeld.example",
      changes: { after: { sso: true } },
    },
    {
      ...base,
      action: "auth.password_refused_sso",
      entityType: "user",
      entityId: String(teamUser),
      actorId: teamUser,
      summary: "team@voorbeeld.example",
    },
    {
      ...base,
      action: "auth.sso_no_account",
      entityType: "user",
      entityId: null,
      actorId: null,
      summary: "niemand@voorbeeld.example",
    },
    { ...base, action: "auth.sso_no_email", entityType: "user", entityId: null, actorId: null, summary: "a1b2c3" },
    {
      ...base,
      action: "membership.accepted",
      entityType: "membership",
      entityId: String(team),
      actorId: teamUser,
      summary: "Gemeente Voorbeeld",
    },
    {
      ...base,
      action: "membership.declined",
      entityType: "membership",
      entityId: "999",
      actorId: 999,
      summary: "Gemeente Voorbeeld",
    },
    {
      ...base,
      action: "membership.added",
      entityType: "user",
      entityId: String(teamUser),
      actorId: null,
      summary: "Sanne de Vries (team@voorbeeld.example): beheerder",
    },
    {
      ...base,
      action: "membership.reactivated",
      entityType: "membership",
      entityId: String(team),
      summary: "Sanne de Vries",
      changes: { before: { active: false }, after: { active: true } },
    },
    {
      ...base,
      action: "export.downloaded",
      entityType: "organisation",
      entityId: String(viewer.organisationId),
      summary: "JSON alle gegevens: Gemeente Voorbeeld",
      changes: { after: { export: "organisation", format: "json", counts: { users: 7, programmes: 2 } } },
    },
    {
      ...base,
      action: "export.downloaded",
      entityType: "programme",
      entityId: String(pilot),
      programmeId: pilot,
      summary: "PDF rapportage: pilot",
      changes: { after: { export: "report", format: "pdf" } },
    },
    {
      ...base,
      actorId: null,
      action: "api.read",
      entityType: "api_key",
      entityId: "1",
      summary: "API-sleutel 'Power BI' las programma's (pagina 2)",
      changes: {
        after: {
          name: "Power BI",
          prefix: "ik_Ab3_x9Zq",
          resource: "programmes",
          page: 2,
          rows: 100,
          changedSince: "2026-05-01T08:00:00.000Z",
        },
      },
    },
    {
      ...base,
      action: "access.refused",
      entityType: "membership",
      entityId: String(team),
      summary: "users.manage: niet toegestaan",
      changes: { after: { permission: "users.manage", programmeId: null, reason: "ForbiddenError" } },
    },
    {
      ...base,
      action: "learningQuestion.follow_up_created",
      entityType: "learning_question",
      entityId: String(question),
      programmeId: pilot,
      summary: "Een vervolgvraag",
      changes: {
        after: { question: "Een vervolgvraag", approach: "gesprekken", programmeId: pilot, followUpOfId: question },
      },
    },
    {
      ...base,
      action: "learningQuestion.status_changed",
      entityType: "learning_question",
      entityId: String(question),
      programmeId: pilot,
      summary: "x: open → vervallen",
      changes: {
        before: { status: "open" },
        after: { status: "vervallen", answer: "", interpretation: "", answeredByStudyId: null, answeredInRound: null },
      },
    },
    {
      ...base,
      action: "learningQuestion.answer_updated",
      entityType: "learning_question",
      entityId: String(question),
      programmeId: pilot,
      summary: "x",
      changes: {
        before: { status: "beantwoord" },
        after: { status: "beantwoord", answer: "Nieuw antwoord", interpretation: "Duiding" },
      },
    },
    {
      ...base,
      action: "hypothesis.status_changed",
      entityType: "hypothesis",
      entityId: String(hypothesis),
      programmeId: pilot,
      summary: "x → y",
      changes: { before: { status: "open" }, after: { status: "ondersteund" } },
    },
    {
      ...base,
      action: "correction.rejected",
      entityType: "course_correction",
      entityId: String(correction),
      programmeId: pilot,
      summary: "x",
      changes: { before: { status: "voorgesteld" }, after: { status: "afgewezen", note: "Past niet in het budget" } },
    },
  ];
}

/** An event of an action nobody gave a sentence or sample: a plain change of a record. */
const synthetic = (action: string, viewer: Viewer): AuditRecord => ({
  action,
  entityType: action.split(".")[0] ?? "unknown",
  entityId: "1",
  actorId: viewer.userId,
  programmeId: null,
  summary: action,
  changes: { before: { status: "open", reason: "" }, after: { status: "klaar_gezet", reason: "Omdat het kan" } },
});

const fromMatrix = new Set<string>();

beforeAll(async () => {
  const db = openDatabase(pristine);
  runMigrations(db);
  await seedDemo(db);
  addMatrixFixtures(db);
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();

  for (const writeCase of CASES) {
    const copy = freshDatabase();
    const viewer = beheerder(copy);
    current.viewer = viewer;
    const before = lastId(copy);
    const args = writeCase.prepare({ db: copy, viewer });
    await writeCase.run(args, { db: copy, viewer });
    const written = events(copy, viewer.organisationId, before);
    for (const record of written) fromMatrix.add(record.action);
    renderAll(written, auditNames(copy, viewer.organisationId, written), viewer.organisationName, "matrix");
  }

  const copy = freshDatabase();
  const viewer = beheerder(copy);
  const seeded = events(copy, viewer.organisationId);
  const extra = samples(copy, viewer);
  const covered = new Set([...seeded, ...extra, ...rendered.map((r) => r.record)].map((record) => record.action));
  const others = writtenActions()
    .filter((action) => !covered.has(action))
    .map((action) => synthetic(action, viewer));
  if (process.env.AUDIT_LOG_DUMP)
    console.log(
      "not in matrix, demo data or samples:",
      others.map((o) => o.action),
    );
  const all = [...seeded, ...extra, ...others];
  renderAll(all, auditNames(copy, viewer.organisationId, all), viewer.organisationName, "other");
}, 120_000);

afterAll(() => {
  closeConnection();
  fs.rmSync(directory, { recursive: true, force: true });
});

/** What the reader sees of an event, without e-mail addresses and web addresses (which have dots of their own). */
function visibleText({ event }: Rendered): string {
  return [
    event.sentence,
    event.subjectFull ?? "",
    event.programme ?? "",
    ...event.lines.flatMap((line) => [line.text, ...line.full.flatMap((part) => [part.label, part.text])]),
  ]
    .join("\n")
    .replace(/[\w.+-]+@[\w.-]+\.\w+/g, "")
    .replace(/https?:\/\/\S+/g, "");
}

describe("the activity log", () => {
  it("renders every action the code base writes, in both languages", () => {
    const renderedActions = new Set(rendered.map((r) => r.record.action));
    const written = writtenActions();
    expect(written.length).toBeGreaterThan(60);
    expect(written.filter((action) => !renderedActions.has(action))).toEqual([]);
    // The writes of the matrix cover most of them with real events.
    expect(fromMatrix.size).toBeGreaterThan(45);
  });

  it("shows no braces, ids, keys, placeholders or arrows to nothing", () => {
    const problems = rendered.flatMap((item) => {
      const text = visibleText(item);
      const found = [
        /[{}[\]]/,
        /Id:|\bId\b|\b[a-z]+Ids?\b/,
        /→ —|: —|\bundefined\b|\bnull\b|NaN|\[object|Invalid Date/,
        /\b[a-z]+[A-Z][A-Za-z]*\b/,
        /\b[a-z]+_[a-z_]+\b/,
        /\b[a-z]+[A-Za-z]*\.[a-z][a-z_]*\b/,
      ].filter((pattern) => pattern.test(text));
      return found.length ? [`${item.locale} ${item.record.action}: ${found.join(" ")}\n${text}`] : [];
    });
    expect(problems).toEqual([]);
    if (process.env.AUDIT_LOG_DUMP) {
      const seen = new Set<string>();
      for (const item of rendered) {
        const text = `[${item.locale} ${item.origin} ${item.record.action}] ${visibleText(item)}`;
        if (!seen.has(text)) console.log(text);
        seen.add(text);
      }
    }
  });

  it("names the records of real events instead of saying they cannot be found", () => {
    const unnamed = rendered.filter(
      ({ record, event, origin }) =>
        origin === "matrix" &&
        [event.sentence, ...event.lines.map((l) => l.text)].some((text) =>
          /niet meer te vinden|no longer found|\b(een|an?) (verband|connection)\b/.test(text),
        ) &&
        record.action !== "toc.link_removed",
    );
    expect(unnamed.map(({ record, event }) => `${record.action}: ${event.sentence}`)).toEqual([]);
  });

  it("reads each sentence with the person who did it", () => {
    const voorbeeld = rendered.filter(({ origin }) => origin === "matrix");
    for (const { event, locale } of voorbeeld) {
      expect(event.sentence, event.sentence).toMatch(/^Fatima el Amrani /);
      expect(event.sentence).not.toMatch(locale === "nl" ? /Iemand/ : /Someone/);
    }
  });
});

describe("the names of an event's records", () => {
  it("come from the viewer's own gemeente only, in one statement", () => {
    const db = freshDatabase();
    const voorbeeld = beheerder(db);
    const testdorp = beheerder(db, "beheerder@testdorp.example");
    const pilot = Number(db.$client.prepare("select id from programmes order by id limit 1").pluck().get());
    const indicator = Number(
      db.$client.prepare("select id from indicators where programme_id = ? limit 1").pluck().get(pilot),
    );
    const record: AuditRecord = {
      action: "access.refused",
      entityType: "indicator",
      entityId: String(indicator),
      actorId: voorbeeld.userId,
      programmeId: pilot,
      summary: "programme.edit: niet gevonden",
      changes: { after: { permission: "programme.edit", programmeId: pilot, reason: "NotFoundError" } },
    };

    const { result: own, statements } = countingStatements(db, () =>
      auditNames(db, voorbeeld.organisationId, [record]),
    );
    expect(statements).toBe(1);
    expect(own.get(`indicator:${indicator}`)?.name).toBeTruthy();
    expect(own.get(`programme:${pilot}`)?.name).toBe("Samen minder eenzaam in Oost");
    expect(own.get(`user:${voorbeeld.userId}`)?.name).toBe("Fatima el Amrani");

    // Testdorp's beheerder tried the same ids: nothing of Voorbeeld is named, not even the person.
    const foreign = auditNames(db, testdorp.organisationId, [record]);
    expect([...foreign.values()]).toEqual([]);
    const ctx = { t: translator("nl"), locale: "nl" as const, names: foreign, organisationName: "Gemeente Testdorp" };
    const event = renderAuditEvent(record, ctx);
    expect(event.sentence).toBe(
      "Iemand probeerde een programma in te richten of te wijzigen, maar dat bestaat niet (meer) of is niet zichtbaar",
    );
    expect(JSON.stringify(event)).not.toMatch(/Samen minder eenzaam|Fatima|Deelnemers/);
  });

  it("name an invited person by the name the beheerder typed until they accept", () => {
    const db = freshDatabase();
    const voorbeeld = beheerder(db);
    const adviser = db.$client
      .prepare(
        "select u.id as userId, m.id as memberId from users u join memberships m on m.user_id = u.id where u.email = 'adviseur@voorbeeld.example' and m.organisation_id = ?",
      )
      .get(voorbeeld.organisationId) as { userId: number; memberId: number };
    db.$client
      .prepare("update memberships set accepted_at = null, invited_name = 'P. Smit (adviseur)' where id = ?")
      .run(adviser.memberId);
    const names = auditNames(db, voorbeeld.organisationId, [
      {
        action: "membership.invited",
        entityType: "membership",
        entityId: String(adviser.memberId),
        actorId: adviser.userId,
        programmeId: null,
        summary: "",
        changes: null,
      },
    ]);
    expect(names.get(`membership:${adviser.memberId}`)?.name).toBe("P. Smit (adviseur)");
    expect(names.get(`user:${adviser.userId}`)?.name).toBe("P. Smit (adviseur)");
  });
});
