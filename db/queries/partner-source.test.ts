// What a partner brought in, against the demo database: the approved measurements, finding, study and lesson name
// their partner organisation and the gemeente's own records do not; values still waiting for approval are listed
// apart, count nowhere, and a partner sees only those of its own organisation.
import { and, eq, isNotNull, notExists } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { assessIndicator } from "@/lib/domain/indicator-status";
import type { AppDatabase } from "../client";
import { NotFoundError } from "../errors";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");

const { PILOT_NAME } = await import("../seed-programmes");
const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { getIndicator } = await import("./indicators");
const { indicatorMeasurements } = await import("./indicator-measurements");
const { getMeasurement } = await import("./measurements");
const { pendingPartnerValues } = await import("./pending-values");
const { listFindingsOfStudy } = await import("./findings");
const { listStudies, getStudy } = await import("./studies");
const { evidenceForAssumption } = await import("./evidence-trail");
const { getLesson, searchLessons } = await import("./lessons");

const BUURTKRACHT = "Stichting Buurtkracht";
const OTHER = "Stichting Oost Actief";
const HOME_VISITS = "Afgelegde huisbezoeken (totaal)";
const BUDDIES = "Gevormde maatjeskoppels (totaal)";

let db: AppDatabase;
let pilot: number;
const people: Record<string, Viewer> = {};
const as = (who: string) => {
  current.viewer = people[who];
};

const indicatorId = (name: string) =>
  db.select({ id: schema.indicators.id }).from(schema.indicators).where(eq(schema.indicators.name, name)).get()?.id ??
  0;

const numerically = (a: number, b: number) => a - b;

/** The measurements an approved report of Buurtkracht became, by id. */
const approvedMeasurementIds = (indicator: number) =>
  db
    .select({ id: schema.submissionValues.measurementId })
    .from(schema.submissionValues)
    .innerJoin(schema.submissions, eq(schema.submissions.id, schema.submissionValues.submissionId))
    .where(
      and(
        eq(schema.submissionValues.indicatorId, indicator),
        eq(schema.submissions.status, "goedgekeurd"),
        isNotNull(schema.submissionValues.measurementId),
      ),
    )
    .all()
    .map((row) => Number(row.id))
    .sort(numerically);

/**
 * A second partner organisation on the pilot, with its own account and a report handed in on the home visits; and a
 * report of Buurtkracht for this month still being written. Neither is in the demo data.
 */
function addOtherPartner() {
  const organisationId = db
    .select({ id: schema.programmes.organisationId })
    .from(schema.programmes)
    .where(eq(schema.programmes.id, pilot))
    .get()?.id as number;
  const partner = db
    .insert(schema.partnerOrganisations)
    .values({ organisationId, name: OTHER })
    .returning({ id: schema.partnerOrganisations.id })
    .get().id;
  db.insert(schema.programmePartners)
    .values({ organisationId, programmeId: pilot, partnerOrganisationId: partner })
    .run();
  const user = db
    .insert(schema.users)
    .values({ email: "oost-actief@voorbeeld.example", name: "Ria de Wit", passwordHash: "x" })
    .returning({ id: schema.users.id })
    .get().id;
  db.insert(schema.memberships)
    .values({ userId: user, organisationId, role: "partner", partnerOrganisationId: partner, acceptedAt: new Date() })
    .run();
  const manager = people.programmamanager?.userId ?? 0;
  const period = db
    .insert(schema.reportingPeriods)
    .values({
      organisationId,
      programmeId: pilot,
      partnerOrganisationId: partner,
      startsOn: "2026-01-01",
      endsOn: "2026-03-31",
      dueOn: "2026-04-14",
      createdById: manager,
    })
    .returning({ id: schema.reportingPeriods.id })
    .get().id;
  const submission = db
    .insert(schema.submissions)
    .values({
      organisationId,
      programmeId: pilot,
      partnerOrganisationId: partner,
      periodId: period,
      status: "ingediend",
    })
    .returning({ id: schema.submissions.id })
    .get().id;
  db.insert(schema.submissionValues)
    .values({
      organisationId,
      submissionId: submission,
      indicatorId: indicatorId(HOME_VISITS),
      measuredOn: "2026-03-30",
      value: 77,
    })
    .run();

  // Buurtkracht's report of this month is a concept: it is theirs alone until they hand it in.
  const buurtkracht = people.partner?.partnerOrganisationId ?? 0;
  const open = db
    .select({ id: schema.reportingPeriods.id })
    .from(schema.reportingPeriods)
    .where(
      and(
        eq(schema.reportingPeriods.programmeId, pilot),
        eq(schema.reportingPeriods.partnerOrganisationId, buurtkracht),
        notExists(
          db.select().from(schema.submissions).where(eq(schema.submissions.periodId, schema.reportingPeriods.id)),
        ),
      ),
    )
    .get();
  const concept = db
    .insert(schema.submissions)
    .values({ organisationId, programmeId: pilot, partnerOrganisationId: buurtkracht, periodId: open?.id ?? 0 })
    .returning({ id: schema.submissions.id })
    .get().id;
  db.insert(schema.submissionValues)
    .values({
      organisationId,
      submissionId: concept,
      indicatorId: indicatorId(HOME_VISITS),
      measuredOn: "2026-01-02",
      value: 999,
    })
    .run();
  people.otherPartner = demoViewer(db, "oost-actief@voorbeeld.example");
}

