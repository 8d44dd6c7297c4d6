// Withdrawing an application and the checks before a grant, against the demo database: a partner withdraws only its
// own organisation's application and only while it waits for a decision; a withdrawn application is not decided on;
// a grant is refused while an effect it contributes to, the effect's indicator or its programme is archived.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const { demoViewer } = await import("./demo-viewer");
const { getApplication } = await import("./subsidies");
const { createSubsidyFramework } = await import("./subsidy-changes");
const { createSubsidyApplication, decideSubsidyApplication } = await import("./subsidy-applications");
const { withdrawSubsidyApplication } = await import("./subsidy-withdrawals");

let db: AppDatabase;
const people: Record<string, Viewer> = {};
const as = (who: string) => {
  current.viewer = people[who];
};
const value = (sql: string, ...params: (string | number)[]) =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params);
const idOf = (sql: string, ...params: (string | number)[]) => value(sql, ...params) as number;
const run = (sql: string, ...params: (string | number | null)[]) => db.$client.prepare(sql).run(...params);

function okValue<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.value;
}

let effectId: number;
let frameworkId: number;

/** An application of the partner's own organisation (Stichting Buurtkracht) to the open framework. */
async function applyAsPartner(plan: string) {
  as("partner");
  return okValue(
    await createSubsidyApplication(
      { frameworkId },
      {
        partnerOrganisationId: null,
        requestedAmount: 10_000,
        plan,
        effects: [{ agreedEffectId: effectId, target: 5 }],
      },
    ),
  ).applicationId;
}

const statusOf = (applicationId: number) =>
  value("select status from subsidy_applications where id = ?", applicationId) as string;

beforeAll(async () => {
  ({ db } = await demoDatabase());
  for (const [who, email] of Object.entries({
    beheerder: "beheerder@voorbeeld.example",
    management: "management@voorbeeld.example",
    partner: "partner@voorbeeld.example",
    taalhuis: "taalhuis@voorbeeld.example",
    testdorp: "beheerder@testdorp.example",
  })) {
    people[who] = demoViewer(db, email);
  }
  effectId = idOf("select agreed_effect_id from subsidy_framework_effects order by id limit 1");
  as("management");
  frameworkId = okValue(
    await createSubsidyFramework({
      name: "Intrekken en toekennen",
      budget: 100_000,
      startsOn: "2030-01-01",
      endsOn: "2030-12-31",
      criteria: "Ouderen in Oost ontmoeten elkaar.",
      status: "open",
      effectIds: [effectId],
    }),
  ).frameworkId;
});

describe("withdrawing an application", () => {
  it("lets the partner withdraw its own pending application with a reason, audited", async () => {
    const applicationId = await applyAsPartner("Ochtenden in De Schakel");
    as("partner");
    okValue(await withdrawSubsidyApplication({ applicationId }, { reason: "We dienen een nieuw plan in." }));
    const withdrawn = await getApplication({ frameworkId, applicationId });
    expect(withdrawn).toMatchObject({ status: "ingetrokken", withdrawalReason: "We dienen een nieuw plan in." });
    expect(withdrawn.withdrawnAt).toBeInstanceOf(Date);
    const event = db.$client
      .prepare("select action, actor_id as actorId from audit_events order by id desc limit 1")
      .get() as { action: string; actorId: number };
    expect(event).toEqual({ action: "subsidyApplication.withdrawn", actorId: people.partner?.userId });
    // Nobody decides on it any more, and it is not withdrawn twice.
    as("management");
    expect(
      await decideSubsidyApplication({ applicationId }, { decision: "toegekend", amount: 5_000, reason: "" }),
    ).toEqual({ ok: false, error: "applicationWithdrawn" });
    as("partner");
    expect(await withdrawSubsidyApplication({ applicationId }, { reason: "" })).toMatchObject({
      ok: false,
      error: "applicationWithdrawn",
    });
  });

  it("refuses to withdraw an application that was decided, and changes nothing", async () => {
    const applicationId = await applyAsPartner("Wandelgroep");
    as("management");
    okValue(
      await decideSubsidyApplication({ applicationId }, { decision: "afgewezen", amount: null, reason: "Past niet." }),
    );
    as("partner");
    expect(await withdrawSubsidyApplication({ applicationId }, { reason: "" })).toMatchObject({
      ok: false,
      error: "decidedNotWithdrawn",
    });
    expect(statusOf(applicationId)).toBe("afgewezen");
  });

  it("is not for another partner organisation or another gemeente: the application does not exist for them", async () => {
    const applicationId = await applyAsPartner("Koffieochtend");
    for (const who of ["taalhuis", "testdorp"]) {
      as(who);
      expect(await withdrawSubsidyApplication({ applicationId }, { reason: "" })).toMatchObject({
        ok: false,
        error: "notFound",
      });
    }
    expect(statusOf(applicationId)).toBe("ingediend");
  });
});

describe("a grant", () => {
  const archived = (table: string, id: number, on: boolean) =>
    run(`update ${table} set archived_at = ? where id = ?`, on ? Date.now() : null, id);
  const indicatorId = () => idOf("select indicator_id from agreed_effects where id = ?", effectId);
  const programmeId = () => idOf("select programme_id from indicators where id = ?", indicatorId());

  it.each([
    ["agreed_effects", () => effectId, "grantEffectArchived"],
    ["indicators", indicatorId, "grantIndicatorArchived"],
    ["programmes", programmeId, "grantProgrammeArchived"],
  ] as const)(
    "is refused while the %s row behind it is archived, and goes through once restored",
    async (table, id, error) => {
      const applicationId = await applyAsPartner(`Toekennen na archiveren in ${table}`);
      archived(table, id(), true);
      try {
        as("management");
        const refused = await decideSubsidyApplication(
          { applicationId },
          { decision: "toegekend", amount: 5_000, reason: "" },
        );
        expect(refused).toMatchObject({ ok: false, error });
        expect(statusOf(applicationId)).toBe("ingediend");
      } finally {
        archived(table, id(), false);
      }
      okValue(await decideSubsidyApplication({ applicationId }, { decision: "toegekend", amount: 5_000, reason: "" }));
      expect(statusOf(applicationId)).toBe("toegekend");
    },
  );

  it("is refused on an archived framework", async () => {
    const applicationId = await applyAsPartner("Toekennen in een gearchiveerd kader");
    run("update subsidy_frameworks set archived_at = ? where id = ?", Date.now(), frameworkId);
    try {
      as("management");
      const refused = await decideSubsidyApplication(
        { applicationId },
        { decision: "toegekend", amount: 5_000, reason: "" },
      );
      expect(refused).toMatchObject({ ok: false });
      expect(statusOf(applicationId)).toBe("ingediend");
    } finally {
      run("update subsidy_frameworks set archived_at = null where id = ?", frameworkId);
    }
  });
});
