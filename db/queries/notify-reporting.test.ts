// The notifications of a partner's report against the demo data: handed in, the programme's owner and team are asked
// to review it; sent back, approved or reopened, every person of the partner organisation that reports hears of it.
// Never the one who took the step, a partner of another organisation, someone outside the team, or another gemeente.
import { and, eq, like } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { addSecondPartner, reportingWorld, SECOND_PARTNER_USER } = await import("./reporting.world");
const setup = await import("./reporting-setup");
const periods = await import("./reporting-periods");
const values = await import("./submission-values");
const steps = await import("./submission-steps");
const approval = await import("./submission-approval");
const reopen = await import("./submission-reopen");

const SMTP = { SMTP_HOST: "127.0.0.1", SMTP_FROM: "Impactkoers <ik@test.example>", APP_URL: "https://ik.example" };
const WHO = {
  manager: "manager@voorbeeld.example",
  team: "team@voorbeeld.example",
  beheerder: "beheerder@voorbeeld.example",
  management: "management@voorbeeld.example",
  adviser: "adviseur@voorbeeld.example",
  partner: "partner@voorbeeld.example",
  colleague: "collega@buurtkracht.example",
  other: SECOND_PARTNER_USER,
  taalhuis: "taalhuis@voorbeeld.example",
  testdorp: "beheerder@testdorp.example",
} as const;
type Who = keyof typeof WHO;

let db: AppDatabase;
let close = () => {};
const people = {} as Record<Who, Viewer>;

const as = (who: Who) => {
  current.viewer = people[who];
};

/** Who got a notification of this kind about the report, by name in WHO. */
function told(submissionId: number, kind: string) {
  const names = new Map(Object.entries(people).map(([who, viewer]) => [viewer.userId, who]));
  return db
    .select({ userId: schema.notifications.userId })
    .from(schema.notifications)
    .where(
      and(
        eq(schema.notifications.entityType, "submission"),
        eq(schema.notifications.entityId, submissionId),
        eq(schema.notifications.kind, kind as never),
      ),
    )
    .all()
    .map((row) => names.get(row.userId) ?? String(row.userId))
    .sort();
}

/** A second person of Stichting Buurtkracht: the whole organisation hears of its report. */
function addColleague() {
  const partner = people.partner;
  const user = db
    .insert(schema.users)
    .values({ email: WHO.colleague, name: "Ayla Yilmaz", passwordHash: "niet-om-in-te-loggen" })
    .returning({ id: schema.users.id })
    .get();
  db.insert(schema.memberships)
    .values({
      userId: user.id,
      organisationId: partner.organisationId,
      role: "partner",
      partnerOrganisationId: partner.partnerOrganisationId,
      acceptedAt: new Date(),
    })
    .run();
}

beforeAll(async () => {
  ({ db, close } = await demoDatabase("notify-reporting"));
  addSecondPartner(db);
  people.partner = demoViewer(db, WHO.partner);
  addColleague();
  for (const who of Object.keys(WHO) as Who[]) people[who] = demoViewer(db, WHO[who]);
});

afterAll(() => {
  close();
});

afterEach(() => {
  for (const key of Object.keys(SMTP)) delete process.env[key];
});

const reportOf = (periodId: number) =>
  db.select().from(schema.submissions).where(eq(schema.submissions.periodId, periodId)).get();
const versionOf = (periodId: number) => reportOf(periodId)?.version ?? 0;

/** A third quarter of 2026 for Buurtkracht on a programme of the manager, the teamlid on its team, both partners in it. */
async function quarter() {
  const w = reportingWorld(db);
  as("manager");
  const partnerOrganisationId = people.partner.partnerOrganisationId ?? 0;
  await setup.assignIndicators(
    { programmeId: w.programmeId },
    { partnerOrganisationId, indicatorIds: [w.participants] },
  );
  const period = { partnerOrganisationId, startsOn: "2026-07-01", endsOn: "2026-09-30", dueOn: "2026-10-15" };
  expect(await periods.createReportingPeriod({ programmeId: w.programmeId }, period)).toMatchObject({ ok: true });
  const periodId =
    db
      .select({ id: schema.reportingPeriods.id })
      .from(schema.reportingPeriods)
      .where(eq(schema.reportingPeriods.programmeId, w.programmeId))
      .get()?.id ?? 0;
  as("partner");
  const value = { indicatorId: w.participants, measuredOn: "2026-08-15", value: 31, note: "", version: 0 };
  expect(await values.saveSubmissionValue({ periodId }, value)).toMatchObject({ ok: true });
  return { ...w, periodId };
}

async function handIn(periodId: number) {
  as("partner");
  expect(await steps.submitSubmission({ periodId }, { version: versionOf(periodId) })).toMatchObject({ ok: true });
  return reportOf(periodId)?.id ?? 0;
}

const REVIEWERS = ["manager", "team"];
const BUURTKRACHT = ["colleague", "partner"];

