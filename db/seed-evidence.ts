// Demo evidence for the pilot: two studies with findings, an assumption refuted by a finding, learning questions in
// every state (one with a follow-up) and two course corrections, one of which changed the theory of change.
import { and, asc, eq } from "drizzle-orm";
import type { Verdict } from "../lib/domain/constants";
import { recordAudit } from "./audit";
import type { AppDatabase } from "./client";
import {
  assumptionStatusChanges,
  assumptions,
  correctionReasons,
  correctionTransitions,
  courseCorrections,
  findingLinks,
  findings,
  hypotheses,
  indicators,
  learningQuestions,
  programmes,
  studies,
  studyReports,
  tocElements,
  tocLinks,
  tocVersions,
} from "./schema";

type Tx = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];
type People = { manager: number; team: number; management: number };

const DAY = 24 * 60 * 60 * 1000;

export function seedEvidence(tx: Tx, organisationId: number, pilotName: string, people: People) {
  const pilot = tx
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.organisationId, organisationId), eq(programmes.name, pilotName)))
    .get()?.id;
  if (!pilot || tx.select({ id: studies.id }).from(studies).where(eq(studies.programmeId, pilot)).get()) return;
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const day = (days: number) => at(days).toISOString().slice(0, 10);
  const audit = (actorId: number, action: string, entityType: string, entityId: number, summary: string) =>
    recordAudit(tx, { organisationId, actorId, programmeId: pilot, action, entityType, entityId, summary });

  const statements = tx
    .select({ id: assumptions.id, statement: assumptions.statement })
    .from(assumptions)
    .where(eq(assumptions.programmeId, pilot))
    .all();
  const assumption = (start: string) => statements.find((a) => a.statement.startsWith(start))?.id ?? 0;
  const hypothesisIds = tx
    .select({ id: hypotheses.id })
    .from(hypotheses)
    .where(eq(hypotheses.programmeId, pilot))
    .orderBy(asc(hypotheses.id))
    .all()
    .map((h) => h.id);

  const homeVisits = tx
    .insert(studies)
    .values({
      organisationId,
      programmeId: pilot,
      round: 1,
      title: "Huisbezoeken: wie doet open, en waarom?",
      researchQuestion: "Lukt het buurtcoaches om eenzame ouderen thuis te bereiken, en wat willen die ouderen zelf?",
      method: "kwalitatief",
      startDate: day(-150),
      endDate: day(-60),
      status: "afgerond",
      ownerId: people.manager,
      summary:
        "Buurtcoaches hielden bij 131 huisbezoeken bij wat er gebeurde. Met 18 ouderen voerden zij daarna een langer gesprek over contact en eenzaamheid.",
      evidenceStrength: "onderbouwd",
      createdAt: at(-150),
    })
    .returning({ id: studies.id })
    .get().id;
  tx.insert(studyReports)
    .values({
      organisationId,
      studyId: homeVisits,
      title: "Verslag huisbezoeken (intranet)",
      url: "https://intranet.voorbeeld.example/impact/huisbezoeken",
    })
    .run();
  audit(people.manager, "study.created", "study", homeVisits, "Huisbezoeken: wie doet open, en waarom?");

  const survey = tx
    .insert(studies)
    .values({
      organisationId,
      programmeId: pilot,
      round: 1,
      title: "Eenzaamheid onder deelnemers: vragenlijst na zes maanden",
      researchQuestion: "Voelen vaste deelnemers van de ontmoetingsochtend zich na zes maanden minder eenzaam?",
      method: "kwantitatief",
      startDate: day(-45),
      endDate: day(45),
      status: "lopend",
      ownerId: people.team,
      summary: "Korte vragenlijst over eenzaamheid bij de start en na zes maanden, afgenomen door vrijwilligers.",
      evidenceStrength: "beschreven",
      createdAt: at(-45),
    })
    .returning({ id: studies.id })
    .get().id;
  audit(people.team, "study.created", "study", survey, "Eenzaamheid onder deelnemers: vragenlijst na zes maanden");

  const finding = (
    studyId: number,
    days: number,
    title: string,
    description: string,
    interpretation: string,
    links: { assumptionId?: number; hypothesisId?: number; verdict: Verdict }[],
  ) => {
    const id = tx
      .insert(findings)
      .values({
        organisationId,
        programmeId: pilot,
        studyId,
        round: 1,
        title,
        description,
        interpretation,
        createdById: people.manager,
        createdAt: at(days),
        updatedAt: at(days),
      })
      .returning({ id: findings.id })
      .get().id;
    for (const link of links) {
      tx.insert(findingLinks)
        .values({
          organisationId,
          findingId: id,
          assumptionId: link.assumptionId ?? null,
          hypothesisId: link.hypothesisId ?? null,
          verdict: link.verdict,
        })
        .run();
    }
    audit(people.manager, "finding.created", "finding", id, title);
    return id;
  };

  const opensDoor = finding(
    homeVisits,
    -70,
    "Twee op de drie ouderen doen open en gaan het gesprek aan",
    "Bij 87 van de 131 bezoeken werd opengedaan en volgde een gesprek. Wie vooraf een kaartje had gekregen, deed vaker open.",
    "De persoonlijke aanpak werkt, maar een aankondiging vooraf helpt. Dat nemen we mee in de werkwijze.",
    [
      { assumptionId: assumption("Eenzame ouderen doen open"), verdict: "ondersteunt" },
      { hypothesisId: hypothesisIds[0], verdict: "ondersteunt" },
    ],
  );
  const oldContacts = finding(
    homeVisits,
    -65,
    "Ouderen willen vooral oude contacten herstellen",
    "In 14 van de 18 gesprekken zeiden ouderen dat ze oud-buren, familie of vrienden uit het oog verloren zijn en die graag weer zouden zien.",
    "Nieuwe contacten leggen is voor deze groep niet het eerste doel. We helpen ook bij het herstellen van bestaande contacten.",
    [{ assumptionId: assumption("Ouderen willen vooral nieuwe mensen"), verdict: "weerspreekt" }],
  );
  finding(
    homeVisits,
    -62,
    "De Schakel is voor bijna iedereen goed te bereiken",
    "22 van de 24 gevraagde ouderen komen lopend of met de buurtbus.",
    "Bereikbaarheid is geen reden om weg te blijven.",
    [{ assumptionId: assumption("Ouderen vinden buurthuis"), verdict: "ondersteunt" }],
  );
  const menDropOut = finding(
    homeVisits,
    -60,
    "Mannen haken vaker af bij de ontmoetingsochtend",
    "Van de 9 mannen die begonnen, kwamen er na drie maanden nog 3. Bij vrouwen was dat 16 van de 21.",
    "",
    [
      { assumptionId: assumption("Deelnemers blijven langer"), verdict: "niet_eenduidig" },
      { hypothesisId: hypothesisIds[1], verdict: "niet_eenduidig" },
    ],
  );
  finding(
    survey,
    -10,
    "Eerste vragenlijsten: gevoel van eenzaamheid daalt licht bij vaste deelnemers",
    "Van de 12 vaste deelnemers die beide vragenlijsten invulden, scoren er 7 lager op eenzaamheid, 3 gelijk en 2 hoger.",
    "",
    [{ assumptionId: assumption("Meer vaste contacten"), verdict: "niet_eenduidig" }],
  );

  // The refuted assumption names the finding as the reason for its status.
  const refuted = assumption("Ouderen willen vooral nieuwe mensen");
  tx.update(assumptionStatusChanges)
    .set({ findingId: oldContacts })
    .where(eq(assumptionStatusChanges.assumptionId, refuted))
    .run();

  // Learning questions: in treatment, answered (with a follow-up), and dropped.
  const question = (values: Omit<typeof learningQuestions.$inferInsert, "organisationId">) =>
    tx
      .insert(learningQuestions)
      .values({ organisationId, ...values })
      .returning({ id: learningQuestions.id })
      .get().id;
  const men = question({
    programmeId: pilot,
    question: "Waarom haken mannen eerder af bij de ontmoetingsochtend?",
    whyItMatters: "Als we mannen niet vasthouden, bereikt de pilot maar de helft van de doelgroep.",
    priority: 1,
    approach: "gesprekken",
    ownerId: people.team,
    dueDate: day(30),
    status: "in_behandeling",
    createdAt: at(-55),
  });
  const invite = question({
    programmeId: pilot,
    question: "Welke manier van uitnodigen werkt het best voor ouderen die de deur niet opendoen?",
    whyItMatters: "Een derde van de ouderen bereiken we nu niet.",
    priority: 2,
    approach: "empirisch",
    ownerId: people.manager,
    dueDate: day(-30),
    status: "beantwoord",
    answer:
      "Een kaartje met een foto van de buurtcoach en daarna een telefoontje voor een afspraak werkt beter dan onaangekondigd aanbellen.",
    interpretation: "We passen de werkwijze van de buurtcoaches aan: eerst bellen, dan langsgaan.",
    answeredByStudyId: homeVisits,
    answeredInRound: 1,
    createdAt: at(-140),
    updatedAt: at(-50),
  });
  question({
    programmeId: pilot,
    question: "Werkt eerst bellen ook bij ouderen zonder vaste telefoon?",
    whyItMatters: "Juist de meest geïsoleerde ouderen hebben soms geen telefoon.",
    priority: 3,
    approach: "gesprekken",
    status: "open",
    followUpOfId: invite,
    createdAt: at(-50),
  });
  question({
    programmeId: null,
    question: "Wat weten we uit ander onderzoek over buurtgerichte aanpakken van eenzaamheid?",
    whyItMatters: "Om niet opnieuw uit te vinden wat elders al bekend is.",
    priority: 4,
    approach: "literatuur",
    status: "vervallen",
    answer: "Vervallen: de GGD maakt dit overzicht al voor de hele regio.",
    createdAt: at(-120),
    updatedAt: at(-90),
  });

  // A decided correction that changed the theory of change, and a proposal that waits for management.
  const snapshot = () => ({
    elements: tx
      .select({ id: tocElements.id, level: tocElements.level, title: tocElements.title })
      .from(tocElements)
      .where(eq(tocElements.programmeId, pilot))
      .orderBy(asc(tocElements.position))
      .all(),
    links: tx
      .select({ fromElementId: tocLinks.fromElementId, toElementId: tocLinks.toElementId })
      .from(tocLinks)
      .where(eq(tocLinks.programmeId, pilot))
      .all(),
  });
  const visits =
    tx
      .select({ id: tocElements.id })
      .from(tocElements)
      .where(
        and(
          eq(tocElements.programmeId, pilot),
          eq(tocElements.title, "Buurtcoaches bezoeken alleenwonende 75-plussers thuis"),
        ),
      )
      .get()?.id ?? 0;
  const callAhead = tx
    .insert(courseCorrections)
    .values({
      organisationId,
      programmeId: pilot,
      round: 1,
      title: "Buurtcoaches bellen eerst voor een afspraak",
      whatChanges:
        "Buurtcoaches sturen eerst een kaartje en bellen dan voor een afspraak, in plaats van onaangekondigd aan te bellen. Ze vragen ook naar oude contacten die de oudere graag weer zou zien.",
      why: "Het onderzoek naar de huisbezoeken laat zien dat een aankondiging helpt en dat ouderen vooral bestaande contacten willen herstellen.",
      decisionLevel: "mt",
      status: "besloten",
      tocChange: {
        add: { level: "activiteit", title: "Ouderen helpen oude contacten te herstellen" },
        rename: { elementId: visits, title: "Buurtcoaches bezoeken alleenwonende 75-plussers op afspraak" },
        removeElementId: null,
      },
      proposedById: people.manager,
      createdAt: at(-40),
      updatedAt: at(-30),
    })
    .returning({ id: courseCorrections.id })
    .get().id;
  const before = tx
    .insert(tocVersions)
    .values({
      organisationId,
      programmeId: pilot,
      version: 1,
      snapshot: snapshot(),
      correctionId: callAhead,
      createdById: people.management,
      createdAt: at(-30),
    })
    .returning({ id: tocVersions.id })
    .get().id;
  tx.update(tocElements)
    .set({ title: "Buurtcoaches bezoeken alleenwonende 75-plussers op afspraak" })
    .where(eq(tocElements.id, visits))
    .run();
  const position =
    tx.select({ id: tocElements.id }).from(tocElements).where(eq(tocElements.programmeId, pilot)).all().length + 1;
  tx.insert(tocElements)
    .values({
      organisationId,
      programmeId: pilot,
      level: "activiteit",
      title: "Ouderen helpen oude contacten te herstellen",
      position,
      createdAt: at(-30),
    })
    .run();
  const after = tx
    .insert(tocVersions)
    .values({
      organisationId,
      programmeId: pilot,
      version: 2,
      snapshot: snapshot(),
      correctionId: callAhead,
      createdById: people.management,
      createdAt: at(-30),
    })
    .returning({ id: tocVersions.id })
    .get().id;
  tx.update(courseCorrections)
    .set({ tocVersionBeforeId: before, tocVersionAfterId: after })
    .where(eq(courseCorrections.id, callAhead))
    .run();
  for (const reason of [{ findingId: opensDoor }, { findingId: oldContacts }, { learningQuestionId: invite }]) {
    tx.insert(correctionReasons)
      .values({ organisationId, correctionId: callAhead, ...reason })
      .run();
  }
  tx.insert(correctionTransitions)
    .values([
      {
        organisationId,
        correctionId: callAhead,
        fromStatus: null,
        toStatus: "voorgesteld",
        changedById: people.manager,
        changedAt: at(-40),
      },
      {
        organisationId,
        correctionId: callAhead,
        fromStatus: "voorgesteld",
        toStatus: "besloten",
        note: "Akkoord. Evalueren na drie maanden.",
        changedById: people.management,
        changedAt: at(-30),
      },
    ])
    .run();
  audit(
    people.management,
    "correction.decided",
    "course_correction",
    callAhead,
    "Buurtcoaches bellen eerst voor een afspraak",
  );

  const saturday = tx
    .insert(courseCorrections)
    .values({
      organisationId,
      programmeId: pilot,
      round: 1,
      title: "Ook een ontmoetingsmoment op zaterdag",
      whatChanges:
        "Naast de ochtend op dinsdag komt er een ontmoetingsmoment op zaterdagmiddag, met activiteiten die mannen aanspreken, zoals klussen en een wandelgroep.",
      why: "Mannen haken vaker af bij de ontmoetingsochtend, en het aantal deelnemers blijft achter bij wat nodig is voor de streefwaarde.",
      decisionLevel: "mt",
      status: "voorgesteld",
      proposedById: people.manager,
      createdAt: at(-5),
      updatedAt: at(-5),
    })
    .returning({ id: courseCorrections.id })
    .get().id;
  const participants = tx
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.programmeId, pilot), eq(indicators.name, "Aantal deelnemers aan ontmoetingsactiviteiten")))
    .get()?.id;
  tx.insert(correctionReasons).values({ organisationId, correctionId: saturday, findingId: menDropOut }).run();
  tx.insert(correctionReasons).values({ organisationId, correctionId: saturday, learningQuestionId: men }).run();
  if (participants)
    tx.insert(correctionReasons).values({ organisationId, correctionId: saturday, indicatorId: participants }).run();
  tx.insert(correctionTransitions)
    .values({
      organisationId,
      correctionId: saturday,
      fromStatus: null,
      toStatus: "voorgesteld",
      changedById: people.manager,
      changedAt: at(-5),
    })
    .run();
  audit(people.manager, "correction.proposed", "course_correction", saturday, "Ook een ontmoetingsmoment op zaterdag");

  // The buddy pairs are off course: too few volunteers. After the reflection session two weeks ago, recruiting
  // through the churches and the volunteer centre was proposed and decided.
  const buddies = tx
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.programmeId, pilot), eq(indicators.name, "Gevormde maatjeskoppels (totaal)")))
    .get()?.id;
  const recruit = tx
    .insert(courseCorrections)
    .values({
      organisationId,
      programmeId: pilot,
      round: 1,
      title: "Maatjes werven via de kerken en de vrijwilligerscentrale",
      whatChanges:
        "Buurtkracht werft maatjes niet alleen via de wijkkrant, maar ook via de drie kerken in Oost en de vrijwilligerscentrale. Elke nieuwe vrijwilliger krijgt een vast aanspreekpunt.",
      why: "Het aantal maatjeskoppels ligt ver achter op de lijn naar de streefwaarde: er melden zich te weinig vrijwilligers, en een deel haakt af.",
      decisionLevel: "mt",
      status: "besloten",
      proposedById: people.manager,
      createdAt: at(-12),
      updatedAt: at(-10),
    })
    .returning({ id: courseCorrections.id })
    .get().id;
  if (buddies)
    tx.insert(correctionReasons).values({ organisationId, correctionId: recruit, indicatorId: buddies }).run();
  tx.insert(correctionTransitions)
    .values([
      {
        organisationId,
        correctionId: recruit,
        fromStatus: null,
        toStatus: "voorgesteld",
        changedById: people.manager,
        changedAt: at(-12),
      },
      {
        organisationId,
        correctionId: recruit,
        fromStatus: "voorgesteld",
        toStatus: "besloten",
        note: "Akkoord. Over drie maanden kijken we of het aantal koppels stijgt.",
        changedById: people.management,
        changedAt: at(-10),
      },
    ])
    .run();
  audit(
    people.manager,
    "correction.proposed",
    "course_correction",
    recruit,
    "Maatjes werven via de kerken en de vrijwilligerscentrale",
  );
  audit(
    people.management,
    "correction.decided",
    "course_correction",
    recruit,
    "Maatjes werven via de kerken en de vrijwilligerscentrale",
  );
}
