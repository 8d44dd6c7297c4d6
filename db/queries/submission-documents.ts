// Documents a partner attaches to its report (reporting.submit): at most a few, each at most 5 MB and of a kind a
// gemeente can open (lib/validation/reporting.ts). Stored in the database, read by whoever may read the report.
import "server-only";
import { and, count, eq } from "drizzle-orm";
import { checkDocument, type DocumentUpload, type SubmissionStepInput } from "@/lib/validation/reporting";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import { submissionDocuments, submissions } from "../schema";
import { guardProgramme, write } from "../write";
import { visiblePeriod } from "./reporting-rules";
import { ok, refuse } from "./result";
import { ensureSubmission, partnerReport, partnerRequest, periodName, reportEvent } from "./submission-partner";

type InPeriod = { periodId: number };

/** The most documents one report holds. */
export const MAX_DOCUMENTS = 5;

/** Attaches a document to the report of the period; its name is made safe and its kind checked by its content. */
export function addSubmissionDocument({ periodId }: InPeriod, input: DocumentUpload & SubmissionStepInput) {
  return write(partnerRequest(periodId), (scope) => {
    const found = partnerReport(scope, periodId, input.version);
    if ("refusal" in found) return found.refusal;
    const { period, submission } = found.report;
    const checked = checkDocument(input);
    if (!checked.ok) return refuse(checked.error, "document");
    const held = submission
      ? (scope.tx
          .select({ n: count() })
          .from(submissionDocuments)
          .where(eq(submissionDocuments.submissionId, submission.id))
          .get()?.n ?? 0)
      : 0;
    if (held >= MAX_DOCUMENTS) return refuse("tooManyDocuments", "document");
    const report = ensureSubmission(scope, found.report);
    const { fileName, contentType, size } = checked;
    const { id } = scope.tx
      .insert(submissionDocuments)
      .values({
        organisationId: scope.viewer.organisationId,
        submissionId: report.id,
        fileName,
        contentType,
        size,
        content: Buffer.from(input.content),
        uploadedById: scope.viewer.userId,
      })
      .returning({ id: submissionDocuments.id })
      .get();
    scope.audit({
      action: "submission.document_added",
      ...reportEvent(period, report.id),
      after: { ...periodName(period), fileName, size },
    });
    return ok({ documentId: id, version: report.version });
  });
}

/** Takes a document out of the report before it is handed in. */
export function removeSubmissionDocument(
  { periodId, documentId }: InPeriod & { documentId: number },
  input: SubmissionStepInput,
) {
  return write(partnerRequest(periodId), (scope) => {
    const found = partnerReport(scope, periodId, input.version);
    if ("refusal" in found) return found.refusal;
    const { period, submission } = found.report;
    const row = scope.tx
      .select({ id: submissionDocuments.id, fileName: submissionDocuments.fileName, size: submissionDocuments.size })
      .from(submissionDocuments)
      .where(and(eq(submissionDocuments.id, documentId), eq(submissionDocuments.submissionId, submission?.id ?? -1)))
      .get();
    if (!row) throw new NotFoundError("submission document");
    const report = ensureSubmission(scope, found.report);
    scope.tx.delete(submissionDocuments).where(eq(submissionDocuments.id, row.id)).run();
    scope.audit({
      action: "submission.document_removed",
      ...reportEvent(period, report.id),
      before: { ...periodName(period), fileName: row.fileName, size: row.size },
    });
    return ok({ version: report.version });
  });
}

/**
 * One document of a report, for its download: whoever may read the report (a partner only its own organisation's).
 * NotFoundError for anything else.
 */
export async function getSubmissionDocument({ programmeId, documentId }: { programmeId: number; documentId: number }) {
  const { viewer } = await guardProgramme("reporting.read", programmeId);
  const db = getDb();
  const row = db
    .select({
      fileName: submissionDocuments.fileName,
      contentType: submissionDocuments.contentType,
      size: submissionDocuments.size,
      content: submissionDocuments.content,
      periodId: submissions.periodId,
    })
    .from(submissionDocuments)
    .innerJoin(submissions, eq(submissions.id, submissionDocuments.submissionId))
    .where(
      and(
        eq(submissionDocuments.id, documentId),
        eq(submissions.programmeId, programmeId),
        eq(submissionDocuments.organisationId, viewer.organisationId),
      ),
    )
    .get();
  if (!row) throw new NotFoundError("submission document");
  visiblePeriod(db, viewer, row.periodId, "reporting.read");
  const { periodId: _periodId, ...document } = row;
  return document;
}
