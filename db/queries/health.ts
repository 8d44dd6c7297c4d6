import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../index";
import { organisations } from "../schema";

/** Throws unless the database opens, has its tables and answers a query. Used by GET /api/health. */
export function checkDatabase() {
  getDb().select({ count: sql<number>`count(*)` }).from(organisations).get();
}
