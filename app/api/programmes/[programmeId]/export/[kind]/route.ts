// Downloads of one programme, as CSV made for Excel in Dutch (lib/domain/csv.ts) or as an Excel workbook with typed
// cells (lib/domain/xlsx.ts): indicators with their measurements, the assumption register, the course corrections
// and the lessons learned. For everyone who may read the programme. The address names the table and, for the
// workbook, its extension: /export/assumptions (CSV, as .csv too) and /export/assumptions.xlsx.

import { type NextRequest, NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { ForbiddenError, NotFoundError } from "@/db/errors";
import {
  type ExportFormat,
  exportAssumptions,
  exportCorrections,
  exportIndicators,
  exportLessons,
  isExportFormat,
  isProgrammeExport,
  type ProgrammeExport,
} from "@/db/queries/exports";
import { signInFirst } from "@/lib/auth/guard";
import { getViewer } from "@/lib/auth/viewer";
import { attachmentHeader, type CsvValue, csvDay, fileSlug, toCsv } from "@/lib/domain/csv";
import { todayInAmsterdam } from "@/lib/domain/time";
import { toXlsx, XLSX_CONTENT_TYPE } from "@/lib/domain/xlsx";

export const dynamic = "force-dynamic";

/** The start of the file name, in Dutch whatever the user's language: the file travels further than the app. */
const FILE_NAMES: Record<ProgrammeExport, string> = {
  indicators: "indicatoren-en-metingen",
  assumptions: "aannames",
  corrections: "bijsturingen",
  lessons: "lessen",
};

type Sheet = { programmeName: string; header: string[]; rows: CsvValue[][] };

/** "assumptions" and "assumptions.csv" are the CSV, "assumptions.xlsx" the workbook; anything else is not found. */
function download(segment: string): { kind: ProgrammeExport; format: ExportFormat } | null {
  const [, kind = "", format = "csv"] = /^([a-z]+)(?:\.([a-z]+))?$/.exec(segment) ?? [];
  return isProgrammeExport(kind) && isExportFormat(format) ? { kind, format } : null;
}

async function sheet(kind: ProgrammeExport, programmeId: number, format: ExportFormat): Promise<Sheet> {
  const [c, p] = await Promise.all([getTranslations("exports.columns"), getTranslations("programmes")]);
  switch (kind) {
    case "indicators": {
      const { programmeName, rows } = await exportIndicators({ programmeId, format });
      const header = [
        c("indicator"),
        c("unit"),
        c("direction"),
        c("baselineValue"),
        c("baselineDate"),
        c("targetValue"),
        c("targetDate"),
        c("contribution"),
        c("source"),
        c("measuredOn"),
        c("value"),
        c("note"),
        c("enteredBy"),
      ];
      const lines = rows.flatMap((indicator) => {
        const about: CsvValue[] = [
          indicator.name,
          indicator.unit,
          p(`indicators.directions.${indicator.direction}`),
          indicator.baselineValue,
          csvDay(indicator.baselineDate),
          indicator.targetValue,
          csvDay(indicator.targetDate),
          p(`indicators.contributions.${indicator.contribution}`),
          indicator.source,
        ];
        // An indicator without measurements still gets its line, so the file lists every indicator.
        if (indicator.measurements.length === 0) return [[...about, null, null, null, null]];
        return indicator.measurements.map((m) => [...about, csvDay(m.measuredOn), m.value, m.note, m.enteredByName]);
      });
      return { programmeName, header, rows: lines };
    }
    case "assumptions": {
      const { programmeName, rows } = await exportAssumptions({ programmeId, format });
      return {
        programmeName,
        header: [
          c("statement"),
          c("criticality"),
          c("status"),
          c("lastChangeOn"),
          c("lastChangeReason"),
          c("lastChangeBy"),
          c("testPlan"),
        ],
        rows: rows.map((a) => [
          a.statement,
          p(`criticality.${a.criticality}`),
          p(`assumptionStatus.${a.status}`),
          a.lastChange?.changedAt ?? null,
          a.lastChange?.reason ?? null,
          a.lastChange?.changedByName ?? null,
          a.testPlan,
        ]),
      };
    }
    case "corrections": {
      const { programmeName, rows } = await exportCorrections({ programmeId, format });
      return {
        programmeName,
        header: [
          c("title"),
          c("status"),
          c("decisionLevel"),
          c("whatChanges"),
          c("why"),
          c("decidedOn"),
          c("decidedBy"),
          c("decisionNote"),
          c("rejectionReason"),
          c("proposedOn"),
          c("proposedBy"),
          c("round"),
        ],
        rows: rows.map((r) => [
          r.title,
          p(`corrections.statuses.${r.status}`),
          p(`corrections.levels.${r.decisionLevel}`),
          r.whatChanges,
          r.why,
          r.decidedAt,
          r.decidedByName,
          r.decisionNote,
          r.rejectionReason,
          r.createdAt,
          r.proposedByName,
          r.round,
        ]),
      };
    }
    case "lessons": {
      const { programmeName, rows } = await exportLessons({ programmeId, format });
      return {
        programmeName,
        header: [c("lessonTitle"), c("lessonBody"), c("context"), c("tags"), c("recordedOn"), c("recordedBy")],
        rows: rows.map((l) => [l.title, l.body, l.context, l.tags.join(", "), l.createdAt, l.createdByName]),
      };
    }
  }
}

const notFound = () => new NextResponse("Niet gevonden", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ programmeId: string; kind: string }> },
) {
  const { programmeId: rawId, kind: segment } = await params;
  if (!(await getViewer())) {
    return signInFirst("/exports");
  }
  const programmeId = Number(rawId);
  if (!/^\d+$/.test(rawId) || !Number.isSafeInteger(programmeId) || programmeId <= 0) return notFound();
  const wanted = download(segment);
  if (!wanted) return notFound();
  const { kind, format } = wanted;
  try {
    const { programmeName, header, rows } = await sheet(kind, programmeId, format);
    const fileName = `${FILE_NAMES[kind]}-${fileSlug(programmeName)}-${todayInAmsterdam()}.${format}`;
    const headers = { "Content-Disposition": attachmentHeader(fileName), "Cache-Control": "no-store" };
    if (format === "xlsx") {
      const title = (await getTranslations("exports.files"))(kind);
      const workbook = await toXlsx({ title, header, rows });
      return new NextResponse(workbook, {
        headers: { ...headers, "Content-Type": XLSX_CONTENT_TYPE },
      });
    }
    return new NextResponse(toCsv(header, rows), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return notFound();
    throw error;
  }
}
