// Participants' own rankings against the demo database: a participant enters only their own ranking (a partner's staff
// member for its organisation), it is marked as entered by them and counts in the combined ranking; a save from an
// older version is refused with both orders; none after the facilitator closed the rankings or processed the outcomes;
// whoever does not take part cannot enter one, and another partner organisation does not even find the session.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const { demoViewer } = await import("./demo-viewer");
const { getStrategicSession } = await import("./strategic-sessions");
const { addSessionOpgave, createStrategicSession, saveSessionRanking } = await import("./strategic-session-changes");
const { endSessionRankings, reopenSessionRankings, saveOwnSessionRanking } = await import(
  "./strategic-session-rankings"
);
const { processSessionOutcomes } = await import("./strategic-session-outcomes");
const { myWork } = await import("./my-work");

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
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.value;
}

/** A session with the team member as a person and Stichting Buurtkracht as an organisation, naming three proposals. */
async function session(title: string) {
  as("programmamanager");
  const { sessionId } = okValue(
    await createStrategicSession({
      title,
      heldOn: "2026-12-10",
      agenda: "",
      guests: "",
      userIds: [people.teamlid?.userId ?? 0],
      partnerOrganisationIds: [idOf("select id from partner_organisations where name = 'Stichting Buurtkracht'")],
    }),
  );
  const items: number[] = [];
  for (const name of ["Eenzaamheid", "Armoede", "Taal"]) {
    items.push(
      okValue(await addSessionOpgave({ sessionId }, { opgaveId: null, title: `${title}: ${name}`, description: "" }))
        .itemId,
    );
  }
  return { sessionId, items };
}

const order = (items: number[], ...places: number[]) =>
  items.map((itemId, index) => ({ itemId, position: places[index] ?? 0 }));

beforeAll(async () => {
  ({ db } = await demoDatabase());
  for (const [who, email] of Object.entries({
    beheerder: "beheerder@voorbeeld.example",
    programmamanager: "manager@voorbeeld.example",
    teamlid: "team@voorbeeld.example",
    partner: "partner@voorbeeld.example",
    taalhuis: "taalhuis@voorbeeld.example",
    testdorp: "beheerder@testdorp.example",
  })) {
    people[who] = demoViewer(db, email);
  }
});

