// Demo learning tracks of Gemeente Voorbeeld: a finished pilot track with a small team (four sessions, attendance,
// impact scans before and after), and a workshop series with Stichting Buurtkracht that is still running. A scan of
// Taalhuis Voorbeeld shows that a partner sees only its own organisation's scans. The pilot track's goals are judged and
// its participants answered the reflection prompts; a coaching conversation about the pilot programme left an open
// action for the programme manager.
import { and, eq } from "drizzle-orm";
import { recordAudit } from "./audit";
import type { AppDatabase } from "./client";
import {
  coachingActions,
  coachingConversations,
  learningTrackGoals,
  learningTrackParticipants,
  learningTracks,
  maturityScans,
  programmes,
  reflectionAnswers,
  sessionAttendance,
  trainingSessions,
} from "./schema";
import { PILOT_NAME } from "./seed-programmes";

type Tx = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];
type People = {
  manager: number;
  team: number;
  adviser: number;
  partner: number;
  buurtkracht: number;
  taalhuis: number;
};

export const PILOT_TRACK = "Pilottraject impactgericht werken: team Sociaal Domein";
export const WORKSHOP_TRACK = "Workshops impactgericht werken met Buurtkracht";
export const PILOT_TEAM = "Team Sociaal Domein";
export const COACHING_ACTION = "Plan de volgende reflectiesessie van de pilot en nodig het MT uit";

const DAY = 24 * 60 * 60 * 1000;

type Track = {
  title: string;
  kind: "pilottraject" | "partnerworkshops";
  targetGroup: "teams" | "partners";
  targetTeams: string;
  description: string;
  start: number;
  end: number;
  trainerId: number;
  modules: string[];
  goals: string[];
  participants: { userId?: number; guestName?: string; partnerOrganisationId?: number | null }[];
  sessions: { title: string; day: number; place: string; online: boolean; moduleKey: string; notes: string }[];
  /** Per session, per participant (in order): present, absent, or not recorded. */
  attendance: (boolean | null)[][];
  /** The trainer's judgement per goal, in order. */
  judgements?: ("bereikt" | "deels" | "niet")[];
  /** Reflection answers: after the session at this index (null: at the end of the track), by the participant there. */
  reflections?: { session: number | null; participant: number; applied: string; hard: string; needs: string }[];
};

