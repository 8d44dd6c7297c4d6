// The programme report as a PDF file: the report page printed by a headless Chromium with the user's own session.
// Access is checked before any browser starts; without a Chromium, or when too many PDFs are being made, the user is
// sent back to the report page, which then explains how to save it as PDF with the browser's print dialog.

import { type NextRequest, NextResponse } from "next/server";
import { ForbiddenError, NotFoundError } from "@/db/errors";
import { recordReportDownload, reportAccess } from "@/db/queries/exports";
import { signInFirst } from "@/lib/auth/guard";
import { getViewer } from "@/lib/auth/viewer";
import { attachmentHeader, fileSlug } from "@/lib/domain/csv";
import { printOrigin } from "@/lib/domain/print-origin";
import { todayInAmsterdam } from "@/lib/domain/time";
import { renderPdf } from "@/lib/pdf";
import { servedOverHttps } from "@/lib/server/request-origin";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const notFound = () => new NextResponse("Niet gevonden", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(request: NextRequest, { params }: { params: Promise<{ programmeId: string }> }) {
  const rawId = (await params).programmeId;
  const programmeId = Number(rawId);
  if (!/^\d+$/.test(rawId) || !Number.isSafeInteger(programmeId) || programmeId <= 0) return notFound();
  const reportPath = `/programmes/${programmeId}/report`;
  if (!(await getViewer())) {
    return signInFirst(reportPath);
  }

  let programmeName: string;
  try {
    ({ programmeName } = await reportAccess({ programmeId }));
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return notFound();
    throw error;
  }

  // The optional sections the user chose (opgaven, subsidiekaders) go along; nothing else of the address does.
  const url = new URL(reportPath, printOrigin());
  for (const key of ["opgave", "kader"]) {
    for (const value of request.nextUrl.searchParams.getAll(key))
      if (/^\d+$/.test(value)) url.searchParams.append(key, value);
  }
  const result = await renderPdf({
    url,
    cookies: request.cookies.getAll().map(({ name, value }) => ({ name, value })),
    expectPath: reportPath,
    https: servedOverHttps(request.headers),
  });
  if (!result.ok) {
    if (result.reason === "failed") console.error("[report.pdf] rendering failed:", result.error);
    // Relative, so that behind a reverse proxy the browser stays on the proxy's host.
    const fallback = `${reportPath}?${new URLSearchParams({ pdf: result.reason === "busy" ? "bezet" : "niet-beschikbaar" })}`;
    return new Response(null, { status: 303, headers: { Location: fallback } });
  }

  await recordReportDownload({ programmeId });
  const fileName = `rapportage-${fileSlug(programmeName)}-${todayInAmsterdam()}.pdf`;
  return new NextResponse(new Uint8Array(result.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentHeader(fileName),
      "Cache-Control": "no-store",
    },
  });
}
