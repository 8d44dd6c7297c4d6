import { sqlStatementCount } from "@/db/client";
import { checkDatabase } from "@/db/queries/health";
import { createHealthLog } from "@/lib/server/health-log";

export const dynamic = "force-dynamic";

const healthLog = createHealthLog();

/** 200 "ok" when the database takes a write; else 503, with the reason in the server log. */
export function GET() {
  try {
    checkDatabase();
    healthLog.passed();
    // The benchmark reads how many SQL statements a request ran, and which server process answered (the count is per
    // process); only present when it switched counting on, never in production.
    const statements = sqlStatementCount();
    const body = statements === null ? { status: "ok" } : { status: "ok", statements, pid: process.pid };
    return Response.json(body, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    healthLog.failed(error);
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
