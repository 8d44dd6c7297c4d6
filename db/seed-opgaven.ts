// Demo route 2: Gemeente Voorbeeld's register of maatschappelijke opgaven, three of them, ranked in a strategic session
// held a month before the demo is loaded with Stichting Buurtkracht and Taalhuis Voorbeeld. Loneliness among older
// residents came first. The session's rankings, ideas and agreements are recorded and its outcomes processed.
import { and, eq } from "drizzle-orm";
import { combineRankings } from "../lib/domain/ranking";
import { recordAudit } from "./audit";
import type { AppDatabase } from "./client";
import {
  opgaveFigures,
  opgaven,
  opgaveRankChanges,
  strategicSessionAgreements,
  strategicSessionIdeas,
  strategicSessionOpgaven,
  strategicSessionParticipants,
  strategicSessionRankings,
  strategicSessions,
} from "./schema";

type Tx = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];
type People = {
  manager: number;
  management: number;
  partnerOrganisation: number;
  secondPartnerOrganisation: number;
};

export const DEMO_SESSION = "Strategische sessie opgaven 2027";
/** Planned for next month, to go on with the opgave that came first: nothing recorded yet. */
export const DEMO_FOLLOW_UP = "Vervolgsessie eenzaamheid";

const OPGAVEN = [
  {
    title: "Eenzaamheid onder ouderen in Oost",
    description:
      "Veel oudere inwoners in Oost zien weinig mensen. Ze voelen zich alleen. Dat maakt hen minder gezond en minder zelfstandig.",
    targetGroup: "Inwoners van 75 jaar en ouder",
    area: "Oost",
    figures: [
      { label: "75-plussers die zich eenzaam voelen", value: 34, unit: "%", source: "GGD Gezondheidsmonitor" },
      {
        label: "Alleenwonende 75-plussers in Oost",
        value: 1240,
        unit: "inwoners",
        source: "Basisregistratie Personen",
      },
    ],
  },
  {
    title: "Nieuwkomers die de taal nog niet spreken",
    description:
      "Nieuwkomers spreken vaak nog weinig Nederlands. Daardoor vinden ze moeilijk werk en doen ze minder mee in de buurt.",
    targetGroup: "Statushouders en andere nieuwkomers",
    area: "Hele gemeente",
    figures: [{ label: "Statushouders in een inburgeringstraject", value: 180, unit: "inwoners", source: "Gemeente" }],
  },
  {
    title: "Gezinnen met geldzorgen",
    description: "Steeds meer gezinnen komen niet rond. Ze vragen vaak pas laat om hulp, als de schulden al hoog zijn.",
    targetGroup: "Gezinnen met kinderen",
    area: "West en Centrum",
    figures: [{ label: "Huishoudens met een laag inkomen", value: 9.5, unit: "%", source: "CBS" }],
  },
] as const;

