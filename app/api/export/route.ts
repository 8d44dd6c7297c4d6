// Everything of the viewer's gemeente as one JSON file, for the beheerder. Anyone else gets "not found", so the
// address tells nothing about what is behind it.

import { NextResponse } from "next/server";
import { ForbiddenError, NotFoundError } from "@/db/errors";
import { exportOrganisation } from "@/db/queries/exports";
import { signInFirst } from "@/lib/auth/guard";
import { getViewer } from "@/lib/auth/viewer";
import { attachmentHeader, fileSlug } from "@/lib/domain/csv";
import { todayInAmsterdam } from "@/lib/domain/time";

export const dynamic = "force-dynamic";

export async function GET() {
  if (!(await getViewer())) {
    return signInFirst("/exports");
  }
  try {
    const data = await exportOrganisation();
    const fileName = `impactkoers-${fileSlug(data.organisation.name)}-${todayInAmsterdam()}.json`;
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": attachmentHeader(fileName),
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) {
      return new NextResponse("Niet gevonden", { status: 404, headers: { "Cache-Control": "no-store" } });
    }
    throw error;
  }
}