beforeAll(async () => {
  ({ db } = await demoDatabase());
  pilot =
    db.select({ id: schema.programmes.id }).from(schema.programmes).where(eq(schema.programmes.name, PILOT_NAME)).get()
      ?.id ?? 0;
  for (const [who, email] of Object.entries({
    programmamanager: "manager@voorbeeld.example",
    management: "management@voorbeeld.example",
    teamlid: "team@voorbeeld.example",
    partner: "partner@voorbeeld.example",
    taalhuis: "taalhuis@voorbeeld.example",
    testdorp: "beheerder@testdorp.example",
  })) {
    people[who] = demoViewer(db, email);
  }
  addOtherPartner();
});

describe("a measurement brought in by a partner", () => {
  it("names the partner on exactly the measurements its approved reports became", async () => {
    for (const name of [HOME_VISITS, BUDDIES]) {
      const indicator = indicatorId(name);
      const approved = approvedMeasurementIds(indicator);
      expect(approved.length).toBeGreaterThan(0);
      for (const who of ["teamlid", "management", "partner"]) {
        as(who);
        const { measurements, pageCount } = await indicatorMeasurements({ programmeId: pilot, indicatorId: indicator });
        expect(pageCount).toBe(1);
        const named = measurements.filter((m) => m.partnerName !== null);
        expect(named.map((m) => m.id).sort(numerically), who).toEqual(approved);
        expect(new Set(named.map((m) => m.partnerName))).toEqual(new Set([BUURTKRACHT]));
        expect(measurements.length).toBeGreaterThan(named.length);
      }
    }
  });

  it("names the partner on the measurement's own page, and nobody on one the gemeente measured", async () => {
    as("teamlid");
    const indicator = indicatorId(HOME_VISITS);
    const [approved] = approvedMeasurementIds(indicator);
    const theirs = await getMeasurement({ programmeId: pilot, indicatorId: indicator, measurementId: approved ?? 0 });
    expect(theirs.measurement.partnerName).toBe(BUURTKRACHT);
    const own = (await indicatorMeasurements({ programmeId: pilot, indicatorId: indicator })).measurements.find(
      (m) => m.partnerName === null,
    );
    const ours = await getMeasurement({ programmeId: pilot, indicatorId: indicator, measurementId: own?.id ?? 0 });
    expect(ours.measurement.partnerName).toBeNull();
  });
});

