// The health check writes: a database that still answers reads but takes no writes fails it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);

const { demoDatabase } = await import("../test-database");
const { healthChecks } = await import("../schema");
const { checkDatabase } = await import("./health");

let db: AppDatabase;
let close: () => void;

beforeAll(async () => {
  ({ db, close } = await demoDatabase());
});
afterAll(() => close());

describe("checkDatabase", () => {
  it("passes by writing its one row, again and again", () => {
    checkDatabase(new Date("2026-12-02T10:00:00Z"));
    checkDatabase(new Date("2026-12-02T10:00:05Z"));
    expect(db.select().from(healthChecks).all()).toEqual([{ id: 1, checkedAt: new Date("2026-12-02T10:00:05Z") }]);
  });

  it("fails on a database that reads but cannot be written", () => {
    db.$client.pragma("query_only = ON");
    try {
      expect(db.select().from(healthChecks).all()).toHaveLength(1);
      expect(() => checkDatabase()).toThrow(/readonly/i);
    } finally {
      db.$client.pragma("query_only = OFF");
    }
    expect(() => checkDatabase()).not.toThrow();
  });
});
