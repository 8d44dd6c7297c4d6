// "Mijn gegevens downloaden": the signed-in person's own data as one JSON file (AVG, right of access). Only their own:
// the query takes the person from the session, never from the request. Never cached, not by the browser either.
import { NextResponse } from "next/server";
import { ForbiddenError, NotFoundError } from "@/db/errors";
import { exportOwnData } from "@/db/queries/own-data";
import { signInFirst } from "@/lib/auth/guard";
import { getViewer } from "@/lib/auth/viewer";
import { attachmentHeader } from "@/lib/domain/csv";
import { todayInAmsterdam } from "@/lib/domain/time";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" };

export async function GET() {
  if (!(await getViewer())) return signInFirst("/account");
  try {
    const data = await exportOwnData();
    // No name or address in the file name: it ends up in download folders and browser histories.
    const fileName = `impactkoers-mijn-gegevens-${todayInAmsterdam()}.json`;
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": attachmentHeader(fileName),
        "X-Content-Type-Options": "nosniff",
        ...NO_STORE,
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) {
      return new NextResponse("Niet gevonden", { status: 404, headers: NO_STORE });
    }
    throw error;
  }
}
