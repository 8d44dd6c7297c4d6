import { checkDatabase } from "@/db/queries/health";

export const dynamic = "force-dynamic";

export function GET() {
  try {
    checkDatabase();
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
