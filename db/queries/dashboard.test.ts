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
const { runMigrations } = await import("../migrate");
const { seedDemo } = await import("../seed");
const { PILOT_NAME } = await import("../seed-programmes");
const schema = await import("../schema");
const { DASHBOARD_STATEMENTS, loadDashboard } = await import("./dashboard");

let db: AppDatabase;
let organisationId = 0;
const userIds: Record<string, number> = {};
const options = { filters: {}, period: { from: "2026-01-01", to: "2026-12-31" } };

/** Every statement the database prepares while `work` runs: Drizzle prepares each query it runs. */
function countingStatements<T>(work: () => T): { result: T; statements: number } {
  const spy = vi.spyOn(db.$client, "prepare");
  try {
    const result = work();
    return { result, statements: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

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

describe("the dashboard's data", () => {
  it("runs the same statements for thirty more programmes, and counts their figures", () => {
    const management = scope("management@voorbeeld.example", "management");
    const before = countingStatements(() => loadDashboard(db, management, options));
    const pilotIndicators = before.result.rows.find((r) => r.programme.name === PILOT_NAME)?.indicators.total ?? 0;
    expect(pilotIndicators).toBeGreaterThan(0);

    copyPilot(30);
    const after = countingStatements(() => loadDashboard(db, management, options));

    expect(after.statements).toBe(before.statements);
    expect(after.statements).toBe(DASHBOARD_STATEMENTS);
    expect(after.result.statements).toBe(DASHBOARD_STATEMENTS);
    expect(after.result.rows).toHaveLength(before.result.rows.length + 30);
    expect(after.result.totals.indicators.total).toBe(before.result.totals.indicators.total + 30 * pilotIndicators);
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
      const { statements } = countingStatements(() => {
        expect(() => loadDashboard(db, scope("team@voorbeeld.example", role), options)).toThrow(ForbiddenError);
      });
      expect(statements).toBe(0);
    }
  });
});
