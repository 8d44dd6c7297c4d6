// The veranderplan and its agreed effects against the demo database: who reads and writes them (a partner does not
// read the register's plans; another gemeente reads and changes nothing), the bounds and dates checked on the server,
// the version check of a plan and of a correction, and archiving an effect with its reason instead of deleting it.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";
import { ForbiddenError, NotFoundError } from "../errors";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const { demoViewer } = await import("./demo-viewer");
const { getVeranderplan } = await import("./veranderplan");
const { listAgreedEffects, listGemeenteAgreedEffects } = await import("./agreed-effects");
const { saveChangePlan, addMilestone, archiveMilestone, changeMilestone } = await import("./veranderplan-changes");
const { archiveAgreedEffect, correctAgreedEffect, createAgreedEffect, restoreAgreedEffect } = await import(
  "./agreed-effect-changes"
);
const { createOpgave } = await import("./opgave-changes");
const { DEMO_EFFECTS } = await import("../seed-veranderplan");

const TODAY = "2026-12-03";
let db: AppDatabase;
const people: Record<string, Viewer> = {};
const as = (who: string) => {
  current.viewer = people[who];
};
const idOf = (sql: string, ...params: (string | number)[]) =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params) as number;
const count = (sql: string, ...params: (string | number)[]) =>
  Number(
    db.$client
      .prepare(sql)
      .pluck()
      .get(...params),
  );

function okValue<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.value;
}

let demoOpgave: number;
let share: number;
const effect = (description: string, overrides: Record<string, number | string> = {}) => ({
  indicatorId: share,
  description,
  baselineValue: 48,
  baselineDate: "2026-01-01",
  targetValue: 36,
  targetDate: "2029-12-31",
  ...overrides,
});

beforeAll(async () => {
  ({ db } = await demoDatabase());
  for (const [who, email] of Object.entries({
    beheerder: "beheerder@voorbeeld.example",
    programmamanager: "manager@voorbeeld.example",
    management: "management@voorbeeld.example",
    teamlid: "team@voorbeeld.example",
    partner: "partner@voorbeeld.example",
    testdorp: "beheerder@testdorp.example",
  })) {
    people[who] = demoViewer(db, email);
  }
  demoOpgave = idOf("select id from opgaven where title = 'Eenzaamheid onder ouderen in Oost'");
  share = idOf("select id from indicators where name = 'Aandeel deelnemers dat zich vaak eenzaam voelt'");
});

describe("the demo veranderplan", () => {
  it("belongs to the opgave ranked first, with partners, milestones and effects on the pilot's indicators", async () => {
    as("teamlid");
    const plan = await getVeranderplan({ opgaveId: demoOpgave });
    expect(plan.opgave.rank).toBe(1);
    expect(plan.plan?.change).toMatch(/^Over drie jaar/);
    expect(plan.partners.map((p) => p.name)).toEqual(["Stichting Buurtkracht", "Taalhuis Voorbeeld"]);
    expect(plan.milestones).toHaveLength(3);
    expect(plan.effects.map((e) => [e.description, e.programmeName])).toEqual([
      [DEMO_EFFECTS.loneliness, "Samen minder eenzaam in Oost"],
      [DEMO_EFFECTS.meeting, "Samen minder eenzaam in Oost"],
    ]);
    expect((await listGemeenteAgreedEffects()).map((e) => e.opgaveTitle)).toContain(
      "Eenzaamheid onder ouderen in Oost",
    );
  });
});

