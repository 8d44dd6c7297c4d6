// The route a gemeente chose (a history of decisions) and the roadmap that follows from it.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ROADMAP_STATUSES } from "../../lib/domain/constants";
import { now, version } from "./columns";
import { organisations, users } from "./core";

export const routeDecisions = sqliteTable(
  "route_decisions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    primaryRoute: text().notNull(),
    secondaryRoute: text(),
    rationale: text().notNull(),
    /** The intake answers the decision was based on, when it followed the intake. */
    intakeAnswers: text({ mode: "json" }).$type<Record<string, string>>(),
    decidedById: integer()
      .notNull()
      .references(() => users.id),
    decidedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("route_decisions_org").on(t.organisationId, t.decidedAt)],
);

export const roadmapSteps = sqliteTable(
  "roadmap_steps",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    decisionId: integer()
      .notNull()
      .references(() => routeDecisions.id),
    route: text().notNull(),
    /** Key of the step in lib/domain/scenarios.ts; its title and explanation come from there, in the user's language. */
    stepKey: text().notNull(),
    isFirstStep: integer({ mode: "boolean" }).notNull().default(false),
    position: integer().notNull(),
    ownerId: integer().references(() => users.id),
    /** Calendar day, "2026-12-31". */
    dueDate: text(),
    status: text({ enum: ROADMAP_STATUSES }).notNull().default("te_doen"),
    notes: text().notNull().default(""),
    /** Set when a change of route made this unfinished step no longer apply; it stays in the history. */
    archivedAt: integer({ mode: "timestamp_ms" }),
    archivedById: integer().references(() => users.id),
    archiveReason: text(),
    ...version(),
    completedAt: integer({ mode: "timestamp_ms" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("roadmap_steps_org").on(t.organisationId, t.archivedAt, t.position)],
);
