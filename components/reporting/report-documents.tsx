// The documents attached to a partner's report: a download link each (always saved as a file, never opened in the
// page), and while the partner writes the report, a button to take one out and the form to add one.
import { getFormatter, getTranslations } from "next-intl/server";
import { removeDocumentAction } from "@/app/(app)/programmes/[programmeId]/reporting/[periodId]/actions";
import { ActionButton } from "@/components/ui/action-button";
import { MAX_DOCUMENTS } from "@/db/queries/submission-documents";
import { DocumentUpload } from "./document-upload";

type Document = { id: number; fileName: string; size: number };

export async function ReportDocuments({
  programmeId,
  periodId,
  documents,
  edit,
}: {
  programmeId: number;
  periodId: number;
  documents: Document[];
  /** The report's version, while the viewer may change its documents. */
  edit?: { version: number };
}) {
  const [t, format] = await Promise.all([getTranslations("partnerReport.documents"), getFormatter()]);
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t("kilobytes", { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t("megabytes", { size: format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 }) });
  return (
    <section aria-labelledby="documents-title" className="flex max-w-3xl flex-col gap-4">
      <h3 id="documents-title" className="text-xl">
        {t("title")}
      </h3>
      {edit ? <p>{t("intro", { max: MAX_DOCUMENTS })}</p> : null}
      {documents.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {documents.map((document) => (
            <li key={document.id} className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <a
                href={`/api/programmes/${programmeId}/reporting/documents/${document.id}`}
                download={document.fileName}
                className="break-all"
              >
                {document.fileName}
              </a>
              <span className="text-sm text-muted">{size(document.size)}</span>
              {edit ? (
                <ActionButton
                  action={removeDocumentAction.bind(null, periodId, document.id)}
                  label={
                    <>
                      {t("remove")}
                      <span className="sr-only"> {document.fileName}</span>
                    </>
                  }
                  pendingLabel={t("removing")}
                  hidden={{ version: String(edit.version) }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {edit ? (
        documents.length < MAX_DOCUMENTS ? (
          <DocumentUpload periodId={periodId} version={edit.version} />
        ) : (
          <p>{t("full", { max: MAX_DOCUMENTS })}</p>
        )
      ) : null}
    </section>
  );
}
