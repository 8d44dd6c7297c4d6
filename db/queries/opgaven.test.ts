// The opgaven register and strategic sessions against the demo database: a session's outcomes change the register's
// ranks in one step with their history; a partner reads only the sessions it took part in; another gemeente reads
// and changes nothing.
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
const { getOpgave, getOpgaveDetails, listOpgaven } = await import("./opgaven");
const { createOpgave, updateOpgave, setProgrammeOpgave } = await import("./opgave-changes");
const { getStrategicSession, listStrategicSessions } = await import("./strategic-sessions");
const { addSessionOpgave, createStrategicSession, saveSessionRanking } = await import("./strategic-session-changes");
const { processSessionOutcomes } = await import("./strategic-session-outcomes");

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

/** A session with the manager and an organisation, naming `opgaveIds` and one proposal; ids of its parts. */
async function sessionWith(title: string, partnerName: string, opgaveIds: number[]) {
  as("programmamanager");
  const { sessionId } = okValue(
    await createStrategicSession({
      title,
      heldOn: "2026-11-01",
      agenda: "Opgaven op volgorde zetten",
      guests: "wethouder Jansen",
      userIds: [people.programmamanager?.userId ?? 0],
      partnerOrganisationIds: [idOf("select id from partner_organisations where name = ?", partnerName)],
    }),
  );
  const items: number[] = [];
  for (const opgaveId of opgaveIds) {
    items.push(okValue(await addSessionOpgave({ sessionId }, { opgaveId, title: "", description: "" })).itemId);
  }
  items.push(
    okValue(
      await addSessionOpgave(
        { sessionId },
        { opgaveId: null, title: `${title}: jongeren zonder startkwalificatie`, description: "Genoemd in de sessie." },
      ),
    ).itemId,
  );
  const participants = db.$client
    .prepare("select id from strategic_session_participants where session_id = ? order by id")
    .pluck()
    .all(sessionId) as number[];
  return { sessionId, items, participants };
}

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

describe("the demo data", () => {
  it("has three opgaven, the first ranked in a processed session with two partner organisations", async () => {
    as("beheerder");
    const { rows } = await listOpgaven();
    expect(rows.slice(0, 3).map((r) => [r.title, r.rank])).toEqual([
      ["Eenzaamheid onder ouderen in Oost", 1],
      ["Gezinnen met geldzorgen", 2],
      ["Nieuwkomers die de taal nog niet spreken", 2],
    ]);
    as("partner");
    const sessions = (await listStrategicSessions()).rows;
    expect(sessions.map((s) => s.title)).toEqual(["Vervolgsessie eenzaamheid", "Strategische sessie opgaven 2027"]);
    const session = await getStrategicSession({ sessionId: sessions[1]?.id ?? 0 });
    expect(session.participants.filter((p) => p.partnerOrganisationId !== null).map((p) => p.name)).toEqual([
      "Stichting Buurtkracht",
      "Taalhuis Voorbeeld",
    ]);
    expect(session.combined.rows[0]).toMatchObject({ rank: 1, points: 10 });
    expect(session.session.processedAt).not.toBeNull();
  });
});

describe("processing a session's outcomes", () => {
  it("ranks the register as the session did, adds proposals, and keeps the history with the session", async () => {
    as("programmamanager");
    const first = okValue(
      await createOpgave({
        title: "Test: armoede",
        description: "Gezinnen komen niet rond.",
        targetGroup: "gezinnen",
        area: "",
        ownerId: null,
      }),
    ).opgaveId;
    const second = okValue(
      await createOpgave({
        title: "Test: eenzaamheid",
        description: "Ouderen zijn alleen.",
        targetGroup: "",
        area: "Oost",
        ownerId: null,
      }),
    ).opgaveId;
    const { sessionId, items, participants } = await sessionWith("Test: sessie", "Stichting Buurtkracht", [
      first,
      second,
    ]);
    const [armoede, eenzaamheid, jongeren] = items as [number, number, number];
    const [manager, buurtkracht] = participants as [number, number];
    okValue(
      await saveSessionRanking({ sessionId, participantId: manager }, [
        { itemId: eenzaamheid, position: 1 },
        { itemId: armoede, position: 2 },
        { itemId: jongeren, position: 3 },
      ]),
    );
    okValue(
      await saveSessionRanking({ sessionId, participantId: buurtkracht }, [
        { itemId: eenzaamheid, position: 1 },
        { itemId: jongeren, position: 2 },
      ]),
    );
    const before = await getStrategicSession({ sessionId });
    // eenzaamheid 3 + 3, jongeren 1 + 2, armoede 2 (Buurtkracht left it out)
    expect(before.combined.rows.map((r) => [r.itemId, r.rank, r.points])).toEqual([
      [eenzaamheid, 1, 6],
      [jongeren, 2, 3],
      [armoede, 3, 2],
    ]);

    // From a page opened before the last change: refused, nothing processed.
    expect(await processSessionOutcomes({ sessionId }, { version: before.session.version - 1 })).toEqual({
      ok: false,
      error: "sessionChangedMeanwhile",
    });
    okValue(await processSessionOutcomes({ sessionId }, { version: before.session.version }));

    expect((await getOpgave({ opgaveId: second })).rank).toBe(1);
    expect((await getOpgave({ opgaveId: first })).rank).toBe(3);
    const proposal = idOf("select opgave_id from strategic_session_opgaven where id = ?", jongeren);
    expect(await getOpgave({ opgaveId: proposal })).toMatchObject({
      title: "Test: sessie: jongeren zonder startkwalificatie",
      rank: 2,
    });
    const details = await getOpgaveDetails({ opgaveId: second });
    expect(details.history).toEqual([
      expect.objectContaining({ fromRank: null, toRank: 1, sessionId, sessionTitle: "Test: sessie" }),
    ]);
    const list = await listOpgaven();
    expect(list.rows.slice(0, 3).map((r) => r.id)).toEqual([second, proposal, first]);
    expect(
      idOf(
        "select count(*) from audit_events where action = 'strategicSession.outcomes_processed' and entity_id = ?",
        String(sessionId),
      ),
    ).toBe(1);
    // Processed once: the session is closed.
    expect(await processSessionOutcomes({ sessionId }, { version: before.session.version })).toMatchObject({
      ok: false,
      error: "sessionProcessed",
    });
    expect(
      await saveSessionRanking({ sessionId, participantId: manager }, [{ itemId: armoede, position: 1 }]),
    ).toMatchObject({
      ok: false,
      error: "sessionProcessed",
    });
  });

  it("refuses a ranking that uses a place twice", async () => {
    const opgaveId = okValue(
      await createOpgave({ title: "Test: dubbel", description: "x", targetGroup: "", area: "", ownerId: null }),
    ).opgaveId;
    const { sessionId, items, participants } = await sessionWith("Test: dubbel", "Stichting Buurtkracht", [opgaveId]);
    expect(
      await saveSessionRanking({ sessionId, participantId: participants[0] ?? 0 }, [
        { itemId: items[0] ?? 0, position: 1 },
        { itemId: items[1] ?? 0, position: 1 },
      ]),
    ).toEqual({ ok: false, error: "rankingDuplicatePosition" });
  });
});