describe("values waiting for approval", () => {
  it("are listed for the gemeente's people with their partner, period and stage, and count nowhere", async () => {
    const indicator = indicatorId(HOME_VISITS);
    for (const who of ["programmamanager", "management", "teamlid"]) {
      as(who);
      const { values, ownOrganisationOnly } = await pendingPartnerValues({
        programmeId: pilot,
        indicatorId: indicator,
      });
      expect(ownOrganisationOnly).toBe(false);
      expect(
        values.map((v) => [v.partnerName, v.status]),
        who,
      ).toEqual([
        [OTHER, "ingediend"],
        [BUURTKRACHT, "teruggestuurd"],
        [BUURTKRACHT, "ingediend"],
      ]);
      const sentBack = values.find((v) => v.status === "teruggestuurd");
      expect(sentBack?.reviewComment).toMatch(/nul te veel/);
      expect((sentBack?.period.startsOn ?? "") < (sentBack?.period.endsOn ?? "")).toBe(true);
      // A concept is the partner's own until it is handed in.
      expect(values.map((v) => v.value)).not.toContain(999);

      const [definition, table] = await Promise.all([
        getIndicator({ programmeId: pilot, indicatorId: indicator }),
        indicatorMeasurements({ programmeId: pilot, indicatorId: indicator }),
      ]);
      for (const value of values) {
        expect(table.measurements.some((m) => m.measuredOn === value.measuredOn && m.value === value.value)).toBe(
          false,
        );
      }
      const status = assessIndicator({ ...definition, measurements: table.measurements });
      expect(values.map((v) => v.value)).not.toContain(status.latest?.value);
    }
  });

  it("show a partner only those of its own organisation", async () => {
    const indicator = indicatorId(HOME_VISITS);
    as("partner");
    const own = await pendingPartnerValues({ programmeId: pilot, indicatorId: indicator });
    expect(own.ownOrganisationOnly).toBe(true);
    expect(own.values.map((v) => [v.partnerName, v.status])).toEqual([
      [BUURTKRACHT, "teruggestuurd"],
      [BUURTKRACHT, "ingediend"],
    ]);
    as("otherPartner");
    const other = await pendingPartnerValues({ programmeId: pilot, indicatorId: indicator });
    expect(other.values.map((v) => [v.partnerName, v.value])).toEqual([[OTHER, 77]]);
  });

  it("are not found for a partner of another programme, another gemeente, or an indicator of another programme", async () => {
    const indicator = indicatorId(HOME_VISITS);
    for (const who of ["taalhuis", "testdorp"]) {
      as(who);
      await expect(pendingPartnerValues({ programmeId: pilot, indicatorId: indicator }), who).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
    as("programmamanager");
    const taalcafe = db
      .select({ id: schema.indicators.id, programmeId: schema.indicators.programmeId })
      .from(schema.indicators)
      .innerJoin(schema.reportingAssignments, eq(schema.reportingAssignments.indicatorId, schema.indicators.id))
      .where(eq(schema.reportingAssignments.partnerOrganisationId, people.taalhuis?.partnerOrganisationId ?? 0))
      .get();
    expect(taalcafe?.programmeId).not.toBe(pilot);
    await expect(pendingPartnerValues({ programmeId: pilot, indicatorId: taalcafe?.id ?? 0 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("a finding and a lesson brought in by a partner", () => {
  it("name the partner on its study, its finding and in the evidence trail; the gemeente's own name nobody", async () => {
    as("management");
    const studies = await listStudies({ programmeId: pilot });
    const partnerStudy = studies.find((s) => s.partnerName !== null);
    expect(partnerStudy).toMatchObject({
      title: `Inbreng van ${BUURTKRACHT}`,
      partnerName: BUURTKRACHT,
      findingCount: 1,
    });
    expect(studies.filter((s) => s.partnerName === null).length).toBe(studies.length - 1);
    expect((await getStudy({ programmeId: pilot, studyId: partnerStudy?.id ?? 0 })).partnerName).toBe(BUURTKRACHT);

    const [finding] = await listFindingsOfStudy({ programmeId: pilot, studyId: partnerStudy?.id ?? 0 });
    expect(finding?.partnerName).toBe(BUURTKRACHT);
    const assumptionId = finding?.links[0]?.assumptionId ?? 0;
    const trail = await evidenceForAssumption({ programmeId: pilot, assumptionId });
    expect(trail.map((item) => [item.findingId, item.partnerName])).toContainEqual([finding?.id, BUURTKRACHT]);

    const own = studies.find((s) => s.partnerName === null && s.findingCount > 0);
    const ownFindings = await listFindingsOfStudy({ programmeId: pilot, studyId: own?.id ?? 0 });
    expect(ownFindings.length).toBeGreaterThan(0);
    expect(ownFindings.every((f) => f.partnerName === null)).toBe(true);
  });

  it("name the partner on its lesson in the library and on the lesson's page, for the gemeente and the partner", async () => {
    for (const who of ["teamlid", "partner"]) {
      as(who);
      const { lessons } = await searchLessons();
      const brought = lessons.filter((lesson) => lesson.partnerName !== null);
      expect(
        brought.map((lesson) => [lesson.title, lesson.partnerName]),
        who,
      ).toEqual([["Vrijwilligers blijven als ze snel een maatje krijgen", BUURTKRACHT]]);
      expect((await getLesson({ lessonId: brought[0]?.id ?? 0 })).partnerName).toBe(BUURTKRACHT);
      const own = lessons.find((lesson) => lesson.partnerName === null);
      expect((await getLesson({ lessonId: own?.id ?? 0 })).partnerName).toBeNull();
    }
  });
});
