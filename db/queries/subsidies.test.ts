// Subsidiekaders against the demo database: a partner sees only the frameworks open to it and its own organisation's
// applications, and applies only for its own organisation; only management and the beheerder decide; another
// gemeente reads and changes nothing; a grant gives the partner its reporting obligations in the partner reporting.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";
import { NotFoundError } from "../errors";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const { demoViewer } = await import("./demo-viewer");
const { getApplication, getFramework, listApplications, listFrameworks } = await import("./subsidies");
const { createSubsidyFramework, updateSubsidyFramework } = await import("./subsidy-changes");
const { createSubsidyApplication, decideSubsidyApplication } = await import("./subsidy-applications");
const { DEMO_FRAMEWORK } = await import("../seed-subsidies");

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

function okValue<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.value;
}

let effectId: number;
let buurtkracht: number;
let taalhuis: number;
let demoFramework: number;

/** A framework funding the demo's agreed effect, made by management. */
async function framework(name: string, status: "concept" | "open" | "gesloten", budget = 100_000, year = 2028) {
  as("management");
  const { frameworkId } = okValue(
    await createSubsidyFramework({
      name,
      budget,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      criteria: "Ouderen in Oost ontmoeten elkaar.",
      status: "open",
      effectIds: [effectId],
    }),
  );
  if (status !== "open") {
    const version = idOf("select version from subsidy_frameworks where id = ?", frameworkId);
    okValue(
      await updateSubsidyFramework(
        { frameworkId },
        {
          name,
          budget,
          startsOn: `${year}-01-01`,
          endsOn: `${year}-12-31`,
          criteria: "Ouderen in Oost ontmoeten elkaar.",
          status,
          effectIds: [effectId],
          version,
        },
      ),
    );
  }
  return frameworkId;
}

const application = (partnerOrganisationId: number | null, requestedAmount = 20_000) => ({
  partnerOrganisationId,
  requestedAmount,
  plan: "Ontmoetingsochtenden in De Schakel.",
  effects: [{ agreedEffectId: effectId, target: 25 }],
});

beforeAll(async () => {
  ({ db } = await demoDatabase());
  for (const [who, email] of Object.entries({
    beheerder: "beheerder@voorbeeld.example",
    programmamanager: "manager@voorbeeld.example",
    management: "management@voorbeeld.example",
    teamlid: "team@voorbeeld.example",
    partner: "partner@voorbeeld.example",
    taalhuis: "taalhuis@voorbeeld.example",
    testdorp: "beheerder@testdorp.example",
  })) {
    people[who] = demoViewer(db, email);
  }
  effectId = idOf("select agreed_effect_id from subsidy_framework_effects order by id limit 1");
  buurtkracht = idOf("select id from partner_organisations where name = 'Stichting Buurtkracht'");
  taalhuis = idOf("select id from partner_organisations where name = 'Taalhuis Voorbeeld'");
  demoFramework = idOf("select id from subsidy_frameworks where name = ?", DEMO_FRAMEWORK);
});

describe("the demo data", () => {
  it("has the framework with a granted and a rejected application", async () => {
    as("management");
    const found = await getFramework({ frameworkId: demoFramework });
    expect([found.name, found.status, found.budget, found.granted, found.remaining]).toEqual([
      DEMO_FRAMEWORK,
      "open",
      150_000,
      50_000,
      100_000,
    ]);
    const { rows } = await listApplications({ frameworkId: demoFramework });
    expect(rows.map((r) => [r.partnerName, r.status, r.grantedAmount]).sort()).toEqual([
      ["Stichting Buurtkracht", "toegekend", 50_000],
      ["Taalhuis Voorbeeld", "afgewezen", null],
    ]);
    expect(rows.find((r) => r.status === "afgewezen")?.decisionReason).not.toBe("");
  });
});

