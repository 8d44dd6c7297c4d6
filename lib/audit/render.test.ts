import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import nl from "../../messages/nl.json";
import type { Locale } from "../domain/constants";
import { FIELDS, fieldSpec, guessRefType, humanizeKey } from "./fields";
import {
  type AuditRecord,
  collectRefs,
  type NamedRecord,
  type RenderedEvent,
  refKey,
  renderAuditEvent,
  type Translate,
} from "./render";

const MESSAGES = { nl, en } as const;

/** A translator that fails the test on a missing message or argument, instead of showing the key. */
function translator(locale: Locale): Translate {
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    onError: (error) => {
      throw error;
    },
  }) as unknown as Translate;
}

const NAMES = new Map<string, NamedRecord>([
  [refKey("user", 2), { name: "Joost van Dijk" }],
  [refKey("user", 4), { name: "Sanne de Vries" }],
  [refKey("user", 5), { name: "Fatima el Amrani" }],
  [refKey("programme", 1), { name: "Samen minder eenzaam in Oost" }],
  [refKey("indicator", 7), { name: "Deelnemers aan de ontmoetingsochtend", extra: "deelnemers" }],
  [refKey("measurement", 40), { name: "Deelnemers aan de ontmoetingsochtend", extra: "deelnemers" }],
  [refKey("tocElement", 8), { name: "Ouderen hebben meer contact" }],
  [refKey("tocElement", 9), { name: "Huisbezoeken" }],
  [refKey("tocLink", 3), { name: "Huisbezoeken", extra: "Ouderen hebben meer contact" }],
  [refKey("partner", 1), { name: "Stichting Buurtkracht" }],
  [refKey("assumption", 6), { name: "Ouderen doen open" }],
  [refKey("hypothesis", 2), { name: "buurtcoaches laten bezoeken" }],
  [refKey("measurement", 41), { name: "Deelnemers aan de ontmoetingsochtend", extra: "deelnemers" }],
]);

function render(record: Partial<AuditRecord>, locale: Locale = "nl"): RenderedEvent {
  return renderAuditEvent(
    {
      action: "indicator.updated",
      entityType: "indicator",
      entityId: "7",
      actorId: 2,
      programmeId: 1,
      summary: "",
      changes: null,
      ...record,
    },
    { t: translator(locale), locale, names: NAMES, organisationName: "Gemeente Voorbeeld" },
  );
}

const lines = (event: RenderedEvent) => event.lines.map((line) => line.text);

/** Everything a reader sees of an event. */
const visible = (event: RenderedEvent) =>
  [
    event.sentence,
    event.subjectFull ?? "",
    event.programme ?? "",
    ...event.lines.flatMap((l) => [l.text, ...l.full.map((f) => `${f.label} ${f.text}`)]),
  ].join("\n");

