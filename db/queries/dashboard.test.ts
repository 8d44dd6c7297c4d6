// The dashboard's data layer against the demo database: who sees which programmes, and a number of SQL statements
// that stays the same however many programmes a gemeente has.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";
import { ForbiddenError } from "../errors";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/viewer", () => ({ requireViewer: async () => undefined }));

const { openDatabase } = await import("../client");
const { countingStatements } = await import("../test-database");
const { runMigrations } = await import("../migrate");
const { seedDemo } = await import("../seed");
const { PILOT_NAME } = await import("../seed-programmes");
const schema = await import("../schema");
const { DASHBOARD_STATEMENTS, loadDashboard } = await import("./dashboard");
const { attentionList } = await import("@/lib/domain/dashboard");
const { addDays } = await import("@/lib/domain/measurement-schedule");
const { todayInAmsterdam } = await import("@/lib/domain/time");

let db: AppDatabase;
let organisationId = 0;
const userIds: Record<string, number> = {};
// The demo data is dated relative to the day it is loaded: read it with today's clock and the default 90 days.
const today = todayInAmsterdam();
const options = { filters: {}, period: { from: addDays(today, -90) ?? today, to: today } };

function scope(email: string, role: "management" | "programmamanager" | "teamlid" | "partner"): Viewer {
  return {
    userId: userIds[email] ?? 0,
    name: email,
    email,
    locale: "nl",
    organisationId,
    organisationName: "Voorbeeld",
    role,
    partnerOrganisationId: null,
    memberships: [],
  };
}

/** Copies the pilot, with its indicators and assumptions, `times` times into the same gemeente. */
function copyPilot(times: number) {
  const sqlite = db.$client;
  const columns = (table: string) =>
    (sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name).filter((c) => c !== "id");
  const pilot = sqlite.prepare("select id from programmes where name = ?").get(PILOT_NAME) as { id: number };
  const programmeColumns = columns("programmes");
  const copyOf = (table: string, source: number, target: number) => {
    const cols = columns(table);
    const values = cols.map((c) => (c === "programme_id" ? "?" : c)).join(", ");
    sqlite
      .prepare(`insert into ${table} (${cols.join(", ")}) select ${values} from ${table} where programme_id = ?`)
      .run(target, source);
  };
  for (let i = 0; i < times; i++) {
    const values = programmeColumns.map((c) => (c === "name" ? "?" : c)).join(", ");
    const id = Number(
      sqlite
        .prepare(
          `insert into programmes (${programmeColumns.join(", ")}) select ${values} from programmes where id = ?`,
        )
        .run(`Kopie ${i + 1} van de pilot`, pilot.id).lastInsertRowid,
    );
    copyOf("indicators", pilot.id, id);
    copyOf("assumptions", pilot.id, id);
  }
}

beforeAll(async () => {
  db = openDatabase(":memory:");
  runMigrations(db);
  await seedDemo(db);
  for (const email of ["management@voorbeeld.example", "manager@voorbeeld.example", "team@voorbeeld.example"]) {
    const user = db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email)).get();
    userIds[email] = user?.id ?? 0;
  }
  const organisation = db
    .select({ id: schema.organisations.id })
    .from(schema.organisations)
    .innerJoin(schema.programmes, eq(schema.programmes.organisationId, schema.organisations.id))
    .where(eq(schema.programmes.name, PILOT_NAME))
    .get();
  organisationId = organisation?.id ?? 0;
});

function pilotId() {
  return (db.$client.prepare("select id from programmes where name = ?").get(PILOT_NAME) as { id: number }).id;
}