export function seedTraining(tx: Tx, organisationId: number, people: People) {
  if (
    tx
      .select({ id: learningTracks.id })
      .from(learningTracks)
      .where(eq(learningTracks.organisationId, organisationId))
      .get()
  ) {
    return;
  }
  const now = Date.now();
  const day = (days: number) => new Date(now + days * DAY).toISOString().slice(0, 10);

  const addTrack = (track: Track) => {
    const { id } = tx
      .insert(learningTracks)
      .values({
        organisationId,
        title: track.title,
        kind: track.kind,
        targetGroup: track.targetGroup,
        targetTeams: track.targetTeams,
        description: track.description,
        startDate: day(track.start),
        endDate: day(track.end),
        trainerId: track.trainerId,
        modules: track.modules,
        createdById: people.manager,
        createdAt: new Date(now + track.start * DAY),
      })
      .returning({ id: learningTracks.id })
      .get();
    track.goals.forEach((text, index) => {
      tx.insert(learningTrackGoals)
        .values({
          organisationId,
          trackId: id,
          position: index + 1,
          text,
          judgement: track.judgements?.[index] ?? null,
        })
        .run();
    });
    const participantIds = track.participants.map(
      (p) =>
        tx
          .insert(learningTrackParticipants)
          .values({
            organisationId,
            trackId: id,
            userId: p.userId ?? null,
            guestName: p.guestName ?? null,
            partnerOrganisationId: p.partnerOrganisationId ?? null,
          })
          .returning({ id: learningTrackParticipants.id })
          .get().id,
    );
    const sessionIds = track.sessions.map((session, index) => {
      const { day: when, ...fields } = session;
      const sessionId = tx
        .insert(trainingSessions)
        .values({ organisationId, trackId: id, heldOn: day(when), createdById: track.trainerId, ...fields })
        .returning({ id: trainingSessions.id })
        .get().id;
      track.attendance[index]?.forEach((present, position) => {
        const participantId = participantIds[position];
        if (present === null || participantId === undefined) return;
        tx.insert(sessionAttendance).values({ organisationId, sessionId, participantId, present }).run();
      });
      return sessionId;
    });
    for (const { session, participant, ...answers } of track.reflections ?? []) {
      const participantId = participantIds[participant];
      if (participantId === undefined) continue;
      const sessionId = session === null ? null : (sessionIds[session] ?? null);
      tx.insert(reflectionAnswers)
        .values({ organisationId, trackId: id, sessionId, participantId, ...answers })
        .run();
    }
    recordAudit(tx, {
      organisationId,
      actorId: people.manager,
      action: "learning_track.created",
      entityType: "learning_track",
      entityId: id,
      summary: track.title,
    });
    return id;
  };

  const pilot = addTrack({
    title: PILOT_TRACK,
    kind: "pilottraject",
    targetGroup: "teams",
    targetTeams: PILOT_TEAM,
    description:
      "Een eerste traject met een klein team dat zin heeft om impactgericht te werken. Daarna verbeteren we de aanpak voor de rest van de organisatie.",
    start: -150,
    end: -30,
    trainerId: people.manager,
    modules: ["verandertheorie", "aannames", "indicatoren", "cyclus"],
    goals: [
      "Deelnemers tekenen voor hun eigen programma een verandertheorie van activiteit tot impact.",
      "Deelnemers schrijven de kritieke aannames op en kiezen hoe ze die toetsen.",
      "Deelnemers kiezen bij elk belangrijk effect een indicator met nulmeting en streefwaarde.",
    ],
    participants: [{ userId: people.team }, { userId: people.adviser }, { guestName: "Marloes Visser" }],
    sessions: [
      {
        title: "Bijeenkomst 1: de verandertheorie",
        day: -140,
        place: "Stadskantoor, zaal 2.14",
        online: false,
        moduleKey: "verandertheorie",
        notes: "Samen de keten van de pilot Samen minder eenzaam getekend. Effecten en impact liepen nog door elkaar.",
      },
      {
        title: "Bijeenkomst 2: aannames toetsen",
        day: -110,
        place: "Stadskantoor, zaal 2.14",
        online: false,
        moduleKey: "aannames",
        notes: "Vijf aannames opgeschreven; twee zijn kritiek. Afgesproken om die eerst te toetsen met gesprekken.",
      },
      {
        title: "Bijeenkomst 3: indicatoren",
        day: -80,
        place: "",
        online: true,
        moduleKey: "indicatoren",
        notes: "Per effect één indicator gekozen. Nulmeting voor eenzaamheid komt uit de gezondheidsmonitor.",
      },
      {
        title: "Bijeenkomst 4: de cyclus rond",
        day: -45,
        place: "Wijkcentrum Oost",
        online: false,
        moduleKey: "cyclus",
        notes: "Terugblik op de eerste ronde. Het team wil het ritme van maandelijkse reflectie vasthouden.",
      },
    ],
    attendance: [
      [true, true, true],
      [true, false, true],
      [true, true, false],
      [true, true, true],
    ],
    judgements: ["bereikt", "bereikt", "deels"],
    reflections: [
      {
        session: 1,
        participant: 0,
        applied: "Ik heb de aannames onder de pilot opgeschreven en met de buurtcoaches besproken.",
        hard: "Kiezen welke aanname echt kritiek is.",
        needs: "Een voorbeeld van een goede toets met gesprekken.",
      },
      {
        session: 3,
        participant: 1,
        applied: "Onze indicatoren hebben nu een nulmeting en een streefwaarde.",
        hard: "De nulmeting voor eenzaamheid was lastig te vinden.",
        needs: "Hulp bij het lezen van de gezondheidsmonitor.",
      },
      {
        session: null,
        participant: 0,
        applied: "We houden elke maand een korte reflectie in het team.",
        hard: "Tijd vrijmaken naast het gewone werk.",
        needs: "Dat het MT de reflecties ook leest.",
      },
    ],
  });

  // A coaching conversation about the pilot programme: the programme manager agreed to plan the team's next reflection.
  const pilotProgramme = tx
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.organisationId, organisationId), eq(programmes.name, PILOT_NAME)))
    .get();
  const coached = tx
    .select({ id: learningTrackParticipants.id })
    .from(learningTrackParticipants)
    .where(and(eq(learningTrackParticipants.trackId, pilot), eq(learningTrackParticipants.userId, people.team)))
    .get();
  const conversation = tx
    .insert(coachingConversations)
    .values({
      organisationId,
      trackId: pilot,
      participantId: coached?.id ?? null,
      programmeId: pilotProgramme?.id ?? null,
      heldOn: day(-35),
      summary:
        "Het team wil de maandelijkse reflectie vasthouden. Lastig: de uitkomsten komen nog niet bij het MT terecht.",
      createdById: people.manager,
    })
    .returning({ id: coachingConversations.id })
    .get();
  tx.insert(coachingActions)
    .values({
      organisationId,
      conversationId: conversation.id,
      trackId: pilot,
      programmeId: pilotProgramme?.id ?? null,
      description: COACHING_ACTION,
      ownerId: people.manager,
      dueDate: day(14),
    })
    .run();

  const workshops = addTrack({
    title: WORKSHOP_TRACK,
    kind: "partnerworkshops",
    targetGroup: "partners",
    targetTeams: "Stichting Buurtkracht",
    description:
      "Een reeks workshops met de buurtcoaches van Buurtkracht: laagdrempelig kennismaken met impactgericht werken.",
    start: -40,
    end: 60,
    trainerId: people.team,
    modules: ["verandertheorie", "indicatoren", "leervragen"],
    goals: [
      "Buurtcoaches kunnen uitleggen hoe hun activiteiten bijdragen aan minder eenzaamheid.",
      "Buurtcoaches weten welke cijfers zij aan de gemeente rapporteren en waarom.",
    ],
    participants: [
      { userId: people.partner, partnerOrganisationId: people.buurtkracht },
      { guestName: "Lotte Kramer", partnerOrganisationId: people.buurtkracht },
      { guestName: "Ruud Jansen", partnerOrganisationId: people.taalhuis },
    ],
    sessions: [
      {
        title: "Workshop 1: wat is impact?",
        day: -35,
        place: "Buurthuis De Ster",
        online: false,
        moduleKey: "verandertheorie",
        notes: "Goede energie. De coaches herkennen veel in de keten van activiteit naar effect.",
      },
      {
        title: "Workshop 2: wat meten we samen?",
        day: -7,
        place: "",
        online: true,
        moduleKey: "indicatoren",
        notes: "Besproken welke indicatoren Buurtkracht rapporteert. Vraag: hoe tellen we herhaalbezoekers?",
      },
    ],
    attendance: [
      [true, true, true],
      [true, false, null],
    ],
  });

  const scan = (values: {
    trackId: number | null;
    moment: "begin" | "tussendoor" | "eind";
    teamName?: string;
    partnerOrganisationId?: number;
    partnerName?: string;
    day: number;
    levels: number[];
    takenById: number;
  }) => {
    const answers: Record<string, number> = {};
    values.levels.forEach((level, index) => {
      answers[`s${String(index + 1).padStart(2, "0")}`] = level;
    });
    const { id } = tx
      .insert(maturityScans)
      .values({
        organisationId,
        trackId: values.trackId,
        moment: values.moment,
        teamName: values.teamName ?? "",
        partnerOrganisationId: values.partnerOrganisationId ?? null,
        takenOn: day(values.day),
        answers,
        takenById: values.takenById,
      })
      .returning({ id: maturityScans.id })
      .get();
    recordAudit(tx, {
      organisationId,
      actorId: values.takenById,
      action: "maturity_scan.taken",
      entityType: "maturity_scan",
      entityId: id,
      summary: values.teamName ?? values.partnerName ?? "",
    });
  };
  scan({
    trackId: pilot,
    moment: "begin",
    teamName: PILOT_TEAM,
    day: -150,
    levels: [3, 2, 2, 1, 2, 2, 3, 2, 2, 2, 2, 1],
    takenById: people.manager,
  });
  scan({
    trackId: pilot,
    moment: "eind",
    teamName: PILOT_TEAM,
    day: -30,
    levels: [4, 3, 4, 4, 3, 3, 4, 3, 3, 3, 2, 2],
    takenById: people.manager,
  });
  scan({
    trackId: workshops,
    moment: "begin",
    partnerOrganisationId: people.buurtkracht,
    partnerName: "Stichting Buurtkracht",
    day: -40,
    levels: [2, 2, 2, 1, 3, 2, 3, 2, 2, 1, 3, 2],
    takenById: people.partner,
  });
  scan({
    trackId: null,
    moment: "tussendoor",
    partnerOrganisationId: people.taalhuis,
    partnerName: "Taalhuis Voorbeeld",
    day: -20,
    levels: [3, 3, 2, 2, 2, 2, 3, 3, 2, 2, 3, 3],
    takenById: people.manager,
  });
}