describe("a participant's own ranking", () => {
  it("is entered by the participant, marked as theirs, and counts in the combined ranking", async () => {
    const { sessionId, items } = await session("Eigen volgorde");
    as("partner");
    okValue(await saveOwnSessionRanking({ sessionId }, { version: 1, positions: order(items, 2, 1, 3) }));
    as("teamlid");
    okValue(await saveOwnSessionRanking({ sessionId }, { version: 1, positions: order(items, 3, 1, 2) }));
    as("programmamanager");
    const contents = await getStrategicSession({ sessionId });
    const buurtkracht = contents.participants.find((p) => p.partnerOrganisationId !== null);
    expect(buurtkracht?.entry).toMatchObject({ own: true, byName: people.partner?.name });
    expect(contents.participants.find((p) => p.userId === people.teamlid?.userId)?.entry?.own).toBe(true);
    expect(contents.combined.ballots).toBe(2);
    expect(contents.combined.rows[0]).toMatchObject({ itemId: items[1], rank: 1, firstPlaces: 2 });
    const audited = db.$client
      .prepare("select action, actor_id as actorId from audit_events order by id desc limit 2")
      .all();
    expect(audited).toEqual([
      { action: "strategicSession.own_ranking_saved", actorId: people.teamlid?.userId },
      { action: "strategicSession.own_ranking_saved", actorId: people.partner?.userId },
    ]);
    // A ranking the facilitator enters is not marked as the participant's own.
    okValue(await saveSessionRanking({ sessionId, participantId: buurtkracht?.id ?? 0 }, order(items, 1, 2, 3), 2));
    const after = await getStrategicSession({ sessionId });
    expect(after.participants.find((p) => p.id === buurtkracht?.id)?.entry?.own).toBe(false);
  });

  it("refuses a save from an older version with both orders, and changes nothing", async () => {
    const { sessionId, items } = await session("Twee versies");
    as("partner");
    okValue(await saveOwnSessionRanking({ sessionId }, { version: 1, positions: order(items, 1, 2, 3) }));
    const stale = await saveOwnSessionRanking({ sessionId }, { version: 1, positions: order(items, 3, 2, 1) });
    expect(stale).toMatchObject({
      ok: false,
      error: "changedMeanwhile",
      conflict: {
        version: 2,
        saved: { [`item_${items[0]}`]: "1", [`item_${items[2]}`]: "3" },
        savedByName: people.partner?.name,
      },
    });
    as("programmamanager");
    const participant = (await getStrategicSession({ sessionId })).participants.find((p) => p.partnerOrganisationId);
    expect(participant?.entry?.own).toBe(true);
    // The facilitator's form, opened before the partner saved, is refused too.
    expect(
      await saveSessionRanking({ sessionId, participantId: participant?.id ?? 0 }, order(items, 2, 3, 1), 1),
    ).toMatchObject({ ok: false, error: "changedMeanwhile" });
    const positions = db.$client
      .prepare("select position from strategic_session_rankings where participant_id = ? order by item_id")
      .pluck()
      .all(participant?.id ?? 0);
    expect(positions).toEqual([1, 2, 3]);
  });

  it("is closed once the facilitator closes the rankings, and after the outcomes are processed", async () => {
    const { sessionId, items } = await session("Gesloten volgordes");
    as("programmamanager");
    okValue(await endSessionRankings({ sessionId }));
    as("partner");
    expect(await saveOwnSessionRanking({ sessionId }, { version: 1, positions: order(items, 1, 2, 3) })).toEqual({
      ok: false,
      error: "rankingsClosed",
    });
    expect((await getStrategicSession({ sessionId })).own).toBeNull();
    as("programmamanager");
    okValue(await reopenSessionRankings({ sessionId }));
    as("partner");
    expect((await getStrategicSession({ sessionId })).own).toMatchObject({ forOrganisation: true, version: 1 });
    okValue(await saveOwnSessionRanking({ sessionId }, { version: 1, positions: order(items, 1, 2, 3) }));
    as("programmamanager");
    const version = idOf("select version from strategic_sessions where id = ?", sessionId);
    okValue(await processSessionOutcomes({ sessionId }, { version }));
    as("teamlid");
    expect(await saveOwnSessionRanking({ sessionId }, { version: 1, positions: order(items, 1, 2, 3) })).toEqual({
      ok: false,
      error: "sessionProcessed",
    });
  });

  it("is not for whoever does not take part; another partner or gemeente does not find the session", async () => {
    const { sessionId, items } = await session("Niet deelnemers");
    const ranked = () => idOf("select count(*) from strategic_session_rankings where session_id = ?", sessionId);
    as("beheerder");
    expect(await saveOwnSessionRanking({ sessionId }, { version: 1, positions: order(items, 1, 2, 3) })).toEqual({
      ok: false,
      error: "forbidden",
    });
    for (const who of ["taalhuis", "testdorp"]) {
      as(who);
      expect(await saveOwnSessionRanking({ sessionId }, { version: 1, positions: order(items, 1, 2, 3) })).toEqual({
        ok: false,
        error: "notFound",
      });
    }
    expect(ranked()).toBe(0);
  });
});

describe("Mijn werk: sessions to rank", () => {
  /** The titles of the sessions the current viewer's home page asks them to rank. */
  const toRank = async () => {
    const section = (await myWork({ today: "2026-12-01", limit: 100 })).find((s) => s.kind === "sessionRankings");
    return section?.items.map((item) => ("title" in item ? item.title : "")) ?? null;
  };

  it("lists an open session to whoever takes part until their ranking is in or the rankings close", async () => {
    const { sessionId, items } = await session("Nog te rangschikken");
    as("partner");
    expect(await toRank()).toContain("Nog te rangschikken");
    as("teamlid");
    expect(await toRank()).toContain("Nog te rangschikken");
    // Someone who does not take part, and another partner organisation, are not asked.
    as("taalhuis");
    expect(await toRank()).not.toContain("Nog te rangschikken");
    as("beheerder");
    expect(await toRank()).not.toContain("Nog te rangschikken");

    as("partner");
    okValue(await saveOwnSessionRanking({ sessionId }, { version: 1, positions: order(items, 1, 2, 3) }));
    expect(await toRank()).not.toContain("Nog te rangschikken");
    as("teamlid");
    expect(await toRank()).toContain("Nog te rangschikken");
    as("programmamanager");
    okValue(await endSessionRankings({ sessionId }));
    as("teamlid");
    expect(await toRank()).not.toContain("Nog te rangschikken");
  });
});