describe("who reads sessions and the register", () => {
  it("lets a partner read only the sessions it took part in, and not the register", async () => {
    const withBuurtkracht = (await sessionWith("Test: met Buurtkracht", "Stichting Buurtkracht", [])).sessionId;
    const withTaalhuis = (await sessionWith("Test: met Taalhuis", "Taalhuis Voorbeeld", [])).sessionId;

    as("partner");
    expect((await getStrategicSession({ sessionId: withBuurtkracht })).session.title).toBe("Test: met Buurtkracht");
    await expect(getStrategicSession({ sessionId: withTaalhuis })).rejects.toBeInstanceOf(NotFoundError);
    const seen = (await listStrategicSessions()).rows.map((r) => r.id);
    expect(seen).toContain(withBuurtkracht);
    expect(seen).not.toContain(withTaalhuis);
    await expect(listOpgaven()).rejects.toBeInstanceOf(ForbiddenError);

    as("taalhuis");
    await expect(getStrategicSession({ sessionId: withBuurtkracht })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getStrategicSession({ sessionId: withTaalhuis })).session.title).toBe("Test: met Taalhuis");

    as("teamlid");
    expect((await getStrategicSession({ sessionId: withTaalhuis })).mayManage).toBe(false);
    expect((await listStrategicSessions()).rows.map((r) => r.id)).toEqual(
      expect.arrayContaining([withBuurtkracht, withTaalhuis]),
    );
  });

  it("refuses reads and writes across gemeenten as not found", async () => {
    as("programmamanager");
    const opgaveId = okValue(
      await createOpgave({ title: "Test: Voorbeeld", description: "x", targetGroup: "", area: "", ownerId: null }),
    ).opgaveId;
    const { sessionId } = await sessionWith("Test: Voorbeeld", "Stichting Buurtkracht", [opgaveId]);
    as("testdorp");
    await expect(getOpgave({ opgaveId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOpgaveDetails({ opgaveId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getStrategicSession({ sessionId })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listStrategicSessions()).rows.map((r) => r.id)).not.toContain(sessionId);
    expect((await listOpgaven()).rows.map((r) => r.id)).not.toContain(opgaveId);
    expect(
      await updateOpgave(
        { opgaveId },
        { title: "Overgenomen", description: "x", targetGroup: "", area: "", ownerId: null, version: 1 },
      ),
    ).toEqual({ ok: false, error: "notFound" });
    expect(await processSessionOutcomes({ sessionId }, { version: 1 })).toEqual({ ok: false, error: "notFound" });
    as("programmamanager");
    expect((await getOpgave({ opgaveId })).title).toBe("Test: Voorbeeld");
  });

  it("links a programme to an opgave only for whoever may set the programme up, and shows it on the opgave", async () => {
    as("programmamanager");
    const opgaveId = okValue(
      await createOpgave({ title: "Test: gekoppeld", description: "x", targetGroup: "", area: "", ownerId: null }),
    ).opgaveId;
    const pilot = idOf("select id from programmes where name = 'Samen minder eenzaam in Oost'");
    as("teamlid");
    expect(await setProgrammeOpgave({ programmeId: pilot }, { opgaveId })).toEqual({ ok: false, error: "forbidden" });
    as("programmamanager");
    okValue(await setProgrammeOpgave({ programmeId: pilot }, { opgaveId }));
    const details = await getOpgaveDetails({ opgaveId });
    expect(details.programmes.map((p) => p.name)).toEqual(["Samen minder eenzaam in Oost"]);
    expect(details.programmes[0]?.indicators.length).toBeGreaterThan(0);
    expect(details.programmes[0]?.indicators[0]).toHaveProperty("status");
  });
});
