// The chain status on the beheerder's activity page, on the demo data in a file: only who may read the log sees it,
// a page view within a few minutes reuses the last check, and asking again finds a change made around the triggers.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";
import { ForbiddenError, NotFoundError } from "../errors";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const { demoViewer } = await import("./demo-viewer");
const { auditChainStatus, CHAIN_CHECK_FRESH_MS, CHAIN_RECHECK_MS } = await import("./audit-chain");

let db: AppDatabase;
let close: () => void;
const as = (email: string) => {
  current.viewer = demoViewer(db, email);
};
const eventsOf = (organisationId: number) =>
  Number(db.$client.prepare("select count(*) from audit_events where organisation_id = ?").pluck().get(organisationId));

beforeAll(async () => {
  ({ db, close } = await demoDatabase("audit-chain-status"));
});
afterAll(() => close());
afterEach(() => vi.useRealTimers());

describe("the activity page's chain status", () => {
  it("is for those who may read the activity log only", async () => {
    as("team@voorbeeld.example");
    await expect(auditChainStatus()).rejects.toSatisfy(
      (e) => e instanceof ForbiddenError || e instanceof NotFoundError,
    );
    as("partner@voorbeeld.example");
    await expect(auditChainStatus()).rejects.toSatisfy(
      (e) => e instanceof ForbiddenError || e instanceof NotFoundError,
    );
  });

  it("shows the beheerder's own gemeente's chain intact, then reuses the check until it is old or asked again", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-02T10:00:00Z"), toFake: ["Date"] });
    as("beheerder@voorbeeld.example");
    const organisationId = current.viewer?.organisationId ?? 0;
    const first = await auditChainStatus();
    expect(first).toMatchObject({ events: eventsOf(organisationId), broken: null });
    expect(first.checkedAt.toISOString()).toBe("2026-12-02T10:00:00.000Z");

    const changed = Number(
      db.$client
        .prepare("select id from audit_events where organisation_id = ? order by id limit 1 offset 3")
        .pluck()
        .get(organisationId),
    );
    db.$client.exec(`drop trigger audit_events_no_update; update audit_events set summary = 'x' where id = ${changed}`);

    // Within the fresh period a page view and an early request both show the last check.
    vi.setSystemTime(Date.now() + CHAIN_RECHECK_MS - 1);
    expect((await auditChainStatus()).checkedAt).toEqual(first.checkedAt);
    expect((await auditChainStatus({ recheck: true })).broken).toBeNull();
    // Asked again a little later, the check is made anew and finds the change.
    vi.setSystemTime(Date.now() + 2);
    expect((await auditChainStatus({ recheck: true })).broken).toMatchObject({ id: changed, kind: "changed" });

    // The other gemeente's chain is its own, and intact.
    as("beheerder@testdorp.example");
    expect((await auditChainStatus()).broken).toBeNull();

    // A page view after the fresh period checks anew too: still broken.
    as("beheerder@voorbeeld.example");
    vi.setSystemTime(Date.now() + CHAIN_CHECK_FRESH_MS);
    const later = await auditChainStatus();
    expect(later.checkedAt.getTime()).toBe(Date.now());
    expect(later.broken).toMatchObject({ id: changed });
  });
});