describe("reading a veranderplan", () => {
  it("is not for a partner: the register is the gemeente's own", async () => {
    as("partner");
    await expect(getVeranderplan({ opgaveId: demoOpgave })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAgreedEffects({ opgaveId: demoOpgave })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listGemeenteAgreedEffects()).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("does not exist for another gemeente, and lists none of its effects", async () => {
    as("testdorp");
    await expect(getVeranderplan({ opgaveId: demoOpgave })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAgreedEffects({ opgaveId: demoOpgave })).rejects.toBeInstanceOf(NotFoundError);
    expect(await listGemeenteAgreedEffects()).toEqual([]);
  });
});

describe("writing agreed effects", () => {
  it.each([
    ["beheerder", true],
    ["programmamanager", true],
    ["management", true],
    ["teamlid", false],
    ["partner", false],
    ["testdorp", false],
  ] as const)("as %s: written %s", async (who, allowed) => {
    as(who);
    const description = `Effect van ${who}`;
    const result = await createAgreedEffect({ opgaveId: demoOpgave }, effect(description), TODAY);
    expect(result.ok).toBe(allowed);
    expect(count("select count(*) from agreed_effects where description = ?", description)).toBe(allowed ? 1 : 0);
    if (!allowed) expect(result).toEqual({ ok: false, error: who === "testdorp" ? "notFound" : "forbidden" });
  });

  it("refuses an indicator of another gemeente", async () => {
    as("testdorp");
    const opgaveId = okValue(
      await createOpgave({
        title: "Testdorp: eenzaamheid",
        description: "In Testdorp.",
        targetGroup: "",
        area: "",
        ownerId: null,
      }),
    ).opgaveId;
    const result = await createAgreedEffect({ opgaveId }, effect("Met een indicator van Voorbeeld"), TODAY);
    expect(result).toEqual({ ok: false, error: "chooseIndicator", field: "indicatorId" });
    expect(count("select count(*) from agreed_effects where opgave_id = ?", opgaveId)).toBe(0);
  });

  it("checks bounds, direction and dates on the server, every problem at once", async () => {
    as("programmamanager");
    const result = await createAgreedEffect(
      { opgaveId: demoOpgave },
      effect("Buiten de grenzen", { baselineValue: 120, targetValue: 36, baselineDate: "2027-01-01" }),
      TODAY,
    );
    expect(result.ok).toBe(false);
    expect((result as unknown as { problems: Record<string, { key: string }[]> }).problems).toEqual({
      baselineValue: [{ key: "valueAboveMax", values: { max: 100 } }],
      baselineDate: [{ key: "baselineInFuture" }],
    });
    const wrongWay = await createAgreedEffect(
      { opgaveId: demoOpgave },
      effect("Verkeerde kant", { targetValue: 60 }),
      TODAY,
    );
    expect((wrongWay as unknown as { problems: unknown }).problems).toEqual({
      targetValue: [{ key: "targetNotLower" }],
    });
    expect(
      count("select count(*) from agreed_effects where description in ('Buiten de grenzen', 'Verkeerde kant')"),
    ).toBe(0);
  });

  it("corrects with a reason in the audit trail; a save from an older version shows both and changes nothing", async () => {
    as("programmamanager");
    const effectId = okValue(
      await createAgreedEffect({ opgaveId: demoOpgave }, effect("Te corrigeren"), TODAY),
    ).effectId;
    okValue(
      await correctAgreedEffect(
        { opgaveId: demoOpgave, effectId },
        { ...effect("Te corrigeren", { targetValue: 30 }), version: 1, reason: "Nieuwe GGD-monitor" },
        TODAY,
      ),
    );
    expect(
      count(
        "select count(*) from audit_events where action = 'agreed_effect.corrected' and entity_id = ? and changes like '%Nieuwe GGD-monitor%'",
        String(effectId),
      ),
    ).toBe(1);
    as("management");
    const stale = await correctAgreedEffect(
      { opgaveId: demoOpgave, effectId },
      { ...effect("Te corrigeren", { targetValue: 32 }), version: 1, reason: "Afspraak met Buurtkracht" },
      TODAY,
    );
    expect(stale).toMatchObject({
      ok: false,
      error: "changedMeanwhile",
      conflict: { version: 2, changed: ["targetValue"], saved: { targetValue: "30" } },
    });
    expect(count("select target_value from agreed_effects where id = ?", effectId)).toBe(30);
  });

  it("archives with a reason instead of deleting, refuses corrections while archived, and restores", async () => {
    as("beheerder");
    const effectId = okValue(
      await createAgreedEffect({ opgaveId: demoOpgave }, effect("Te archiveren"), TODAY),
    ).effectId;
    okValue(await archiveAgreedEffect({ opgaveId: demoOpgave, effectId }, { reason: "Niet meer samen meten" }));
    const listed = await listAgreedEffects({ opgaveId: demoOpgave });
    expect(listed.open.map((e) => e.id)).not.toContain(effectId);
    expect(listed.archived.find((e) => e.id === effectId)?.archiveReason).toBe("Niet meer samen meten");
    const version = count("select version from agreed_effects where id = ?", effectId);
    expect(
      await correctAgreedEffect(
        { opgaveId: demoOpgave, effectId },
        { ...effect("Te archiveren"), version, reason: "Toch" },
        TODAY,
      ),
    ).toEqual({ ok: false, error: "archivedEffect" });
    okValue(await restoreAgreedEffect({ opgaveId: demoOpgave, effectId }));
    expect((await listAgreedEffects({ opgaveId: demoOpgave })).open.map((e) => e.id)).toContain(effectId);
  });
});

describe("writing the plan", () => {
  it("makes the plan on the first save, and refuses a save from an older version with both versions", async () => {
    as("programmamanager");
    const opgaveId = okValue(
      await createOpgave({
        title: "Gezonde schoolpleinen",
        description: "Kinderen bewegen weinig.",
        targetGroup: "",
        area: "",
        ownerId: null,
      }),
    ).opgaveId;
    const first = {
      change: "Over drie jaar spelen kinderen elke dag buiten.",
      strategies: "",
      partnerOrganisationIds: [],
    };
    okValue(await saveChangePlan({ opgaveId }, { ...first, version: 0 }));
    as("management");
    const late = await saveChangePlan(
      { opgaveId },
      { ...first, change: "Een ander plan, tegelijk begonnen.", version: 0 },
    );
    expect(late).toMatchObject({ ok: false, error: "changedMeanwhile", conflict: { version: 1, changed: ["change"] } });
    okValue(await saveChangePlan({ opgaveId }, { ...first, strategies: "Schoolpleinen worden groen.", version: 1 }));
    expect(count("select version from change_plans where opgave_id = ?", opgaveId)).toBe(2);
    expect(
      count(
        "select count(*) from audit_events where entity_type = 'change_plan' and action like 'change_plan.%' and summary = 'Gezonde schoolpleinen'",
      ),
    ).toBe(2);
  });

  it("gives a milestone only to someone of the gemeente, and only once the plan is written", async () => {
    as("programmamanager");
    const partnerUser = idOf("select id from users where email = 'partner@voorbeeld.example'");
    expect(
      await addMilestone(
        { opgaveId: demoOpgave },
        { year: 2028, description: "Door de partner", ownerId: partnerUser },
      ),
    ).toEqual({ ok: false, error: "chooseOwner", field: "ownerId" });
    const opgaveId = okValue(
      await createOpgave({ title: "Zonder plan", description: "Nog niets.", targetGroup: "", area: "", ownerId: null }),
    ).opgaveId;
    expect(
      await addMilestone(
        { opgaveId },
        { year: 2028, description: "Te vroeg", ownerId: people.programmamanager?.userId ?? 0 },
      ),
    ).toEqual({ ok: false, error: "writePlanFirst" });
  });
});

describe("changing a milestone", () => {
  it("needs a reason to change what was agreed, not to mark it done; checks the version; archives instead of deleting", async () => {
    as("programmamanager");
    const owner = people.programmamanager?.userId ?? 0;
    const { milestoneId } = okValue(
      await addMilestone(
        { opgaveId: demoOpgave },
        { year: 2028, description: "Twaalf buurtkamers open", ownerId: owner },
      ),
    );
    const ids = { opgaveId: demoOpgave, milestoneId };
    const base = { year: 2028, description: "Twaalf buurtkamers open", ownerId: owner, reason: "" };
    // Marking it done needs no reason.
    okValue(await changeMilestone(ids, { ...base, state: "klaar", version: 1 }));
    expect(count("select count(*) from change_plan_milestones where id = ? and done_at is not null", milestoneId)).toBe(
      1,
    );
    // Changing what was agreed does.
    expect(await changeMilestone(ids, { ...base, year: 2029, state: "klaar", version: 2 })).toEqual({
      ok: false,
      error: "milestoneReasonRequired",
      field: "reason",
    });
    okValue(await changeMilestone(ids, { ...base, year: 2029, state: "klaar", reason: "Later rond", version: 2 }));
    const event = db.$client.prepare("select action, summary from audit_events order by id desc limit 1").get() as {
      action: string;
      summary: string;
    };
    expect(event.action).toBe("change_plan.milestone_changed");
    expect(event.summary).toContain("Later rond");
    // A save from the version before is refused with both versions, and changes nothing.
    const stale = await changeMilestone(ids, { ...base, year: 2030, state: "open", reason: "Nog later", version: 2 });
    expect(stale).toMatchObject({
      ok: false,
      error: "changedMeanwhile",
      conflict: { version: 3, saved: { year: "2029" } },
    });
    expect(count("select count(*) from change_plan_milestones where id = ? and year = 2029", milestoneId)).toBe(1);
    // Archived, not deleted; then it is not changed any more.
    okValue(await archiveMilestone(ids));
    expect(
      count("select count(*) from change_plan_milestones where id = ? and archived_at is not null", milestoneId),
    ).toBe(1);
    expect(await changeMilestone(ids, { ...base, state: "open", version: 3 })).toEqual({
      ok: false,
      error: "archivedMilestone",
    });
  });
});
