// Learning tracks and impact scans on the demo data: who sees which track, which participants and which scans; who
// may change a track; the overview's attendance and before/after; and a save from an older version.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";
import { NotFoundError } from "../errors";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { PILOT_TEAM, PILOT_TRACK, WORKSHOP_TRACK } = await import("../seed-training");
const tracks = await import("./learning-tracks");
const scans = await import("./maturity-scans");
const sessions = await import("./training-sessions");
const { trackEditSchema } = await import("@/lib/validation/training");

let db: AppDatabase;
const people: Record<string, Viewer> = {};
const as = (who: string) => {
  current.viewer = people[who];
};
const trackId = (title: string) =>
  db
    .select({ id: schema.learningTracks.id })
    .from(schema.learningTracks)
    .where(eq(schema.learningTracks.title, title))
    .get()?.id ?? 0;

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
});

describe("which tracks a viewer sees", () => {
  it("shows the gemeente's people every track, and a partner only the tracks its organisation takes part in", async () => {
    as("management");
    expect((await tracks.listLearningTracks({})).rows.map((r) => r.title).sort()).toEqual(
      [PILOT_TRACK, WORKSHOP_TRACK].sort(),
    );
    as("partner");
    expect((await tracks.listLearningTracks({})).rows.map((r) => r.title)).toEqual([WORKSHOP_TRACK]);
    await expect(tracks.getLearningTrack({ trackId: trackId(PILOT_TRACK) })).rejects.toBeInstanceOf(NotFoundError);
    as("taalhuis");
    // Taalhuis has a guest in the workshops, so its own user reads the track, but sees nobody of Buurtkracht.
    const seen = await tracks.getLearningTrack({ trackId: trackId(WORKSHOP_TRACK) });
    expect(seen.participants.map((p) => p.name)).toEqual(["Ruud Jansen"]);
  });

  it("never shows a partner another partner organisation's participants or scans", async () => {
    as("partner");
    const track = await tracks.getLearningTrack({ trackId: trackId(WORKSHOP_TRACK) });
    expect(track.participants.map((p) => p.name)).toEqual(["Ahmed Yilmaz", "Lotte Kramer"]);
    expect(track.mayManage).toBe(false);
    const list = await scans.listMaturityScans({});
    expect(list.rows.map((r) => r.subject)).toEqual(["Stichting Buurtkracht"]);
    const taalhuisScan = db
      .select({ id: schema.maturityScans.id })
      .from(schema.maturityScans)
      .where(eq(schema.maturityScans.moment, "tussendoor"))
      .get()?.id;
    await expect(scans.getMaturityScan({ scanId: taalhuisScan ?? 0 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("finds nothing of another gemeente", async () => {
    as("testdorp");
    expect((await tracks.listLearningTracks({})).total).toBe(0);
    expect((await scans.listMaturityScans({})).total).toBe(0);
    await expect(tracks.getLearningTrack({ trackId: trackId(PILOT_TRACK) })).rejects.toBeInstanceOf(NotFoundError);
    const result = await tracks.archiveLearningTrack({ trackId: trackId(PILOT_TRACK) });
    expect(result).toEqual({ ok: false, error: "notFound" });
  });
});

describe("the overview of a track", () => {
  it("gives each participant's attendance and the team's scores before and after", async () => {
    as("teamlid");
    const track = await tracks.getLearningTrack({ trackId: trackId(PILOT_TRACK) });
    expect(track.goals).toHaveLength(3);
    expect(track.sessions).toHaveLength(4);
    expect(track.participants.map((p) => [p.name, p.attendance.rate])).toEqual([
      ["Sanne de Vries", 100],
      ["Pieter Smit", 75],
      ["Marloes Visser", 75],
    ]);
    const [team] = track.scans.subjects;
    expect(team?.subject).toBe(PILOT_TEAM);
    expect(team?.overallBefore).toBe(2);
    expect(team?.overallAfter).toBe(3.2);
    expect(team?.changes.find((c) => c.dimension === "verandertheorie")).toMatchObject({
      before: 1.5,
      after: 4,
      change: 2.5,
    });
    // A participant is not the trainer: reading is all.
    expect(track.mayManage).toBe(false);
  });

  it("points a scan's weakest dimension to modules and compares it with the subject's scan before", async () => {
    as("programmamanager");
    const after = db
      .select({ id: schema.maturityScans.id })
      .from(schema.maturityScans)
      .where(eq(schema.maturityScans.moment, "eind"))
      .get()?.id;
    const scan = await scans.getMaturityScan({ scanId: after ?? 0 });
    expect(scan.previous?.moment).toBe("begin");
    expect(scan.weakest).toEqual(["partners"]);
    expect(scan.suggestions).toEqual(["verandertheorie", "leervragen"]);
  });
});

describe("changing a track", () => {
  const edit = async (id: number, title: string, version: number) => {
    const form = await tracks.getLearningTrackForEdit({ trackId: id });
    return tracks.updateLearningTrack(
      { trackId: id },
      trackEditSchema.parse({ ...form, title, version: String(version) }),
    );
  };

  it("is for the trainer or coach and the beheerder only", async () => {
    const id = trackId(PILOT_TRACK);
    for (const who of ["management", "teamlid"]) {
      as(who);
      await expect(tracks.getLearningTrackForEdit({ trackId: id })).rejects.toBeInstanceOf(NotFoundError);
      expect(await tracks.archiveLearningTrack({ trackId: id })).toEqual({ ok: false, error: "forbidden" });
    }
    as("programmamanager");
    const version = (await tracks.getLearningTrackForEdit({ trackId: id })).version;
    expect(await edit(id, `${PILOT_TRACK} (herzien)`, version)).toEqual({ ok: true, value: { trackId: id } });
    as("beheerder");
    expect(await edit(id, PILOT_TRACK, version + 1)).toEqual({ ok: true, value: { trackId: id } });
  });

  it("refuses a save from an older version that changes what was saved meanwhile, showing the saved title", async () => {
    as("programmamanager");
    const id = trackId(PILOT_TRACK);
    const stale = (await tracks.getLearningTrackForEdit({ trackId: id })).version;
    expect((await edit(id, "Eerste wijziging", stale)).ok).toBe(true);
    const refused = await edit(id, "Tweede wijziging", stale);
    expect(refused).toMatchObject({
      ok: false,
      error: "changedMeanwhile",
      conflict: { saved: { title: "Eerste wijziging" } },
    });
    expect(db.select().from(schema.learningTracks).where(eq(schema.learningTracks.id, id)).get()?.title).toBe(
      "Eerste wijziging",
    );
  });

  it("keeps an archived track as it is until it is restored", async () => {
    as("beheerder");
    const id = trackId(WORKSHOP_TRACK);
    expect((await tracks.archiveLearningTrack({ trackId: id })).ok).toBe(true);
    const attempt = await sessions.createTrainingSession(
      { trackId: id },
      {
        title: "Na archiveren",
        heldOn: "2026-03-01",
        place: "",
        online: false,
        moduleKey: null,
        notes: "",
        attendance: {},
      },
    );
    expect(attempt).toEqual({ ok: false, error: "archivedTrack" });
    as("partner");
    expect((await tracks.listLearningTracks({})).total).toBe(0);
    expect((await tracks.listLearningTracks({ archived: true })).total).toBe(1);
    as("beheerder");
    expect((await tracks.restoreLearningTrack({ trackId: id })).ok).toBe(true);
  });
});