/** "YYYY-MM-DD", days from now. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

export function seedOpgaven(tx: Tx, organisationId: number, people: People) {
  const present = tx
    .select({ id: strategicSessions.id })
    .from(strategicSessions)
    .where(and(eq(strategicSessions.organisationId, organisationId), eq(strategicSessions.title, DEMO_SESSION)))
    .get();
  if (present || !people.manager || !people.partnerOrganisation || !people.secondPartnerOrganisation) return;
  const base = { organisationId };
  const heldOn = dayFromNow(-30);
  const processedAt = new Date(`${dayFromNow(-29)}T10:00:00Z`);

  const ids = OPGAVEN.map((opgave) => {
    const { figures, ...fields } = opgave;
    const { id } = tx
      .insert(opgaven)
      .values({ ...base, ...fields, ownerId: people.manager, createdById: people.manager })
      .returning({ id: opgaven.id })
      .get();
    for (const figure of figures) {
      tx.insert(opgaveFigures)
        .values({ ...base, ...figure, opgaveId: id, measuredOn: "2026-01-01", createdById: people.manager })
        .run();
    }
    recordAudit(tx, {
      organisationId,
      actorId: people.manager,
      action: "opgave.created",
      entityType: "opgave",
      entityId: id,
      summary: opgave.title,
    });
    return id;
  });

  const session = tx
    .insert(strategicSessions)
    .values({
      ...base,
      title: DEMO_SESSION,
      heldOn,
      agenda:
        "1. Kennismaking en verwachtingen\n2. Welke opgaven zien we in de wijken?\n3. Ieder zet de opgaven op volgorde\n4. Oplossingen en veranderstrategieën\n5. Afspraken",
      guests: "Wethouder Van den Berg",
      status: "verwerkt",
      processedAt,
      processedById: people.manager,
      createdById: people.manager,
    })
    .returning({ id: strategicSessions.id })
    .get().id;
  const participant = (values: { userId?: number; partnerOrganisationId?: number }) =>
    tx
      .insert(strategicSessionParticipants)
      .values({ ...base, sessionId: session, ...values })
      .returning({ id: strategicSessionParticipants.id })
      .get().id;
  const participants = [
    participant({ userId: people.manager }),
    participant({ userId: people.management }),
    participant({ partnerOrganisationId: people.partnerOrganisation }),
    participant({ partnerOrganisationId: people.secondPartnerOrganisation }),
  ];
  const items = OPGAVEN.map(
    (opgave, index) =>
      tx
        .insert(strategicSessionOpgaven)
        .values({
          ...base,
          sessionId: session,
          opgaveId: ids[index],
          title: opgave.title,
          description: opgave.description,
        })
        .returning({ id: strategicSessionOpgaven.id })
        .get().id,
  );
  const [loneliness = 0, language = 0, money = 0] = items;
  // Orders per participant: the gemeente, Buurtkracht and the Taalhuis each from where they stand.
  const orders = [
    [loneliness, money, language],
    [money, loneliness, language],
    [loneliness, language, money],
    [language, loneliness, money],
  ];
  const ballots = participants.map((participantId, index) => ({
    participantId,
    positions: (orders[index] ?? []).map((itemId, place) => ({ itemId, position: place + 1 })),
  }));
  for (const ballot of ballots) {
    for (const { itemId, position } of ballot.positions) {
      tx.insert(strategicSessionRankings)
        .values({
          ...base,
          sessionId: session,
          participantId: ballot.participantId,
          itemId,
          position,
          enteredById: people.manager,
          enteredAt: processedAt,
        })
        .run();
    }
  }
  const ideas = [
    { itemId: loneliness, kind: "oplossing", text: "Buurtcoaches bezoeken alleenwonende 75-plussers thuis." },
    {
      itemId: loneliness,
      kind: "veranderstrategie",
      text: "Huisartsen en wijkverpleging verwijzen door naar Buurtkracht.",
    },
    { itemId: language, kind: "oplossing", text: "Taalcafé in de bibliotheek, elke week." },
  ] as const;
  for (const idea of ideas) {
    tx.insert(strategicSessionIdeas)
      .values({ ...base, ...idea, sessionId: session, createdById: people.manager })
      .run();
  }
  tx.insert(strategicSessionAgreements)
    .values({
      ...base,
      sessionId: session,
      description: "Een veranderplan schrijven voor eenzaamheid onder ouderen, samen met Buurtkracht.",
      ownerId: people.manager,
      dueDate: dayFromNow(60),
      createdById: people.manager,
    })
    .run();

  const followUp = tx
    .insert(strategicSessions)
    .values({
      ...base,
      title: DEMO_FOLLOW_UP,
      heldOn: dayFromNow(30),
      agenda: "Oplossingen uitwerken voor eenzaamheid onder ouderen in Oost.",
      createdById: people.manager,
    })
    .returning({ id: strategicSessions.id })
    .get().id;
  tx.insert(strategicSessionParticipants)
    .values({ ...base, sessionId: followUp, userId: people.manager })
    .run();
  tx.insert(strategicSessionParticipants)
    .values({ ...base, sessionId: followUp, partnerOrganisationId: people.partnerOrganisation })
    .run();

  const combined = combineRankings(items, ballots);
  for (const row of combined.rows) {
    const opgaveId = ids[items.indexOf(row.itemId)] ?? 0;
    tx.update(opgaven).set({ rank: row.rank }).where(eq(opgaven.id, opgaveId)).run();
    tx.insert(opgaveRankChanges)
      .values({
        ...base,
        opgaveId,
        fromRank: null,
        toRank: row.rank,
        sessionId: session,
        changedById: people.manager,
        changedAt: processedAt,
      })
      .run();
  }
  recordAudit(tx, {
    organisationId,
    actorId: people.manager,
    action: "strategicSession.outcomes_processed",
    entityType: "strategic_session",
    entityId: session,
    summary: DEMO_SESSION,
    after: { title: DEMO_SESSION, method: "borda", combined: combined.rows },
  });
}
