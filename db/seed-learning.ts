// Demo pages, reflection sessions, action items and lessons for Gemeente Voorbeeld's pilot. One lesson is a reason of
// the decided course correction; one action item was carried over to the latest session and is still open.
import { and, eq } from "drizzle-orm";
import type { Agenda } from "../lib/domain/reflection";
import { recordAudit } from "./audit";
import type { AppDatabase } from "./client";
import {
  actionItems,
  assumptions,
  correctionReasons,
  courseCorrections,
  findings,
  indicators,
  learningQuestions,
  lessons,
  lessonTags,
  pageComments,
  pageRevisions,
  pages,
  programmes,
  reflectionSessions,
  sessionParticipants,
} from "./schema";

type Tx = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];
type People = { beheerder: number; manager: number; team: number; management: number; partner: number };

const DAY = 24 * 60 * 60 * 1000;

export function seedLearning(tx: Tx, organisationId: number, pilotName: string, people: People) {
  const pilot = tx
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.organisationId, organisationId), eq(programmes.name, pilotName)))
    .get()?.id;
  if (!pilot || tx.select({ id: pages.id }).from(pages).where(eq(pages.organisationId, organisationId)).get()) return;
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const day = (days: number) => at(days).toISOString().slice(0, 10);
  const audit = (
    actorId: number,
    action: string,
    entityType: string,
    entityId: number,
    summary: string,
    programmeId: number | null = pilot,
  ) => recordAudit(tx, { organisationId, actorId, programmeId, action, entityType, entityId, summary });

  // Shared pages: one for the whole gemeente, two of the pilot (shared with Stichting Buurtkracht).
  const page = (programmeId: number | null, title: string, versions: { body: string; by: number; days: number }[]) => {
    const last = versions.at(-1);
    if (!last) return 0;
    const id = tx
      .insert(pages)
      .values({
        organisationId,
        programmeId,
        title,
        body: last.body,
        version: versions.length,
        createdById: versions[0]?.by ?? last.by,
        updatedById: last.by,
        createdAt: at(versions[0]?.days ?? last.days),
        updatedAt: at(last.days),
      })
      .returning({ id: pages.id })
      .get().id;
    versions.forEach((version, index) => {
      tx.insert(pageRevisions)
        .values({
          organisationId,
          pageId: id,
          version: index + 1,
          title,
          body: version.body,
          authorId: version.by,
          createdAt: at(version.days),
        })
        .run();
    });
    audit(last.by, "page.created", "page", id, title, programmeId);
    return id;
  };
  page(null, "Zo werken wij impactgericht in Voorbeeld", [
    {
      by: people.beheerder,
      days: -200,
      body: "## Waarom\n\nWe willen weten wat ons werk oplevert voor inwoners, niet alleen wat we doen.\n\n## Hoe\n\n1. We beginnen klein, met één pilot.\n2. Elke pilot heeft een verandertheorie, aannames en indicatoren.\n3. Elk kwartaal houden we een reflectiesessie en leggen we de lessen vast.\n",
    },
  ]);
  const agreements = page(pilot, "Werkafspraken pilot Samen minder eenzaam", [
    {
      by: people.manager,
      days: -250,
      body: "## Werkafspraken\n\n- Buurtcoaches van Buurtkracht doen de huisbezoeken.\n- Sanne houdt de presentielijsten bij.\n",
    },
    {
      by: people.team,
      days: -28,
      body: "## Werkafspraken\n\n- Buurtcoaches van Buurtkracht doen de huisbezoeken, **op afspraak** (sinds de bijsturing).\n- Sanne houdt de presentielijsten bij.\n- Elke maand een meting per indicator, uiterlijk de 15e.\n",
    },
  ]);
  page(pilot, "Verslag startbijeenkomst met Buurtkracht", [
    {
      by: people.manager,
      days: -270,
      body: "## Startbijeenkomst\n\nAanwezig: Joost, Sanne, twee buurtcoaches.\n\nAfgesproken: we starten in Oost met huisbezoeken en een wekelijkse ochtend in De Schakel.\n",
    },
  ]);
  tx.insert(pageComments)
    .values({
      organisationId,
      pageId: agreements,
      body: "De buurtcoaches bellen nu vooraf; dat bevalt goed.",
      authorId: people.partner,
      createdAt: at(-20),
    })
    .run();

  // Two reflection sessions: the second starts with the action item the first left open.
  const assumptionRows = tx
    .select({
      id: assumptions.id,
      statement: assumptions.statement,
      criticality: assumptions.criticality,
      status: assumptions.status,
    })
    .from(assumptions)
    .where(eq(assumptions.programmeId, pilot))
    .all()
    .filter((a) => (a.criticality === "hoog" && a.status === "ongetoetst") || a.status === "weerlegd");
  const buddies = tx
    .select({ id: indicators.id, name: indicators.name, unit: indicators.unit })
    .from(indicators)
    .where(and(eq(indicators.programmeId, pilot), eq(indicators.name, "Gevormde maatjeskoppels (totaal)")))
    .get();
  const questions = tx
    .select({ id: learningQuestions.id, question: learningQuestions.question, status: learningQuestions.status })
    .from(learningQuestions)
    .where(eq(learningQuestions.programmeId, pilot))
    .all()
    .filter((q) => q.status === "open" || q.status === "in_behandeling");
  const agenda = (preparedOn: string, openActions: Agenda["openActions"]): Agenda => ({
    version: 1,
    preparedOn,
    openActions,
    assumptions: assumptionRows,
    indicators: buddies
      ? [{ id: buddies.id, name: buddies.name, status: "uit_koers", latestValue: 2, unit: buddies.unit }]
      : [],
    learningQuestions: questions,
  });
  const session = (
    title: string,
    days: number,
    openActions: Agenda["openActions"],
    notes: { planned: string; happened: string; learned: string; change: string },
  ) => {
    const id = tx
      .insert(reflectionSessions)
      .values({
        organisationId,
        programmeId: pilot,
        title,
        heldOn: day(days),
        guests: "Buurtcoach Mieke (Stichting Buurtkracht)",
        agenda: agenda(day(days), openActions),
        ...notes,
        createdById: people.manager,
        createdAt: at(days),
        updatedAt: at(days),
      })
      .returning({ id: reflectionSessions.id })
      .get().id;
    for (const userId of [people.manager, people.team])
      tx.insert(sessionParticipants).values({ organisationId, sessionId: id, userId }).run();
    audit(people.manager, "reflection.created", "reflection_session", id, title);
    return id;
  };
  const first = session("Reflectie na drie maanden", -60, [], {
    planned: "Huisbezoeken bij 150 ouderen en een vaste groep van 25 deelnemers op de ochtend.",
    happened: "131 huisbezoeken; bij een derde werd niet opengedaan. 24 deelnemers, maar mannen haken af.",
    learned: "Onaangekondigd aanbellen werkt minder goed dan gedacht. Ouderen willen vooral oude contacten terug.",
    change: "Een kaartje vooraf proberen en met de wijkagent afspreken hoe we signalen delen.",
  });
  const action = (
    sessionId: number,
    description: string,
    ownerId: number,
    due: number,
    status: "open" | "klaar" | "doorgeschoven",
    extra: Partial<typeof actionItems.$inferInsert> = {},
  ) =>
    tx
      .insert(actionItems)
      .values({
        organisationId,
        programmeId: pilot,
        sessionId,
        description,
        ownerId,
        dueDate: day(due),
        status,
        createdAt: at(due - 15),
        ...extra,
      })
      .returning({ id: actionItems.id })
      .get().id;
  action(first, "Kaartje met een foto van de buurtcoach laten drukken", people.team, -45, "klaar", {
    completedAt: at(-48),
  });
  const police = action(
    first,
    "Afspraak met de wijkagent over signalen van eenzaamheid",
    people.manager,
    -40,
    "doorgeschoven",
  );

  const second = session(
    "Reflectie oktober",
    -14,
    [
      {
        id: police,
        description: "Afspraak met de wijkagent over signalen van eenzaamheid",
        ownerName: "Joost van Dijk",
        dueDate: day(-40),
        sessionId: first,
        sessionTitle: "Reflectie na drie maanden",
        heldOn: day(-60),
      },
    ],
    {
      planned: "Bellen voor een afspraak invoeren en de maatjes-werving versterken.",
      happened:
        "Met een kaartje en een belafspraak doet bijna iedereen open. Maatjes blijven achter: te weinig vrijwilligers.",
      learned: "Mannen zoeken een doe-activiteit, geen koffieochtend.",
      change: "Voorstel voor een zaterdagmiddag met klussen en wandelen; werving van maatjes via de kerken.",
    },
  );
  action(second, "Afspraak met de wijkagent over signalen van eenzaamheid", people.manager, 14, "open", {
    carriedOverFromId: police,
  });
  action(second, "Mannen uit de pilot vragen welke activiteit hen aanspreekt", people.team, 7, "open");

  // Lessons: two from the sessions, one from a finding, one for the whole gemeente.
  const findingId = (title: string) =>
    tx
      .select({ id: findings.id })
      .from(findings)
      .where(and(eq(findings.programmeId, pilot), eq(findings.title, title)))
      .get()?.id ?? null;
  const lesson = (values: {
    programmeId: number | null;
    sessionId?: number;
    findingId?: number | null;
    title: string;
    body: string;
    context: string;
    tags: string[];
    days: number;
  }) => {
    const id = tx
      .insert(lessons)
      .values({
        organisationId,
        programmeId: values.programmeId,
        sessionId: values.sessionId ?? null,
        findingId: values.findingId ?? null,
        title: values.title,
        body: values.body,
        context: values.context,
        createdById: people.manager,
        createdAt: at(values.days),
        updatedAt: at(values.days),
      })
      .returning({ id: lessons.id })
      .get().id;
    for (const tag of values.tags) tx.insert(lessonTags).values({ organisationId, lessonId: id, tag }).run();
    audit(people.manager, "lesson.created", "lesson", id, values.title, values.programmeId);
    return id;
  };
  const announced = lesson({
    programmeId: pilot,
    sessionId: first,
    findingId: findingId("Twee op de drie ouderen doen open en gaan het gesprek aan"),
    title: "Een aangekondigd bezoek werkt beter dan onaangekondigd aanbellen",
    body: "Ouderen doen vaker open als ze vooraf een kaartje met een foto van de buurtcoach krijgen en er een belafspraak volgt.",
    context: "Huisbezoeken in Oost, eerste drie maanden van de pilot.",
    tags: ["uitnodigen", "huisbezoeken"],
    days: -58,
  });
  lesson({
    programmeId: pilot,
    findingId: findingId("Ouderen willen vooral oude contacten herstellen"),
    title: "Oude contacten herstellen weegt zwaarder dan nieuwe maken",
    body: "Eenzame ouderen missen vooral mensen die ze kwijtraakten: oud-buren, familie, vrienden. Nieuwe contacten zijn voor hen minder belangrijk.",
    context: "Gesprekken met 18 ouderen tijdens de huisbezoeken.",
    tags: ["eenzaamheid", "netwerk"],
    days: -55,
  });
  lesson({
    programmeId: pilot,
    sessionId: second,
    title: "Mannen zoeken een doe-activiteit, geen koffieochtend",
    body: "Mannen blijven weg bij een koffieochtend maar komen wel als er iets te doen is, zoals klussen of wandelen.",
    context: "Presentielijsten en gesprekken met deelnemers.",
    tags: ["mannen", "ontmoeting"],
    days: -14,
  });
  lesson({
    programmeId: null,
    title: "Begin klein en laat zien wat het oplevert",
    body: "Eén pilot met een duidelijke evaluatie overtuigt collega's meer dan een nota over impactgericht werken.",
    context: "Ervaring van het eerste jaar impactgericht werken in Voorbeeld.",
    tags: ["aanpak", "draagvlak"],
    days: -10,
  });

  const decided = tx
    .select({ id: courseCorrections.id })
    .from(courseCorrections)
    .where(
      and(
        eq(courseCorrections.programmeId, pilot),
        eq(courseCorrections.title, "Buurtcoaches bellen eerst voor een afspraak"),
      ),
    )
    .get();
  if (decided)
    tx.insert(correctionReasons).values({ organisationId, correctionId: decided.id, lessonId: announced }).run();
}
