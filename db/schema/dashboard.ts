// The dashboard's figures per programme, kept between requests (db/queries/dashboard-cache.ts). A row holds for the
// gemeente's audit trail as it stood when it was computed: every change of a gemeente's data writes an audit event in
// its own transaction, so a row whose audit event is no longer the gemeente's latest is never read.
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { now, organisationId } from "./columns";
import { programmes } from "./programmes";

export const dashboardFigures = sqliteTable(
  "dashboard_figures",
  {
    organisationId: organisationId(),
    /** What the figures depend on besides the data: "<format>|<today>|<period from>|<period to>". */
    computedFor: text().notNull(),
    programmeId: integer()
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    /** The id of the gemeente's latest audit event when the figures were computed (0: none yet). */
    auditVersion: integer().notNull(),
    /** The programme's part of the dashboard (ProgrammePart in lib/domain/dashboard.ts), as JSON. */
    figures: text().notNull(),
    computedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.computedFor, t.programmeId] })],
);
