import { sqlStatementCount } from "@/db/client";
import { checkDatabase } from "@/db/queries/health";

export const dynamic = "force-dynamic";

export function GET() {
  try {
    checkDatabase();
    // The benchmark reads how many SQL statements a request ran; only present when it switched counting on.
    const statements = sqlStatementCount();
    const body = statements === null ? { status: "ok" } : { status: "ok", statements };
    return Response.json(body, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