describe("the reasons on the dashboard", () => {
  it("say which of the pilot's indicators is off course, by how much, what is late and what waits", () => {
    const management = scope("management@voorbeeld.example", "management");
    const pilot = loadDashboard(db, management, options).rows.find((r) => r.programme.name === PILOT_NAME);
    const reasons = pilot?.reasons;
    expect(reasons?.level).toBe("uit_koers");

    const buddies = reasons?.indicators.find((i) => i.name === "Gevormde maatjeskoppels (totaal)");
    expect(buddies).toMatchObject({ status: "uit_koers", unit: "koppels", targetValue: 50, latest: { value: 3 } });
    expect(buddies?.line?.side).toBe("onder");
    expect(buddies?.line?.behind).toBe(true);
    // The line runs from 0 to 50 koppels: today it asks for more than the 3 there are, and the gap is the rest.
    expect(buddies?.line?.expected).toBeGreaterThan(3);
    expect(buddies?.line?.distance).toBeCloseTo((buddies?.line?.expected ?? 0) - 3, 9);
    // Home visits run ahead of the line: no reason.
    expect(reasons?.indicators.map((i) => i.name)).not.toContain("Afgelegde huisbezoeken (totaal)");
    expect(reasons?.indicators.every((i) => i.status === "uit_koers" || i.status === "aandacht")).toBe(true);

    expect(reasons?.overdueMeasurements.map((m) => m.name)).toEqual(["Aandeel deelnemers dat zich vaak eenzaam voelt"]);
    expect(reasons?.waiting.map((w) => [w.title, w.daysWaiting])).toEqual([
      ["Ook een ontmoetingsmoment op zaterdag", 5],
    ]);
    expect(reasons?.decided.map((d) => d.title)).toContain("Maatjes werven via de kerken en de vrijwilligerscentrale");
    expect(pilot?.corrections.waiting).toBe(1);
    // Refuted, whatever the criticality, and critical untested: exactly what the table counts.
    expect(reasons?.assumptions.filter((a) => a.status === "weerlegd")).toHaveLength(pilot?.assumptions.refuted ?? -1);
    expect(reasons?.assumptions.filter((a) => a.status === "ongetoetst")).toHaveLength(
      pilot?.assumptions.criticalUntested ?? -1,
    );
  });

  it("name an open action item past its due date, and none that is done, due later or of another gemeente", () => {
    const sqlite = db.$client;
    const session = sqlite
      .prepare("select id, organisation_id as org from reflection_sessions where programme_id = ? limit 1")
      .get(pilotId()) as { id: number; org: number };
    const insert = sqlite.prepare(
      "insert into action_items (organisation_id, programme_id, session_id, description, due_date, status) values (?, ?, ?, ?, ?, ?)",
    );
    const past = addDays(today, -3);
    insert.run(session.org, pilotId(), session.id, "Vrijwilligerscentrale bellen", past, "open");
    insert.run(session.org, pilotId(), session.id, "Al gedaan", past, "klaar");
    insert.run(session.org, pilotId(), session.id, "Nog niet aan de beurt", addDays(today, 3), "open");
    const other = sqlite.prepare("select id from organisations where id <> ? limit 1").get(session.org) as {
      id: number;
    };
    insert.run(other.id, pilotId(), session.id, "Van een andere gemeente", past, "open");

    const management = scope("management@voorbeeld.example", "management");
    const pilot = loadDashboard(db, management, options).rows.find((r) => r.programme.name === PILOT_NAME);
    expect(pilot?.reasons.overdueActions.map((a) => [a.description, a.dueDate, a.daysLate])).toEqual([
      ["Vrijwilligerscentrale bellen", past, 3],
    ]);
    expect(pilot?.overdue.actions).toBe(1);
  });
});

describe("the dashboard's data", () => {
  it("runs the same statements for forty programmes, counts their figures and puts the most urgent first", () => {
    const management = scope("management@voorbeeld.example", "management");
    const before = countingStatements(db, () => loadDashboard(db, management, options));
    const pilotIndicators = before.result.rows.find((r) => r.programme.name === PILOT_NAME)?.indicators.total ?? 0;
    expect(pilotIndicators).toBeGreaterThan(0);

    const copies = 40 - before.result.rows.length;
    copyPilot(copies);
    const after = countingStatements(db, () => loadDashboard(db, management, options));

    expect(after.statements).toBe(before.statements);
    expect(after.statements).toBe(DASHBOARD_STATEMENTS);
    expect(after.result.statements).toBe(DASHBOARD_STATEMENTS);
    expect(after.result.rows).toHaveLength(40);
    expect(after.result.totals.indicators.total).toBe(before.result.totals.indicators.total + copies * pilotIndicators);

    // The copies have the pilot's indicators without its measurements: overdue, but not off course. The pilot leads.
    const list = attentionList(after.result.rows, 40);
    expect(list.rows[0]?.programme.name).toBe(PILOT_NAME);
    const copy = after.result.rows.find((r) => r.programme.name === "Kopie 1 van de pilot");
    expect(copy?.reasons.overdueMeasurements).toHaveLength(pilotIndicators);
    expect(copy?.reasons.indicators).toEqual([]);
    const levels = list.rows.map((r) => r.reasons.level);
    const rank = (level: (typeof levels)[number]) => (level === "uit_koers" ? 0 : level === "te_laat" ? 1 : 2);
    expect(levels.map(rank)).toEqual([...levels.map(rank)].sort((a, b) => a - b));
  });

  it("shows a programme manager only the programmes they own or work on", () => {
    const manager = loadDashboard(db, scope("manager@voorbeeld.example", "programmamanager"), options);
    const management = loadDashboard(db, scope("management@voorbeeld.example", "management"), options);
    expect(manager.rows.length).toBeGreaterThan(0);
    expect(manager.rows.length).toBeLessThan(management.rows.length);
    expect(manager.rows.map((r) => r.programme.name)).toContain(PILOT_NAME);
  });

  it("refuses a team member and a partner before reading anything", () => {
    for (const role of ["teamlid", "partner"] as const) {
      const { statements } = countingStatements(db, () => {
        expect(() => loadDashboard(db, scope("team@voorbeeld.example", role), options)).toThrow(ForbiddenError);
      });
      expect(statements).toBe(0);
    }
  });
});