/** The marks of a technical rendering: braces, ids, keys, empty placeholders. */
function expectReadable(text: string) {
  expect(text).not.toMatch(/[{}[\]]/);
  expect(text).not.toMatch(/Id:|\bId\b|\b[a-z]+Ids?\b/);
  expect(text).not.toMatch(/→ —|: —|undefined|null|NaN|\[object|Invalid Date/);
  expect(text).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
  expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
}

describe("the sentence", () => {
  it("names who did what to which record, in Dutch and in English", () => {
    const changes = { before: { name: "Deelnemers", targetValue: 30 }, after: { name: "Deelnemers", targetValue: 40 } };
    expect(render({ changes }).sentence).toBe("Joost van Dijk wijzigde indicator ‘Deelnemers’");
    expect(render({ changes }, "en").sentence).toBe("Joost van Dijk changed indicator ‘Deelnemers’");
  });

  it("names the record from the database when the event does not carry its name", () => {
    const event = render({ action: "measurement.added", entityType: "measurement", entityId: "40" });
    expect(event.sentence).toBe("Joost van Dijk legde een meting van ‘Deelnemers aan de ontmoetingsochtend’ vast");
    expect(event.programme).toBe("Samen minder eenzaam in Oost");
  });

  it("says ‘een …’ for a record it cannot name, rather than an id", () => {
    const event = render({ action: "toc.link_removed", entityType: "toc_link", entityId: "99", summary: "99" });
    expect(event.sentence).toBe("Joost van Dijk haalde een verband uit de verandertheorie");
  });

  it("reads a link of the theory of change as from … to …", () => {
    expect(render({ action: "toc.link_added", entityType: "toc_link", entityId: "3" }).sentence).toBe(
      "Joost van Dijk voegde het verband van ‘Huisbezoeken’ naar ‘Ouderen hebben meer contact’ toe aan de verandertheorie",
    );
  });

  it("shortens a long name and keeps it whole beside the sentence", () => {
    const statement = `Ouderen doen open als een buurtcoach aanbelt, ${"ook als ze de buurtcoach niet kennen, ".repeat(4)}`;
    const event = render({
      action: "assumption.created",
      entityType: "assumption",
      entityId: "6",
      changes: { after: { statement, criticality: "hoog" } },
    });
    expect(event.sentence).toMatch(/^Joost van Dijk voegde aanname ‘Ouderen doen open .*…’ toe$/);
    expect(event.sentence.length).toBeLessThan(140);
    expect(event.subjectFull).toBe(statement);
    expect(lines(event)).toEqual([
      "Aanname: ‘Ouderen doen open als een buurtcoach aanbelt, ook als ze de buurtcoach niet…’",
      "Kritiek: Hoog",
    ]);
  });

  it("names people as the gemeente knows them, and someone it cannot name as ‘Iemand’", () => {
    expect(render({ action: "auth.sign_in", entityType: "user", entityId: "2" }).sentence).toBe(
      "Joost van Dijk logde in",
    );
    expect(render({ action: "auth.sign_in", entityType: "user", entityId: "77", actorId: 77 }).sentence).toBe(
      "Iemand logde in",
    );
    expect(
      render({ action: "organisation.created", entityType: "organisation", entityId: "1", actorId: null }).sentence,
    ).toBe("Impactkoers richtte Gemeente Voorbeeld in");
  });

  it("reads an invitation with its address and role, not as one technical summary", () => {
    const event = render({
      action: "membership.invited",
      entityType: "membership",
      entityId: "12",
      programmeId: null,
      summary: "Noor Hendriks (noor@example.org): teamlid",
      changes: { after: { role: "teamlid", partnerOrganisationId: null } },
    });
    expect(event.sentence).toBe("Joost van Dijk nodigde Noor Hendriks uit");
    expect(lines(event)).toEqual(["E-mailadres: noor@example.org", "Rol: Teamlid"]);
  });

  it("says what a refused attempt was, in words", () => {
    const changes = { after: { permission: "users.manage", programmeId: null, reason: "ForbiddenError" } };
    const event = render({
      action: "access.refused",
      entityType: "membership",
      entityId: "3",
      programmeId: null,
      changes,
    });
    expect(event.sentence).toBe("Joost van Dijk probeerde gebruikers en rollen te beheren, maar dat mag niet");
    const missing = { after: { permission: "programme.edit", programmeId: 1, reason: "NotFoundError" } };
    expect(
      render({ action: "access.refused", entityType: "indicator", entityId: "7", changes: missing }, "en").sentence,
    ).toBe("Joost van Dijk tried to set up or change a programme, but it does not exist (any more) or is not visible");
  });

  it("reads a download by what was downloaded", () => {
    const event = render({
      action: "export.downloaded",
      entityType: "programme",
      entityId: "1",
      changes: { after: { export: "assumptions", format: "csv", rows: 3 } },
    });
    expect(event.sentence).toBe(
      "Joost van Dijk downloadde het CSV-bestand met aannames van programma ‘Samen minder eenzaam in Oost’",
    );
    expect(lines(event)).toEqual(["Aantal regels: 3"]);
  });

  it("turns an action it does not know into a sentence by its verb", () => {
    const corrected = render({
      action: "measurement.corrected",
      entityType: "measurement",
      entityId: "41",
      changes: {
        before: { value: 18, note: "" },
        after: { value: 21, note: "", reason: "Telfout op de presentielijst" },
      },
    });
    expect(corrected.sentence).toBe("Joost van Dijk corrigeerde een meting van ‘Deelnemers aan de ontmoetingsochtend’");
    expect(lines(corrected)).toEqual(["Waarde: 18 → 21 deelnemers", "Reden: ‘Telfout op de presentielijst’"]);
    const archived = render({
      action: "indicator.archived",
      changes: { after: { archiveReason: "Dubbel", archivedAt: "2026-05-01T08:30:00.000Z" } },
    });
    expect(archived.sentence).toBe("Joost van Dijk archiveerde indicator ‘Deelnemers aan de ontmoetingsochtend’");
    expect(lines(archived)).toEqual(["Reden van archiveren: ‘Dubbel’", "Gearchiveerd op: 1 mei 2026 om 10:30"]);
    expect(render({ action: "indicator.restored" }, "en").sentence).toBe(
      "Joost van Dijk restored indicator ‘Deelnemers aan de ontmoetingsochtend’",
    );
  });

  it("falls back to the action in words for a verb it does not know, and to ‘iets’ for an unknown record", () => {
    const event = render({ action: "grantLetter.reopened", entityType: "grant_letter", entityId: "5" });
    expect(event.sentence).toBe("Grant letter reopened: iets, door Joost van Dijk");
    expectReadable(event.sentence);
  });
});

describe("the changed fields", () => {
  it("lists only what changed, labelled, with the indicator's unit", () => {
    const event = render({
      changes: {
        before: {
          id: 7,
          name: "Deelnemers",
          unit: "deelnemers",
          targetValue: 30,
          targetDate: "2026-12-31",
          source: "",
          version: 2,
        },
        after: {
          name: "Deelnemers",
          unit: "deelnemers",
          targetValue: 40,
          targetDate: "2026-12-31",
          source: "",
          version: 3,
        },
      },
    });
    expect(lines(event)).toEqual(["Streefwaarde: 30 → 40 deelnemers"]);
  });

  it("says a value is new or cleared in plain words, never an arrow to a dash", () => {
    const event = render({
      changes: {
        before: { unit: "deelnemers", targetValue: null, baselineValue: 20, source: "Presentielijst" },
        after: { unit: "deelnemers", targetValue: 40, baselineValue: null, source: "" },
      },
    });
    expect(lines(event)).toEqual([
      "Streefwaarde: 40 deelnemers (nieuw)",
      "Nulmeting: leeggemaakt (was 20 deelnemers)",
      "Bron: leeggemaakt (was ‘Presentielijst’)",
    ]);
    const english = render(
      { changes: { before: { targetValue: null, unit: "x" }, after: { targetValue: 4, unit: "x" } } },
      "en",
    );
    expect(lines(english)).toEqual(["Target: 4 x (new)"]);
  });

  it("shows dates as dates, booleans as ja/nee, enums by their labels and money in euros", () => {
    const programme = render({
      action: "programme.updated",
      entityType: "programme",
      entityId: "1",
      changes: {
        before: { name: "Oost", status: "concept", startDate: "2026-03-15", budgetCents: 8500000 },
        after: { name: "Oost", status: "lopend", startDate: "2026-04-01", budgetCents: 9000050 },
      },
    });
    expect(lines(programme)).toEqual([
      "Status: Concept → Lopend",
      "Start: 15 maart 2026 → 1 april 2026",
      "Budget: €\u00a085.000,00 → €\u00a090.000,50",
    ]);
    const member = render({
      action: "membership.deactivated",
      entityType: "membership",
      entityId: "4",
      summary: "Sanne de Vries",
      changes: { before: { active: true }, after: { active: false } },
    });
    expect(member.sentence).toBe("Joost van Dijk zette het account van Sanne de Vries uit");
    expect(lines(member)).toEqual(["Actief: ja → nee"]);
    const english = render(
      {
        action: "assumption.status_changed",
        entityType: "assumption",
        entityId: "6",
        changes: { before: { status: "ongetoetst" }, after: { status: "deels_bevestigd", reason: "Gesprekken" } },
      },
      "en",
    );
    expect(lines(english)).toEqual(["Status: Untested → Partly confirmed", "Reason: ‘Gesprekken’"]);
  });

  it("shows lists as names, comma-separated, whatever their order", () => {
    const event = render({
      action: "programme.updated",
      entityType: "programme",
      entityId: "1",
      changes: {
        before: { teamMemberIds: [4, 2], partnerIds: [1] },
        after: { teamMemberIds: [2, 4, 5], partnerIds: [1] },
      },
    });
    expect(lines(event)).toEqual([
      "Team: Sanne de Vries, Joost van Dijk → Joost van Dijk, Sanne de Vries, Fatima el Amrani",
    ]);
    const lesson = render({
      action: "lesson.updated",
      entityType: "lesson",
      entityId: "3",
      changes: { before: { tags: ["eenzaamheid", "netwerk"] }, after: { tags: ["netwerk", "eenzaamheid"] } },
    });
    expect(lines(lesson)).toEqual([]);
    const tags = render({
      action: "lesson.updated",
      entityType: "lesson",
      entityId: "3",
      changes: { before: { tags: ["netwerk"] }, after: { tags: ["netwerk", "mannen"] } },
    });
    expect(lines(tags)).toEqual(["Tags: netwerk → netwerk, mannen"]);
  });

  it("leaves out the programme of a new record, which the log says beside the sentence", () => {
    const event = render({
      action: "learningQuestion.created",
      entityType: "learning_question",
      entityId: "5",
      changes: { after: { question: "Waarom haken mannen af?", approach: "gesprekken", programmeId: 1, ownerId: 4 } },
    });
    expect(event.programme).toBe("Samen minder eenzaam in Oost");
    expect(lines(event)).toEqual(["Aanpak: Gesprekken", "Trekker: Sanne de Vries"]);
  });

  it("names every id, and says so when a record is no longer there", () => {
    const event = render({
      changes: { before: { tocElementId: 8, hypothesisId: null }, after: { tocElementId: 123, hypothesisId: 2 } },
    });
    expect(lines(event)).toEqual([
      "Laat zien: Ouderen hebben meer contact → (niet meer te vinden)",
      "Hypothese: buurtcoaches laten bezoeken (nieuw)",
    ]);
  });

  it("reads a change to the theory of change in words", () => {
    const event = render({
      action: "correction.proposed",
      entityType: "course_correction",
      entityId: "2",
      changes: {
        after: {
          title: "Zaterdag erbij",
          decisionLevel: "mt",
          tocChange: {
            add: { level: "effect", title: "Mannen doen mee" },
            removeElementId: 9,
            rename: { elementId: 8, title: "Meer contact" },
          },
        },
      },
    });
    expect(event.sentence).toBe("Joost van Dijk stelde bijsturing ‘Zaterdag erbij’ voor");
    expect(lines(event)).toEqual([
      "Wie besluit: Het MT",
      "Verandering van de verandertheorie: voegt effect ‘Mannen doen mee’ toe; laat Huisbezoeken vervallen; geeft Ouderen hebben meer contact de naam ‘Meer contact’",
    ]);
  });

  it("shortens long texts and keeps the whole text for a details/summary", () => {
    const long = `${"Eenzame ouderen missen vooral mensen die ze kwijtraakten. ".repeat(3)}Einde.`;
    const event = render({
      action: "lesson.updated",
      entityType: "lesson",
      entityId: "3",
      changes: { before: { body: long }, after: { body: "Korter." } },
    });
    expect(event.lines).toHaveLength(1);
    expect(event.lines[0]?.text).toMatch(/^De les: ‘Eenzame ouderen missen .*…’ → ‘Korter\.’$/);
    expect(event.lines[0]?.full).toEqual([
      { label: "Was", text: long },
      { label: "Nu", text: "Korter." },
    ]);
  });

  it("turns a field it does not know into a readable label and summarises unknown objects in words", () => {
    const event = render({
      action: "indicator.updated",
      changes: {
        before: { reviewCycle: "per_kwartaal" },
        after: {
          reviewCycle: "elk_half_jaar",
          reportingPeriodId: 5,
          replacesMeasurementId: 40,
          checkedOn: "2026-06-01",
          confirmed: true,
          sources: ["CBS", "GGD"],
          extra: { sourceUrl: "https://example.org", responsibleUserId: 4, nested: { deeper: 1 } },
          rows: [{ a: 1 }, { b: 2 }],
        },
      },
    });
    expect(lines(event)).toEqual([
      "Review cycle: Per kwartaal → Elk half jaar",
      "Replaces measurement: Deelnemers aan de ontmoetingsochtend",
      "Checked on: 1 juni 2026",
      "Confirmed: ja",
      "Sources: ‘CBS’, ‘GGD’",
      "Extra: Source url: ‘https://example.org’; Responsible user: Sanne de Vries; Nested: 1 gegeven",
      "Rows: 2 onderdelen",
    ]);
    expectReadable(visible(event).replace("https://example.org", ""));
  });

  it("reads the same in English", () => {
    const event = render(
      {
        changes: {
          before: { unit: "deelnemers", direction: "hoger", targetDate: "2026-12-31", tocElementId: null },
          after: { unit: "deelnemers", direction: "lager", targetDate: "2027-01-15", tocElementId: 8 },
        },
      },
      "en",
    );
    expect(lines(event)).toEqual([
      "What is better: Higher is better → Lower is better",
      "Target date: 31 December 2026 → 15 January 2027",
      "Shows: Ouderen hebben meer contact (new)",
    ]);
  });
});

describe("the ids an event refers to", () => {
  it("collects actor, programme, record and every id in its fields, nested ones included", () => {
    const refs = collectRefs([
      {
        action: "correction.proposed",
        entityType: "course_correction",
        entityId: "2",
        actorId: 5,
        programmeId: 1,
        summary: "",
        changes: { after: { tocChange: { add: null, removeElementId: 9, rename: { elementId: 8, title: "x" } } } },
      },
      {
        action: "finding.updated",
        entityType: "finding",
        entityId: "3",
        actorId: 5,
        programmeId: 1,
        summary: "",
        changes: {
          before: { links: [{ hypothesisId: 2, assumptionId: null, verdict: "ondersteunt" }] },
          after: { links: [], extra: { responsibleUserId: 4 }, partnerIds: [1] },
        },
      },
    ]).map((ref) => refKey(ref.type, ref.id));
    expect(refs.sort()).toEqual(
      [
        "user:5",
        "programme:1",
        "correction:2",
        "tocElement:9",
        "tocElement:8",
        "finding:3",
        "hypothesis:2",
        "user:4",
        "partner:1",
      ].sort(),
    );
  });
});

describe("the field map", () => {
  it("has a label in both languages for every field it names", () => {
    for (const locale of ["nl", "en"] as const) {
      const t = translator(locale);
      for (const [key, spec] of Object.entries(FIELDS)) {
        if (spec.kind !== "hidden") expect(t.has(spec.label), `${locale}: ${key} → ${spec.label}`).toBe(true);
      }
    }
  });

  it("finds the most specific entry first, and guesses records from the words of a key", () => {
    expect(fieldSpec("learningQuestion.moved", "learning_question", "direction")).toMatchObject({
      messages: "audit.values.moveDirection",
    });
    expect(fieldSpec("indicator.updated", "indicator", "direction")).toMatchObject({
      messages: "programmes.indicators.directions",
    });
    expect(fieldSpec("x.y", "z", "name")).toMatchObject({ label: "audit.fields.name" });
    expect(guessRefType("correctedById")).toBe("user");
    expect(guessRefType("replacesMeasurementId")).toBe("measurement");
    expect(guessRefType("count")).toBeNull();
    expect(humanizeKey("noCorrectionReason")).toBe("No correction reason");
    expect(humanizeKey("partnerIds")).toBe("Partner");
  });
});
