// Demo programmes for Gemeente Voorbeeld: a pilot against loneliness in the middle of its first round, and a
// second programme that is still being defined. Dates are relative to the day the demo is loaded.
import { and, eq } from "drizzle-orm";
import type {
  AssumptionStatus,
  Criticality,
  IndicatorKind,
  MeasurementFrequency,
  TocLevel,
} from "../lib/domain/constants";
import { recordAudit } from "./audit";
import type { AppDatabase } from "./client";
import {
  assumptionStatusChanges,
  assumptions,
  hypotheses,
  hypothesisElements,
  indicators,
  measurements,
  phaseChanges,
  programmeMembers,
  programmePartners,
  programmes,
  tocElements,
  tocLinks,
} from "./schema";

type Tx = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];
type People = { manager: number; team: number; adviser: number; partnerOrganisation: number };

const DAY = 24 * 60 * 60 * 1000;
/** The 15th of the month, `months` months from now (negative: in the past). */
function monthDay(now: number, months: number) {
  const date = new Date(now);
  date.setUTCDate(15);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

export const PILOT_NAME = "Samen minder eenzaam in Oost";

export function seedProgrammes(tx: Tx, organisationId: number, people: People) {
  if (tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.organisationId, organisationId)).get()) {
    return;
  }
  const now = Date.now();
  const audit = (
    programmeId: number,
    actorId: number,
    action: string,
    entityType: string,
    entityId: number,
    summary: string,
  ) => recordAudit(tx, { organisationId, actorId, programmeId, action, entityType, entityId, summary });

  const pilot = tx
    .insert(programmes)
    .values({
      organisationId,
      name: PILOT_NAME,
      kind: "pilot",
      societalChallenge:
        "Veel oudere inwoners van de wijk Oost voelen zich eenzaam. Ze hebben weinig contact met buren en vinden de weg naar activiteiten en hulp niet.",
      route: "klein-en-krachtig",
      description:
        "Buurtcoaches van Stichting Buurtkracht zoeken alleenwonende 75-plussers thuis op, nodigen hen uit voor de wekelijkse ontmoetingsochtend in buurthuis De Schakel en koppelen wie dat wil aan een maatje uit de buurt.",
      ownerId: people.manager,
      startDate: monthDay(now, -9),
      endDate: monthDay(now, 15),
      budgetCents: 8_500_000,
      status: "lopend",
      round: 1,
      phase: "onderzoeken",
      createdAt: new Date(now - 280 * DAY),
    })
    .returning({ id: programmes.id })
    .get().id;
  audit(pilot, people.manager, "programme.created", "programme", pilot, PILOT_NAME);
  tx.insert(programmeMembers).values({ organisationId, programmeId: pilot, userId: people.team }).run();
  tx.insert(programmePartners)
    .values({ organisationId, programmeId: pilot, partnerOrganisationId: people.partnerOrganisation })
    .run();

  // Theory of change: three activities, three outputs, two outcomes, one impact.
  const elements: [string, TocLevel, string][] = [
    ["a1", "activiteit", "Buurtcoaches bezoeken alleenwonende 75-plussers thuis"],
    ["a2", "activiteit", "Wekelijkse ontmoetingsochtend in buurthuis De Schakel"],
    ["a3", "activiteit", "Maatjesproject met vrijwilligers uit de buurt"],
    ["p1", "prestatie", "Huisbezoeken afgelegd"],
    ["p2", "prestatie", "Ouderen doen mee aan de ontmoetingsochtenden"],
    ["p3", "prestatie", "Maatjeskoppels gevormd"],
    ["e1", "effect", "Ouderen hebben meer vaste sociale contacten"],
    ["e2", "effect", "Ouderen weten de weg naar activiteiten en hulp"],
    ["i1", "impact", "Minder eenzaamheid onder ouderen in Oost"],
  ];
  const id = new Map<string, number>();
  elements.forEach(([key, level, title], index) => {
    id.set(
      key,
      tx
        .insert(tocElements)
        .values({ organisationId, programmeId: pilot, level, title, position: index + 1 })
        .returning({ id: tocElements.id })
        .get().id,
    );
  });
  const link = new Map<string, number>();
  for (const [from, to] of [
    ["a1", "p1"],
    ["a2", "p2"],
    ["a3", "p3"],
    ["p1", "e2"],
    ["p2", "e1"],
    ["p3", "e1"],
    ["e1", "i1"],
    ["e2", "i1"],
  ] as const) {
    const row = tx
      .insert(tocLinks)
      .values({ organisationId, programmeId: pilot, fromElementId: id.get(from) ?? 0, toElementId: id.get(to) ?? 0 })
      .returning({ id: tocLinks.id })
      .get();
    link.set(`${from}-${to}`, row.id);
  }

  const hypothesisRows = [
    {
      activity: "buurtcoaches alleenwonende 75-plussers thuis laten bezoeken",
      change: "zoeken meer ouderen contact met activiteiten in de buurt",
      targetGroup: "alleenwonende 75-plussers in Oost",
      mechanism: "een persoonlijke uitnodiging van een bekend gezicht de drempel verlaagt",
      status: "open" as const,
      elements: ["a1", "e2"],
    },
    {
      activity: "elke week een ontmoetingsochtend organiseren",
      change: "krijgen deelnemers meer vaste contacten",
      targetGroup: "ouderen die zich eenzaam voelen",
      mechanism: "regelmaat vertrouwdheid geeft en vriendschappen laat groeien",
      status: "deels_ondersteund" as const,
      elements: ["a2", "e1"],
    },
    {
      activity: "ouderen koppelen aan een maatje uit de buurt",
      change: "voelen zij zich minder eenzaam",
      targetGroup: "ouderen met een klein netwerk",
      mechanism: "een vaste, vertrouwde persoon steun en aanspraak biedt",
      status: "open" as const,
      elements: ["a3", "e1"],
    },
  ];
  const hypothesisIds = hypothesisRows.map(({ elements: keys, ...row }) => {
    const hypothesisId = tx
      .insert(hypotheses)
      .values({ organisationId, programmeId: pilot, ...row })
      .returning({ id: hypotheses.id })
      .get().id;
    for (const key of keys) {
      tx.insert(hypothesisElements)
        .values({ organisationId, hypothesisId, tocElementId: id.get(key) ?? 0 })
        .run();
    }
    return hypothesisId;
  });

  const assumptionRows: {
    statement: string;
    hypothesis?: number;
    link?: string;
    criticality: Criticality;
    history: [AssumptionStatus, string, number][];
    testPlan: string;
  }[] = [
    {
      statement: "Eenzame ouderen doen open en gaan het gesprek aan als een buurtcoach aanbelt.",
      hypothesis: 0,
      criticality: "hoog",
      history: [],
      testPlan: "Buurtcoaches houden per bezoek bij of er werd opengedaan en of er een gesprek was.",
    },
    {
      statement: "Ouderen vinden buurthuis De Schakel goed bereikbaar.",
      hypothesis: 1,
      criticality: "midden",
      history: [
        ["in_onderzoek", "We vragen deelnemers en niet-deelnemers hoe ze naar De Schakel komen.", -150],
        ["bevestigd", "Van de 24 gevraagde ouderen vinden 22 het buurthuis goed te bereiken; de buurtbus helpt.", -90],
      ],
      testPlan: "Korte vragen bij de ontmoetingsochtend en bij huisbezoeken.",
    },
    {
      statement: "Er zijn genoeg vrijwilligers in Oost om maatje te worden.",
      hypothesis: 2,
      criticality: "hoog",
      history: [["in_onderzoek", "Werving via de wijkkrant en de kerk loopt; Buurtkracht telt de aanmeldingen.", -60]],
      testPlan: "Aantal aanmeldingen van vrijwilligers per maand bijhouden.",
    },
    {
      statement: "Deelnemers blijven langer dan drie maanden naar de ontmoetingsochtend komen.",
      hypothesis: 1,
      criticality: "midden",
      history: [
        ["in_onderzoek", "Presentielijsten worden per deelnemer bijgehouden.", -120],
        ["deels_bevestigd", "Twee derde komt na drie maanden nog; vooral mannen haken af.", -30],
      ],
      testPlan: "Presentielijsten per deelnemer.",
    },
    {
      statement: "Meer vaste contacten leiden tot minder gevoelde eenzaamheid.",
      link: "e1-i1",
      criticality: "hoog",
      history: [],
      testPlan:
        "Vragenlijst eenzaamheid bij start en na zes maanden; literatuur over sociale contacten en eenzaamheid.",
    },
    {
      statement: "Ouderen willen vooral nieuwe mensen leren kennen.",
      hypothesis: 0,
      criticality: "laag",
      history: [
        [
          "weerlegd",
          "In de gesprekken zeggen de meeste ouderen dat ze vooral contact met bekenden willen herstellen.",
          -45,
        ],
      ],
      testPlan: "Gesprekken tijdens huisbezoeken.",
    },
  ];
  for (const row of assumptionRows) {
    const finalStatus = row.history.at(-1)?.[0] ?? "ongetoetst";
    const assumptionId = tx
      .insert(assumptions)
      .values({
        organisationId,
        programmeId: pilot,
        statement: row.statement,
        hypothesisId: row.hypothesis === undefined ? null : (hypothesisIds[row.hypothesis] ?? null),
        tocLinkId: row.link ? (link.get(row.link) ?? null) : null,
        criticality: row.criticality,
        status: finalStatus,
        testPlan: row.testPlan,
      })
      .returning({ id: assumptions.id })
      .get().id;
    let from: AssumptionStatus = "ongetoetst";
    for (const [to, reason, days] of row.history) {
      tx.insert(assumptionStatusChanges)
        .values({
          organisationId,
          assumptionId,
          fromStatus: from,
          toStatus: to,
          reason,
          changedById: people.manager,
          changedAt: new Date(now + days * DAY),
        })
        .run();
      from = to;
    }
  }

  // Indicators with their measurements since the start of the pilot, every one on a day that has passed. The story:
  // home visits run ahead of the line; the meeting mornings stall as men drop out (a proposal for a Saturday
  // followed); the loneliness survey is a quarter late; the buddy pairs are off course because too few volunteers
  // came forward, which led to the decided course correction of recruiting through the churches and the volunteer
  // centre (db/seed-evidence.ts), after which the first new pair was made.
  type Measured = [days: number, value: number, note?: string];
  const monthly = (values: (number | [number, string])[]): Measured[] =>
    values.map((v, i) => {
      const days = -5 - 30 * (values.length - 1 - i);
      return Array.isArray(v) ? [days, v[0], v[1]] : [days, v];
    });
  const indicatorRows: {
    name: string;
    basis: { tocElementId?: number | null; hypothesisId?: number | null };
    unit: string;
    kind: IndicatorKind;
    direction: "hoger" | "lager";
    baseline: number;
    target: number;
    source: string;
    frequency: MeasurementFrequency;
    contribution: "direct" | "bijdrage" | "context";
    measurements: Measured[];
  }[] = [
    {
      name: "Aantal deelnemers aan ontmoetingsactiviteiten",
      basis: { tocElementId: id.get("e1") ?? null },
      unit: "deelnemers",
      kind: "aantal",
      direction: "hoger",
      baseline: 12,
      target: 40,
      source: "Presentielijsten van De Schakel",
      frequency: "maandelijks",
      contribution: "direct",
      measurements: monthly([
        14,
        16,
        18,
        19,
        [18, "Twee mannen komen niet meer."],
        [17, "Weer een man gestopt: de koffieochtend spreekt mannen weinig aan."],
        17,
        [17, "Stilstand. Een ontmoetingsmoment op zaterdag is voorgesteld aan het MT."],
      ]),
    },
    {
      name: "Aandeel deelnemers dat zich vaak eenzaam voelt",
      basis: { tocElementId: id.get("e1") ?? null },
      unit: "%",
      kind: "percentage",
      direction: "lager",
      baseline: 48,
      target: 38,
      source: "Korte vragenlijst eenzaamheid onder deelnemers",
      frequency: "per_kwartaal",
      contribution: "bijdrage",
      // The survey of the last quarter has not been taken yet: this measurement is overdue.
      measurements: [
        [-180, 47, "Eerste vragenlijst na drie maanden, 21 deelnemers."],
        [-120, 46.5, "24 deelnemers vulden de vragenlijst in."],
      ],
    },
    {
      name: "Afgelegde huisbezoeken (totaal)",
      basis: { tocElementId: id.get("e2") ?? null },
      unit: "bezoeken",
      kind: "aantal",
      direction: "hoger",
      baseline: 0,
      target: 300,
      source: "Registratie van Stichting Buurtkracht",
      frequency: "maandelijks",
      contribution: "direct",
      measurements: monthly([
        20,
        41,
        63,
        86,
        109,
        131,
        [146, "Sinds de bijsturing bellen de buurtcoaches eerst: minder bezoeken, maar bijna iedereen doet open."],
        160,
      ]),
    },
    {
      name: "Gevormde maatjeskoppels (totaal)",
      basis: { hypothesisId: hypothesisIds[2] ?? null },
      unit: "koppels",
      kind: "aantal",
      direction: "hoger",
      baseline: 0,
      target: 50,
      source: "Registratie maatjesproject",
      frequency: "maandelijks",
      contribution: "direct",
      // Off course: finding volunteers is slow. The recruitment through the churches followed.
      measurements: monthly([
        [0, "Werving van vrijwilligers via de wijkkrant gestart."],
        0,
        [1, "Eerste koppel gevormd. Pas vier vrijwilligers aangemeld."],
        1,
        1,
        [2, "Nog steeds te weinig vrijwilligers: zes aanmeldingen, twee afgehaakt."],
        2,
        [3, "Eerste koppel na de werving via de kerken."],
      ]),
    },
  ];
  const start = monthDay(now, -9);
  const end = monthDay(now, 15);
  const dayAt = (days: number) => new Date(now + days * DAY).toISOString().slice(0, 10);
  for (const row of indicatorRows) {
    const indicatorId = tx
      .insert(indicators)
      .values({
        organisationId,
        programmeId: pilot,
        name: row.name,
        tocElementId: row.basis.tocElementId ?? null,
        hypothesisId: row.basis.hypothesisId ?? null,
        unit: row.unit,
        kind: row.kind,
        direction: row.direction,
        baselineValue: row.baseline,
        baselineDate: start,
        targetValue: row.target,
        targetDate: end,
        source: row.source,
        frequency: row.frequency,
        contribution: row.contribution,
      })
      .returning({ id: indicators.id })
      .get().id;
    row.measurements.forEach(([days, value, note = ""], index) => {
      tx.insert(measurements)
        .values({
          organisationId,
          indicatorId,
          measuredOn: dayAt(days),
          value,
          note,
          enteredById: index % 3 === 2 ? people.manager : people.team,
          createdAt: new Date(now + days * DAY),
        })
        .run();
    });
  }

  // A count typed wrong and corrected, with its reason, so the demo shows a measurement's history.
  const participants = tx
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.programmeId, pilot), eq(indicators.name, "Aantal deelnemers aan ontmoetingsactiviteiten")))
    .get()?.id;
  const typo = participants
    ? tx
        .select({ id: measurements.id, measuredOn: measurements.measuredOn, value: measurements.value })
        .from(measurements)
        .where(and(eq(measurements.indicatorId, participants), eq(measurements.measuredOn, dayAt(-125))))
        .get()
    : undefined;
  if (typo) {
    tx.update(measurements).set({ version: 2 }).where(eq(measurements.id, typo.id)).run();
    recordAudit(tx, {
      organisationId,
      actorId: people.manager,
      programmeId: pilot,
      action: "measurement.corrected",
      entityType: "measurement",
      entityId: typo.id,
      summary: `Aantal deelnemers aan ontmoetingsactiviteiten: 91 (${typo.measuredOn}) → ${typo.value} (${typo.measuredOn})`,
      before: { measuredOn: typo.measuredOn, value: 91, note: "" },
      after: {
        measuredOn: typo.measuredOn,
        value: typo.value,
        note: "",
        reason: "Typefout: 91 in plaats van 19 ingevuld. Gecontroleerd met de presentielijst.",
      },
    });
  }

  tx.insert(phaseChanges)
    .values({
      organisationId,
      programmeId: pilot,
      fromRound: 1,
      fromPhase: "definieren",
      toRound: 1,
      toPhase: "onderzoeken",
      openItems: [],
      note: "Verandertheorie, hypothesen en nulmetingen staan. We beginnen met het eerste onderzoek naar de huisbezoeken.",
      changedById: people.manager,
      changedAt: new Date(now - 100 * DAY),
    })
    .run();
  audit(
    pilot,
    people.manager,
    "cycle.phase_changed",
    "programme",
    pilot,
    `${PILOT_NAME}: 1/definieren → 1/onderzoeken`,
  );

  // A second programme, still being defined; the partner organisation does not take part in it.
  const second = tx
    .insert(programmes)
    .values({
      organisationId,
      name: "Taalcafé voor nieuwkomers",
      kind: "programma",
      societalChallenge: "Nieuwkomers in Voorbeeld spreken nog weinig Nederlands en komen daardoor moeilijk aan werk.",
      route: null,
      description: "Een wekelijks taalcafé in de bibliotheek met vrijwillige taalmaatjes.",
      ownerId: people.adviser,
      startDate: monthDay(now, 1),
      status: "concept",
    })
    .returning({ id: programmes.id })
    .get().id;
  audit(second, people.adviser, "programme.created", "programme", second, "Taalcafé voor nieuwkomers");
  for (const [level, title] of [
    ["activiteit", "Wekelijks taalcafé in de bibliotheek"],
    ["effect", "Nieuwkomers durven vaker Nederlands te spreken"],
  ] as const) {
    tx.insert(tocElements).values({ organisationId, programmeId: second, level, title }).run();
  }
}
