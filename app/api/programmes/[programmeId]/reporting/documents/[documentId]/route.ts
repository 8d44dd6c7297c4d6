// A document a partner attached to its report, for whoever may read the report (a partner only its own
// organisation's). Always a download with its stored, safe name, never shown inline: the browser does not run it.
import { NextResponse } from "next/server";
import { ForbiddenError, NotFoundError } from "@/db/errors";
import { getSubmissionDocument } from "@/db/queries/submission-documents";
import { signInFirst } from "@/lib/auth/guard";
import { getViewer } from "@/lib/auth/viewer";
import { attachmentHeader } from "@/lib/domain/csv";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const notFound = () => new NextResponse("Niet gevonden", { status: 404, headers: { "Cache-Control": "no-store" } });

const positiveId = (raw: string) => {
  const id = Number(raw);
  return /^\d+$/.test(raw) && Number.isSafeInteger(id) && id > 0 ? id : null;
};

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ programmeId: string; documentId: string }> },
) {
  const raw = await params;
  const programmeId = positiveId(raw.programmeId);
  const documentId = positiveId(raw.documentId);
  if (programmeId === null || documentId === null) return notFound();
  if (!(await getViewer())) return signInFirst(`/api/programmes/${programmeId}/reporting/documents/${documentId}`);
  try {
    const document = await getSubmissionDocument({ programmeId, documentId });
    return new NextResponse(new Uint8Array(document.content), {
      headers: {
        "Content-Type": document.contentType,
        "Content-Length": String(document.content.byteLength),
        "Content-Disposition": attachmentHeader(document.fileName),
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return notFound();
    throw error;
  }
}
