// Monitoring together against a temporary demo database: a framework's monitoring counts only approved values of the
// partners granted on the effect, summed and per partner; a partner sees its own part of it and nothing of another
// partner's; an opgave's monitoring is the gemeente's; another gemeente finds neither.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";
import { NotFoundError } from "../errors";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may see is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const { demoViewer } = await import("./demo-viewer");
const { addAgreedEffect, addIndicator, createProgramme } = await import("../fixtures");
const { addSecondPartner, SECOND_PARTNER, SECOND_PARTNER_USER } = await import("./reporting.world");
const { createSubsidyFramework } = await import("./subsidy-changes");
const { createSubsidyApplication, decideSubsidyApplication } = await import("./subsidy-applications");
const { saveSubmissionNarrative, saveSubmissionValue } = await import("./submission-values");
const { submitSubmission } = await import("./submission-steps");
const { approveSubmission } = await import("./submission-approval");
const { getFrameworkMonitoring, getOpgaveMonitoring } = await import("./effect-monitoring");
const { DEMO_FRAMEWORK } = await import("../seed-subsidies");
const { createOpgavePage } = await import("./opgave-pages");
const { getPage, listPages } = await import("./pages");
const { addPageComment, updatePage } = await import("./page-changes");
const { archiveState } = await import("./archived");

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

function okValue<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.value;
}

let frameworkId: number;
let opgaveId: number;
let indicatorId: number;
let welzijn: number;

/** The partner's report for its period in the test's framework: one value and a narrative, handed in. */
async function report(who: string, partnerId: number, value: number, measuredOn: string, wentWell: string) {
  as(who);
  const periodId = idOf(
    "select id from reporting_periods where partner_organisation_id = ? and programme_id = (select programme_id from indicators where id = ?)",
    partnerId,
    indicatorId,
  );
  let { version } = okValue(
    await saveSubmissionValue({ periodId }, { indicatorId, measuredOn, value, note: "", version: 0 }),
  );
  ({ version } = okValue(
    await saveSubmissionNarrative({ periodId }, { wentWell, wentLess: "", learned: "", version }),
  ));
  okValue(await submitSubmission({ periodId }, { version }));
  return idOf("select id from submissions where period_id = ?", periodId);
}

async function approve(submissionId: number) {
  as("programmamanager");
  const version = idOf("select version from submissions where id = ?", submissionId);
  okValue(await approveSubmission({ submissionId }, { version }));
}

beforeAll(async () => {
  ({ db } = await demoDatabase());
  welzijn = addSecondPartner(db);
  for (const [who, email] of Object.entries({
    beheerder: "beheerder@voorbeeld.example",
    programmamanager: "manager@voorbeeld.example",
    management: "management@voorbeeld.example",
    teamlid: "team@voorbeeld.example",
    partner: "partner@voorbeeld.example",
    welzijn: SECOND_PARTNER_USER,
    taalhuis: "taalhuis@voorbeeld.example",
    testdorp: "beheerder@testdorp.example",
  })) {
    people[who] = demoViewer(db, email);
  }
  const buurtkracht = idOf("select id from partner_organisations where name = 'Stichting Buurtkracht'");
  const programme = createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: "Samen monitoren",
    societalChallenge: "Eenzaamheid.",
    owner: "manager@voorbeeld.example",
    team: ["team@voorbeeld.example"],
    partners: [],
    startDate: "2026-01-01",
    endDate: "2027-12-31",
  });
  indicatorId = addIndicator(db, programme, {
    name: "Deelnemers aan de ochtenden",
    unit: "deelnemers",
    baseline: { value: 10, date: "2026-01-01" },
    target: { value: 40, date: "2027-12-31" },
  }).id;
  const effect = addAgreedEffect(db, programme, {
    opgave: "Ouderen ontmoeten elkaar",
    description: "Meer ouderen komen naar de ochtenden",
    indicatorId,
  });
  opgaveId = effect.opgaveId;
  as("management");
  ({ frameworkId } = okValue(
    await createSubsidyFramework({
      name: "Ontmoeten 2026",
      budget: 100_000,
      startsOn: "2026-01-01",
      endsOn: "2026-06-30",
      criteria: "Ouderen ontmoeten elkaar.",
      status: "open",
      effectIds: [effect.effectId],
    }),
  ));
  const apply = async (who: string, target: number) => {
    as(who);
    const { applicationId } = okValue(
      await createSubsidyApplication(
        { frameworkId },
        {
          partnerOrganisationId: null,
          requestedAmount: 10_000,
          plan: "Ochtenden in de buurt.",
          effects: [{ agreedEffectId: effect.effectId, target }],
        },
      ),
    );
    as("management");
    okValue(await decideSubsidyApplication({ applicationId }, { decision: "toegekend", amount: 10_000, reason: "" }));
  };
  await apply("partner", 30);
  await apply("welzijn", 15);
  // Buurtkracht's report is approved; Welzijn West's is approved too; the totals count both, once each.
  await approve(await report("partner", buurtkracht, 7, "2026-06-30", "De ochtenden lopen goed in Oost."));
  await approve(await report("welzijn", welzijn, 11, "2026-06-29", "In West komen vooral vrouwen."));
});