describe("a report handed in", () => {
  it("asks the programme's owner and team to review it, and nobody else", async () => {
    const { periodId, programmeId } = await quarter();
    const submissionId = await handIn(periodId);
    expect(told(submissionId, "report_submitted")).toEqual(REVIEWERS);
    const [row] = db
      .select()
      .from(schema.notifications)
      .where(
        and(eq(schema.notifications.entityId, submissionId), eq(schema.notifications.userId, people.manager.userId)),
      )
      .all();
    expect(row).toMatchObject({
      href: `/programmes/${programmeId}/reporting/${periodId}`,
      actorId: people.partner.userId,
      params: { partner: "Stichting Buurtkracht", startsOn: "2026-07-01", endsOn: "2026-09-30" },
    });
  });

  it("asks again when it is handed in again after it was sent back", async () => {
    const { periodId } = await quarter();
    const submissionId = await handIn(periodId);
    as("team");
    const back = { comment: "Graag de telling van augustus nakijken.", values: [], insights: [] };
    expect(await steps.sendBackSubmission({ submissionId }, { ...back, version: versionOf(periodId) })).toMatchObject({
      ok: true,
    });
    await handIn(periodId);
    const rows = db
      .select({ dedupeKey: schema.notifications.dedupeKey })
      .from(schema.notifications)
      .where(
        and(eq(schema.notifications.entityId, submissionId), eq(schema.notifications.userId, people.manager.userId)),
      )
      .all();
    expect(rows).toHaveLength(2);
  });

  it("e-mails a reviewer who wants e-mail right away, naming the period as people do", async () => {
    Object.assign(process.env, SMTP);
    db.insert(schema.notificationSettings).values({ userId: people.team.userId, emailMode: "immediate" }).run();
    const { periodId, programmeId } = await quarter();
    await handIn(periodId);
    const name = db
      .select({ name: schema.programmes.name })
      .from(schema.programmes)
      .where(eq(schema.programmes.id, programmeId))
      .get()?.name;
    const mails = db
      .select()
      .from(schema.emailOutbox)
      .where(like(schema.emailOutbox.subject, `%${name}%`))
      .all();
    expect(mails.map((mail) => mail.toAddress)).toEqual([WHO.team]);
    const sentence = `Stichting Buurtkracht heeft de rapportage over 3e kwartaal 2026 bij ${name} ingediend.`;
    expect(mails[0]?.subject).toContain(`Impactkoers: ${sentence}`);
    expect(mails[0]?.text).toContain(`${sentence} U kunt haar beoordelen.`);
    db.delete(schema.notificationSettings).where(eq(schema.notificationSettings.userId, people.team.userId)).run();
  });
});

describe("a report reviewed", () => {
  it("tells the people of the reporting organisation it was sent back, approved and reopened; no one else", async () => {
    const { periodId } = await quarter();
    const submissionId = await handIn(periodId);
    as("manager");
    const back = { comment: "Klopt 31?", values: [], insights: [], version: versionOf(periodId) };
    expect(await steps.sendBackSubmission({ submissionId }, back)).toMatchObject({ ok: true });
    expect(told(submissionId, "report_sent_back")).toEqual(BUURTKRACHT);

    await handIn(periodId);
    as("team");
    expect(await approval.approveSubmission({ submissionId }, { version: versionOf(periodId) })).toMatchObject({
      ok: true,
    });
    expect(told(submissionId, "report_approved")).toEqual(BUURTKRACHT);

    as("manager");
    const reason = "Dubbel geteld met de gemeente";
    expect(await reopen.reopenSubmission({ submissionId }, { reason, version: versionOf(periodId) })).toMatchObject({
      ok: true,
    });
    expect(told(submissionId, "report_reopened")).toEqual(BUURTKRACHT);
    const reopened = db
      .select({ params: schema.notifications.params })
      .from(schema.notifications)
      .where(and(eq(schema.notifications.entityId, submissionId), eq(schema.notifications.kind, "report_reopened")))
      .get();
    expect(reopened?.params).toMatchObject({ reason, actor: people.manager.name });
  });

  it("tells nobody of the partner organisation once it no longer takes part in the programme", async () => {
    const { periodId, programmeId } = await quarter();
    const submissionId = await handIn(periodId);
    db.delete(schema.programmePartners)
      .where(
        and(
          eq(schema.programmePartners.programmeId, programmeId),
          eq(schema.programmePartners.partnerOrganisationId, people.partner.partnerOrganisationId ?? 0),
        ),
      )
      .run();
    as("manager");
    const back = { comment: "Graag aanvullen.", values: [], insights: [], version: versionOf(periodId) };
    expect(await steps.sendBackSubmission({ submissionId }, back)).toMatchObject({ ok: true });
    expect(told(submissionId, "report_sent_back")).toEqual([]);
  });

  it("tells nobody when the step is refused", async () => {
    const { periodId } = await quarter();
    const submissionId = await handIn(periodId);
    as("management");
    const back = { comment: "Niet goed.", values: [], insights: [], version: versionOf(periodId) };
    expect(await steps.sendBackSubmission({ submissionId }, back)).toEqual({ ok: false, error: "forbidden" });
    expect(told(submissionId, "report_sent_back")).toEqual([]);
  });
});
