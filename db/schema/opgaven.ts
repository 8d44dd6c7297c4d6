// Route 2, strategische start: the gemeente's register of societal challenges (maatschappelijke opgaven), ranked in
// strategic sessions with partners, and those sessions with their outcomes.
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { IDEA_KINDS, STRATEGIC_SESSION_STATUSES } from "../../lib/domain/opgaven";
import { archiving, now, organisationId, timestamps, version } from "./columns";
import { partnerOrganisations, users } from "./core";

export const opgaven = sqliteTable(
  "opgaven",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    title: text().notNull(),
    /** In plain words: what is the problem, for whom. */
    description: text().notNull().default(""),
    /** Who it concerns. */
    targetGroup: text().notNull().default(""),
    /** Where: a wijk, a kern, or the whole gemeente. */
    area: text().notNull().default(""),
    ownerId: integer().references(() => users.id),
    /** 1 is the most pressing; empty until a session ranked it. Changes are kept in opgave_rank_changes. */
    rank: integer(),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    ...version(),
    ...archiving(),
    ...timestamps(),
  },
  (t) => [index("opgaven_org").on(t.organisationId, t.archivedAt, t.rank)],
);

/** Context figures of an opgave, entered by hand: "34% van de 75-plussers voelt zich eenzaam (GGD, 2024)". */
export const opgaveFigures = sqliteTable(
  "opgave_figures",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    opgaveId: integer()
      .notNull()
      .references(() => opgaven.id),
    label: text().notNull(),
    value: real().notNull(),
    unit: text().notNull().default(""),
    source: text().notNull().default(""),
    /** Calendar day the figure is about, "2026-01-01". */
    measuredOn: text(),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("opgave_figures_opgave").on(t.opgaveId)],
);

export const strategicSessions = sqliteTable(
  "strategic_sessions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    title: text().notNull(),
    /** Calendar day, "2026-12-01". */
    heldOn: text().notNull(),
    agenda: text().notNull().default(""),
    /** Guests who are not users, as typed ("wethouder Jansen, buurtbewoner Fatima"). */
    guests: text().notNull().default(""),
    status: text({ enum: STRATEGIC_SESSION_STATUSES }).notNull().default("gepland"),
    /** When its outcomes were taken into the register, and by whom. */
    processedAt: integer({ mode: "timestamp_ms" }),
    processedById: integer().references(() => users.id),
    /** When the facilitator stopped participants from entering their own ranking, and who did. */
    rankingsClosedAt: integer({ mode: "timestamp_ms" }),
    rankingsClosedById: integer().references(() => users.id),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    ...version(),
    ...archiving(),
    ...timestamps(),
  },
  (t) => [index("strategic_sessions_org").on(t.organisationId, t.heldOn)],
);

/** Who took part: a user (of the gemeente or of a partner) or a partner organisation as a whole. */
export const strategicSessionParticipants = sqliteTable(
  "strategic_session_participants",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    sessionId: integer()
      .notNull()
      .references(() => strategicSessions.id),
    userId: integer().references(() => users.id),
    partnerOrganisationId: integer().references(() => partnerOrganisations.id),
    /** The version of this participant's ranking: every save of it raises it. */
    ...version(),
  },
  (t) => [
    uniqueIndex("strategic_session_participants_user").on(t.sessionId, t.userId),
    uniqueIndex("strategic_session_participants_partner").on(t.sessionId, t.partnerOrganisationId),
    index("strategic_session_participants_partner_org").on(t.partnerOrganisationId),
  ],
);

/** An opgave named in a session: one of the register, or a new one proposed there (it joins the register later). */
export const strategicSessionOpgaven = sqliteTable(
  "strategic_session_opgaven",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    sessionId: integer()
      .notNull()
      .references(() => strategicSessions.id),
    /** Empty for a proposal until the outcomes are processed; then the opgave it became. */
    opgaveId: integer().references(() => opgaven.id),
    /** The title as named in the session (a proposal's only title). */
    title: text().notNull(),
    description: text().notNull().default(""),
  },
  (t) => [index("strategic_session_opgaven_session").on(t.sessionId)],
);

/** One participant's order: position 1 is what they find most pressing. */
export const strategicSessionRankings = sqliteTable(
  "strategic_session_rankings",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    sessionId: integer()
      .notNull()
      .references(() => strategicSessions.id),
    participantId: integer()
      .notNull()
      .references(() => strategicSessionParticipants.id),
    itemId: integer()
      .notNull()
      .references(() => strategicSessionOpgaven.id),
    position: integer().notNull(),
    enteredById: integer()
      .notNull()
      .references(() => users.id),
    enteredAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [uniqueIndex("strategic_session_rankings_unique").on(t.participantId, t.itemId)],
);

/** A possible solution or change strategy for one of the session's opgaven. */
export const strategicSessionIdeas = sqliteTable(
  "strategic_session_ideas",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    sessionId: integer()
      .notNull()
      .references(() => strategicSessions.id),
    itemId: integer()
      .notNull()
      .references(() => strategicSessionOpgaven.id),
    kind: text({ enum: IDEA_KINDS }).notNull(),
    text: text().notNull(),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("strategic_session_ideas_session").on(t.sessionId)],
);

/** What was agreed, who takes it up and by when. */
export const strategicSessionAgreements = sqliteTable(
  "strategic_session_agreements",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    sessionId: integer()
      .notNull()
      .references(() => strategicSessions.id),
    description: text().notNull(),
    ownerId: integer()
      .notNull()
      .references(() => users.id),
    /** Calendar day. */
    dueDate: text(),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("strategic_session_agreements_session").on(t.sessionId)],
);

/** Every change of an opgave's rank, with the session whose outcome caused it. */
export const opgaveRankChanges = sqliteTable(
  "opgave_rank_changes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    opgaveId: integer()
      .notNull()
      .references(() => opgaven.id),
    fromRank: integer(),
    toRank: integer(),
    sessionId: integer().references(() => strategicSessions.id),
    changedById: integer()
      .notNull()
      .references(() => users.id),
    changedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("opgave_rank_changes_opgave").on(t.opgaveId, t.changedAt)],
);
