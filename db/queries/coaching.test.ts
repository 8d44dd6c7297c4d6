// Coaching, reflection and results of learning tracks on the demo data: a partner sees only the coaching with its own
// organisation's people and never another partner's; the coaching action lands in its owner's "Mijn werk" and on the
// programme's agenda; only a participant reflects; the results count attendance and the trainer's judgement.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";
import { NotFoundError } from "../errors";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { COACHING_ACTION, PILOT_TRACK, WORKSHOP_TRACK } = await import("../seed-training");
const coaching = await import("./coaching");
const reflections = await import("./track-reflections");
const overview = await import("./training-overview");
const { myWork } = await import("./my-work");
const { conversationSchema, coachingActionSchema, reflectionAnswerSchema } = await import("@/lib/validation/coaching");

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
const participantId = (track: number, name: string) =>
  db.$client
    .prepare(
      "select p.id from learning_track_participants p left join users u on u.id = p.user_id where p.track_id = ? and coalesce(u.name, p.guest_name) = ?",
    )
    .pluck()
    .get(track, name) as number;

beforeAll(async () => {
  ({ db } = await demoDatabase());
  for (const [who, email] of Object.entries({
    beheerder: "beheerder@voorbeeld.example",
    programmamanager: "manager@voorbeeld.example",
    management: "management@voorbeeld.example",
    teamlid: "team@voorbeeld.example",
    partner: "partner@voorbeeld.example",
    taalhuis: "taalhuis@voorbeeld.example",
  })) {
    people[who] = demoViewer(db, email);
  }
});

describe("coaching", () => {
  it("shows a partner only the conversations with its own organisation's people", async () => {
    const workshops = trackId(WORKSHOP_TRACK);
    // The workshop track's coach (the team member) talks with a Buurtkracht participant and a Taalhuis guest.
    as("teamlid");
    const buurtkracht = db.$client
      .prepare(
        "select id from learning_track_participants where track_id = ? and partner_organisation_id = (select id from partner_organisations where name = 'Stichting Buurtkracht') limit 1",
      )
      .pluck()
      .get(workshops) as number;
    const taalhuis = db.$client
      .prepare(
        "select id from learning_track_participants where track_id = ? and partner_organisation_id = (select id from partner_organisations where name = 'Taalhuis Voorbeeld') limit 1",
      )
      .pluck()
      .get(workshops) as number;
    for (const participant of [buurtkracht, taalhuis]) {
      const saved = await coaching.createCoachingConversation(
        { trackId: workshops },
        conversationSchema.parse({ participantId: String(participant), heldOn: "2026-02-01" }),
      );
      expect(saved.ok).toBe(true);
    }
    const all = await coaching.listCoachingConversations({ trackId: workshops });
    expect(all.total).toBe(2);
    expect(all.mayManage).toBe(true);

    as("partner");
    const own = await coaching.listCoachingConversations({ trackId: workshops });
    expect(own.total).toBe(1);
    expect(own.mayManage).toBe(false);
    const other = all.rows.find((row) => !own.rows.some((mine) => mine.id === row.id));
    await expect(
      coaching.getCoachingConversation({ trackId: workshops, conversationId: other?.id ?? 0 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    // A partner does not record coaching, not even about its own people.
    const refused = await coaching.createCoachingConversation(
      { trackId: workshops },
      conversationSchema.parse({ participantId: String(buurtkracht), heldOn: "2026-02-02" }),
    );
    expect(refused.ok).toBe(false);
    as("teamlid");
    expect((await coaching.listCoachingConversations({ trackId: workshops })).total).toBe(2);
    // The pilot's coaching is not the partner's to see at all.
    as("partner");
    await expect(coaching.listCoachingConversations({ trackId: trackId(PILOT_TRACK) })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("puts an agreed action in its owner's 'Mijn werk' until it is done; only a track's people carry it out", async () => {
    as("programmamanager");
    const section = (await myWork({ today: "2026-01-01" })).find((s) => s.kind === "coachingActions");
    expect(section?.items.map((item) => (item as { description: string }).description)).toContain(COACHING_ACTION);

    const pilot = trackId(PILOT_TRACK);
    const conversationId = (await coaching.listCoachingConversations({ trackId: pilot })).rows[0]?.id ?? 0;
    const management = String(people.management?.userId);
    const outsider = await coaching.addCoachingAction(
      { trackId: pilot, conversationId },
      coachingActionSchema.parse({ description: "Iets", ownerId: management }),
    );
    expect(outsider).toMatchObject({ ok: false, error: "coachingOwnerInvalid" });

    const actionId = db.$client
      .prepare("select id from coaching_actions where description = ?")
      .pluck()
      .get(COACHING_ACTION) as number;
    as("teamlid");
    expect((await coaching.completeCoachingAction({ actionId })).ok).toBe(false);
    as("programmamanager");
    expect((await coaching.completeCoachingAction({ actionId })).ok).toBe(true);
    const after = (await myWork({ today: "2026-01-01" })).find((s) => s.kind === "coachingActions");
    expect(after?.total).toBe(0);
  });
});

describe("reflection", () => {
  it("lets only a participant answer, and shows the trainer every answer", async () => {
    const pilot = trackId(PILOT_TRACK);
    as("beheerder");
    const refused = await reflections.answerTrackReflection(
      { trackId: pilot, sessionId: null },
      reflectionAnswerSchema.parse({ applied: "Niets", version: "0" }),
    );
    expect(refused.ok).toBe(false);
    as("teamlid");
    await expect(reflections.trackReflectionRollUp({ trackId: pilot })).rejects.toBeInstanceOf(NotFoundError);
    as("programmamanager");
    const rollUp = await reflections.trackReflectionRollUp({ trackId: pilot });
    expect(rollUp.total).toBe(3);
    expect(rollUp.moments.at(-1)?.answers.map((a) => a.name)).toEqual(["Sanne de Vries"]);
    expect(participantId(pilot, "Sanne de Vries")).toBeGreaterThan(0);
  });
});

describe("results", () => {
  it("counts the pilot's attendance and the trainer's judgement of its goals", async () => {
    as("management");
    const result = await overview.getTrackOverview({ trackId: trackId(PILOT_TRACK) });
    // 10 of 12 presences (three participants, four sessions).
    expect(result.attendance).toEqual({ present: 10, recorded: 12, rate: 83 });
    expect(result.reached).toMatchObject({ bereikt: 2, deels: 1, niet: 0, open: 0 });
    expect(result.maturity[0]?.growth).toBeGreaterThan(0);
    expect(result.mayJudge).toBe(false);
    as("partner");
    await expect(overview.getTrackOverview({ trackId: trackId(WORKSHOP_TRACK) })).rejects.toBeInstanceOf(NotFoundError);
    expect((await overview.listTrackOverviews({})).total).toBe(0);
  });
});