describe("what a partner sees", () => {
  it("lists only the frameworks open to it and those its organisation applied to", async () => {
    const concept = await framework("Concept: nog niet open", "concept");
    const closed = await framework("Gesloten zonder aanvraag", "gesloten");
    const closedApplied = await framework("Gesloten met aanvraag", "open");
    as("partner");
    okValue(await createSubsidyApplication({ frameworkId: closedApplied }, application(null)));
    as("management");
    const version = idOf("select version from subsidy_frameworks where id = ?", closedApplied);
    okValue(
      await updateSubsidyFramework(
        { frameworkId: closedApplied },
        {
          name: "Gesloten met aanvraag",
          budget: 100_000,
          startsOn: "2028-01-01",
          endsOn: "2028-12-31",
          criteria: "Ouderen in Oost ontmoeten elkaar.",
          status: "gesloten",
          effectIds: [effectId],
          version,
        },
      ),
    );

    as("partner");
    const names = (await listFrameworks()).rows.map((r) => r.name);
    expect(names).toContain(DEMO_FRAMEWORK);
    expect(names).toContain("Gesloten met aanvraag");
    expect(names).not.toContain("Concept: nog niet open");
    expect(names).not.toContain("Gesloten zonder aanvraag");
    await expect(getFramework({ frameworkId: concept })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFramework({ frameworkId: closed })).rejects.toBeInstanceOf(NotFoundError);
    // Taalhuis did not apply to the closed one: for its people it does not exist.
    as("taalhuis");
    await expect(getFramework({ frameworkId: closedApplied })).rejects.toBeInstanceOf(NotFoundError);
    // The gemeente sees them all.
    as("teamlid");
    const all = (await listFrameworks()).rows.map((r) => r.name);
    expect(all).toEqual(expect.arrayContaining(["Concept: nog niet open", "Gesloten zonder aanvraag"]));
  });

  it("sees only its own organisation's applications", async () => {
    as("partner");
    const own = (await listApplications({ frameworkId: demoFramework })).rows;
    expect(own.map((r) => r.partnerName)).toEqual(["Stichting Buurtkracht"]);
    const theirs = idOf(
      "select id from subsidy_applications where framework_id = ? and partner_organisation_id = ?",
      demoFramework,
      taalhuis,
    );
    await expect(getApplication({ frameworkId: demoFramework, applicationId: theirs })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    as("taalhuis");
    expect((await listApplications({ frameworkId: demoFramework })).rows.map((r) => r.partnerName)).toEqual([
      "Taalhuis Voorbeeld",
    ]);
    expect((await getApplication({ frameworkId: demoFramework, applicationId: theirs })).status).toBe("afgewezen");
  });

  it("applies for its own organisation only, and only to an open framework", async () => {
    const open = await framework("Open voor de eigen organisatie", "open");
    as("partner");
    const { applicationId } = okValue(await createSubsidyApplication({ frameworkId: open }, application(taalhuis)));
    expect(value("select partner_organisation_id from subsidy_applications where id = ?", applicationId)).toBe(
      buurtkracht,
    );
    const concept = await framework("Nog een concept", "concept");
    as("partner");
    expect(await createSubsidyApplication({ frameworkId: concept }, application(null))).toEqual({
      ok: false,
      error: "notFound",
    });
    as("teamlid");
    expect(await createSubsidyApplication({ frameworkId: open }, application(buurtkracht))).toEqual({
      ok: false,
      error: "forbidden",
    });
    // Someone of the gemeente records one on a partner's behalf.
    as("programmamanager");
    const onBehalf = okValue(await createSubsidyApplication({ frameworkId: open }, application(taalhuis)));
    expect(value("select partner_organisation_id from subsidy_applications where id = ?", onBehalf.applicationId)).toBe(
      taalhuis,
    );
  });
});

describe("editing a framework", () => {
  it("refuses a save from an older version with both versions, and a budget below what is granted", async () => {
    const frameworkId = await framework("Wijzigen: versie", "open");
    const form = {
      name: "Wijzigen: versie",
      budget: 100_000,
      startsOn: "2028-01-01",
      endsOn: "2028-12-31",
      criteria: "Ouderen in Oost ontmoeten elkaar.",
      status: "open" as const,
      effectIds: [effectId],
    };
    const version = idOf("select version from subsidy_frameworks where id = ?", frameworkId);
    as("management");
    okValue(await updateSubsidyFramework({ frameworkId }, { ...form, budget: 90_000, version }));
    as("beheerder");
    const stale = await updateSubsidyFramework({ frameworkId }, { ...form, criteria: "Iets anders.", version });
    expect(stale).toMatchObject({ ok: false, error: "changedMeanwhile" });
    expect((stale as { conflict?: { saved: Record<string, unknown> } }).conflict?.saved).toMatchObject({
      budget: "90000",
    });
    expect(value("select criteria from subsidy_frameworks where id = ?", frameworkId)).toBe(
      "Ouderen in Oost ontmoeten elkaar.",
    );
    as("partner");
    const { applicationId } = okValue(await createSubsidyApplication({ frameworkId }, application(null)));
    as("management");
    okValue(await decideSubsidyApplication({ applicationId }, { decision: "toegekend", amount: 20_000, reason: "" }));
    const current = idOf("select version from subsidy_frameworks where id = ?", frameworkId);
    expect(await updateSubsidyFramework({ frameworkId }, { ...form, budget: 19_999, version: current })).toEqual({
      ok: false,
      error: "budgetBelowGranted",
      field: "budget",
      params: { amount: 20_000 },
    });
  });
});

describe("deciding", () => {
  it("is for management and the beheerder only", async () => {
    const open = await framework("Besluiten: wie mag", "open");
    as("partner");
    const { applicationId } = okValue(await createSubsidyApplication({ frameworkId: open }, application(null)));
    const grant = { decision: "toegekend" as const, amount: 10_000, reason: "" };
    for (const who of ["programmamanager", "teamlid", "partner"]) {
      as(who);
      expect(await decideSubsidyApplication({ applicationId }, grant)).toEqual({ ok: false, error: "forbidden" });
      expect(value("select status from subsidy_applications where id = ?", applicationId)).toBe("ingediend");
    }
    as("beheerder");
    okValue(await decideSubsidyApplication({ applicationId }, grant));
    expect(value("select status from subsidy_applications where id = ?", applicationId)).toBe("toegekend");
    as("management");
    expect(await decideSubsidyApplication({ applicationId }, grant)).toMatchObject({
      ok: false,
      error: "applicationDecided",
    });
  });

  it("grants no more than what is left of the budget, and audits the decision", async () => {
    const open = await framework("Besluiten: budget", "open", 25_000);
    as("partner");
    const first = okValue(await createSubsidyApplication({ frameworkId: open }, application(null, 20_000)));
    as("programmamanager");
    const second = okValue(await createSubsidyApplication({ frameworkId: open }, application(taalhuis, 20_000)));
    as("management");
    okValue(await decideSubsidyApplication(first, { decision: "toegekend", amount: 15_000, reason: "" }));
    expect(await decideSubsidyApplication(second, { decision: "toegekend", amount: 10_001, reason: "" })).toEqual({
      ok: false,
      error: "amountAboveBudget",
      field: "amount",
      params: { amount: 10_000 },
    });
    okValue(await decideSubsidyApplication(second, { decision: "toegekend", amount: 10_000, reason: "" }));
    expect(
      value(
        "select count(*) from audit_events where entity_type = 'subsidy_application' and action = 'subsidyApplication.granted' and entity_id in (?, ?)",
        String(first.applicationId),
        String(second.applicationId),
      ),
    ).toBe(2);
  });

  it("refuses another gemeente: its records do not exist there", async () => {
    as("testdorp");
    expect((await listFrameworks()).rows).toEqual([]);
    await expect(getFramework({ frameworkId: demoFramework })).rejects.toBeInstanceOf(NotFoundError);
    const pending = await framework("Besluiten: andere gemeente", "open");
    as("partner");
    const { applicationId } = okValue(await createSubsidyApplication({ frameworkId: pending }, application(null)));
    as("testdorp");
    expect(
      await decideSubsidyApplication({ applicationId }, { decision: "afgewezen", amount: null, reason: "Nee" }),
    ).toEqual({ ok: false, error: "notFound" });
    expect(await createSubsidyApplication({ frameworkId: pending }, application(buurtkracht))).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(value("select status from subsidy_applications where id = ?", applicationId)).toBe("ingediend");
  });
});

describe("a grant", () => {
  const obligations = (partnerId: number, programmeId: number) => ({
    partakes: value(
      "select count(*) from programme_partners where programme_id = ? and partner_organisation_id = ?",
      programmeId,
      partnerId,
    ),
    assigned: value(
      "select count(*) from reporting_assignments where programme_id = ? and partner_organisation_id = ? and indicator_id = (select indicator_id from agreed_effects where id = ?) and ended_at is null",
      programmeId,
      partnerId,
      effectId,
    ),
    periods: db.$client
      .prepare(
        "select starts_on as startsOn, ends_on as endsOn from reporting_periods where programme_id = ? and partner_organisation_id = ? and starts_on >= '2029-01-01' order by starts_on",
      )
      .all(programmeId, partnerId),
  });

  it("gives the partner its reporting obligations on the effect's indicator over the framework's period", async () => {
    const programmeId = idOf(
      "select i.programme_id from agreed_effects e join indicators i on i.id = e.indicator_id where e.id = ?",
      effectId,
    );
    const open = await framework("Toekenning met verplichtingen", "open", 100_000, 2029);
    // A partner organisation that takes part in no programme yet.
    const fresh = Number(
      db.$client
        .prepare("insert into partner_organisations (organisation_id, name) values (?, 'Stichting Nieuw Begin')")
        .run(people.beheerder?.organisationId ?? 0).lastInsertRowid,
    );
    as("programmamanager");
    const rejected = okValue(await createSubsidyApplication({ frameworkId: open }, application(fresh)));
    as("management");
    okValue(await decideSubsidyApplication(rejected, { decision: "afgewezen", amount: null, reason: "Past niet." }));
    // A rejection gives no obligations: the partner does not take part in the programme and reports nothing there.
    expect(obligations(fresh, programmeId)).toEqual({ partakes: 0, assigned: 0, periods: [] });

    as("programmamanager");
    const granted = okValue(await createSubsidyApplication({ frameworkId: open }, application(fresh)));
    as("management");
    okValue(await decideSubsidyApplication(granted, { decision: "toegekend", amount: 18_000, reason: "" }));
    expect(obligations(fresh, programmeId)).toEqual({
      partakes: 1,
      assigned: 1,
      periods: [
        { startsOn: "2029-01-01", endsOn: "2029-06-30" },
        { startsOn: "2029-07-01", endsOn: "2029-12-31" },
      ],
    });
    // In the same transaction as the decision: its audit events follow each other.
    const actions = db.$client
      .prepare("select action from audit_events order by id desc limit 3")
      .pluck()
      .all()
      .reverse();
    expect(actions).toEqual([
      "reporting.indicators_assigned",
      "reporting.periods_created",
      "subsidyApplication.granted",
    ]);
  });
});
