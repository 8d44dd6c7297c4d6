// The logo of the signed-in person's gemeente, as the PNG the server made of the upload. Only for members: the data
// layer takes the gemeente from the session, never from the request. Anyone else, and a gemeente without a logo, get
// "not found".
import { NextResponse } from "next/server";
import { ForbiddenError, NotFoundError } from "@/db/errors";
import { getLogoPng } from "@/db/queries/gemeente-settings";
import { getViewer } from "@/lib/auth/viewer";

export const dynamic = "force-dynamic";

const notFound = () => new NextResponse("Niet gevonden", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET() {
  if (!(await getViewer())) return notFound();
  try {
    const logo = await getLogoPng();
    if (!logo) return notFound();
    return new NextResponse(new Uint8Array(logo.png), {
      headers: {
        "Content-Type": "image/png",
        "Content-Length": String(logo.png.byteLength),
        // The address carries the logo's stamp: a new logo has a new address, so the browser may keep this one.
        "Cache-Control": "private, max-age=86400",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return notFound();
    throw error;
  }
}