describe("a framework's monitoring", () => {
  it("sums the approved values of the granted partners, and shows each partner against its own target", async () => {
    as("management");
    const found = await getFrameworkMonitoring({ frameworkId });
    const [effect] = found.effects;
    expect(found.ownPartOnly).toBe(false);
    expect(effect?.monitoring.total).toBe(18);
    expect(effect?.monitoring.grantedTarget).toBe(45);
    expect(effect?.monitoring.targetValue).toBe(40);
    expect(effect?.monitoring.partners.map((p) => [p.partnerName, p.total, p.target])).toEqual([
      ["Stichting Buurtkracht", 7, 30],
      [SECOND_PARTNER, 11, 15],
    ]);
    expect(found.narratives.rows.map((r) => r.wentWell).sort()).toEqual([
      "De ochtenden lopen goed in Oost.",
      "In West komen vooral vrouwen.",
    ]);
    expect(found.late).toEqual([]);
  });

  it("gives a partner its own reports and target, and nothing of another partner's", async () => {
    as("partner");
    const mine = await getFrameworkMonitoring({ frameworkId });
    expect(mine.ownPartOnly).toBe(true);
    const [effect] = mine.effects;
    expect(effect?.monitoring.partners.map((p) => [p.partnerName, p.total, p.target])).toEqual([
      ["Stichting Buurtkracht", 7, 30],
    ]);
    // Its own part only: the sum over partners would give the other partner's figure away.
    expect(effect?.monitoring.total).toBe(7);
    expect(effect?.monitoring.grantedTarget).toBe(30);
    expect(mine.narratives.rows.map((r) => r.wentWell)).toEqual(["De ochtenden lopen goed in Oost."]);
    expect(JSON.stringify(mine)).not.toContain(SECOND_PARTNER);
    expect(JSON.stringify(mine)).not.toContain("In West komen vooral vrouwen.");

    as("welzijn");
    const theirs = await getFrameworkMonitoring({ frameworkId });
    expect(theirs.effects[0]?.monitoring.partners.map((p) => p.partnerName)).toEqual([SECOND_PARTNER]);
    expect(JSON.stringify(theirs)).not.toContain("Stichting Buurtkracht");
  });

  it("does not exist for another gemeente", async () => {
    as("testdorp");
    await expect(getFrameworkMonitoring({ frameworkId })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("an opgave's monitoring", () => {
  it("is the gemeente's: the same totals, the framework that funds it; a partner and another gemeente find none", async () => {
    as("teamlid");
    const found = await getOpgaveMonitoring({ opgaveId });
    expect(found.effects[0]?.monitoring.total).toBe(18);
    expect(found.frameworks.map((f) => f.name)).toEqual(["Ontmoeten 2026"]);
    as("partner");
    await expect(getOpgaveMonitoring({ opgaveId })).rejects.toThrow();
    as("testdorp");
    await expect(getOpgaveMonitoring({ opgaveId })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the demo", () => {
  it("has an approved report of Buurtkracht against the effect of its granted application", async () => {
    as("management");
    const demo = idOf("select id from subsidy_frameworks where name = ?", DEMO_FRAMEWORK);
    const found = await getFrameworkMonitoring({ frameworkId: demo });
    const part = found.effects[0]?.monitoring.partners.find((p) => p.partnerName === "Stichting Buurtkracht");
    expect(part?.valueCount).toBe(1);
    expect(part?.total).toBeGreaterThan(0);
    expect(found.narratives.total).toBeGreaterThan(0);
  });
});

describe("the shared page of an opgave", () => {
  it("is read and written by the gemeente and the partners granted on its effects, not by another partner", async () => {
    as("programmamanager");
    const { pageId } = okValue(
      await createOpgavePage({ opgaveId }, { title: (title) => `Samen reflecteren: ${title}`, body: "Begin." }),
    );
    // One page per opgave: asking again gives the same one.
    expect(okValue(await createOpgavePage({ opgaveId }, { title: () => "Nog een", body: "" })).pageId).toBe(pageId);

    as("partner");
    const page = await getPage({ pageId });
    expect([page.title, page.mayWrite]).toEqual(["Samen reflecteren: Ouderen ontmoeten elkaar", true]);
    // The page's own view also asks whether it is archived: that read lets the partner through too.
    expect((await archiveState({ kind: "page", id: pageId })).archived).toBeNull();
    expect((await listPages()).pages.map((p) => p.id)).toContain(pageId);
    const saved = okValue(
      await updatePage({ pageId }, { title: page.title, body: "Begin. Buurtkracht: meer mannen.", baseVersion: 1 }),
    );
    expect(saved).toEqual({ outcome: "saved", version: 2 });
    // A save on the old version is a conflict, as on any page.
    expect(
      okValue(await updatePage({ pageId }, { title: page.title, body: "Iets anders.", baseVersion: 1 })).outcome,
    ).toBe("conflict");

    as("taalhuis");
    await expect(getPage({ pageId })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listPages()).pages.map((p) => p.id)).not.toContain(pageId);
    const refused = await addPageComment({ pageId }, { body: "Mag ik meedoen?" });
    expect(refused.ok).toBe(false);
    expect(idOf("select count(*) from page_comments where page_id = ?", pageId)).toBe(0);

    as("testdorp");
    await expect(getPage({ pageId })).rejects.toBeInstanceOf(NotFoundError);
  });
});
