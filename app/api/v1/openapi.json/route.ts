import { openApiDocument } from "../openapi";

export const dynamic = "force-dynamic";

/** The description of the API needs no key: it holds no data of any gemeente. */
export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "no-store" } });
}
