"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, useActionState, useEffect, useId, useRef, useState } from "react";
import { importMeasurementsAction } from "@/app/(app)/programmes/[programmeId]/indicators/actions";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { MAX_FILE_BYTES, MAX_PASTE_BYTES, MAX_ROWS, megabytes, pastedBytes } from "@/lib/domain/import-limits";
import { type FormState, initialFormState } from "@/lib/validation/form";

const ACCEPT = [
  ".xlsx",
  ".csv",
  ".tsv",
  ".txt",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text/csv",
  "text/plain",
].join(",");

/**
 * Many measurements at once: pasted from Excel, or uploaded as an Excel workbook or a CSV or text file. When a row
 * is wrong nothing is added, and every wrong line is listed at the top of the form, while the text stays in the box
 * to be corrected (the rows of a workbook are corrected in Excel). The sizes are checked here before sending,
 * because a request over the server's limit never reaches the action; the action checks them again.
 */
export function MeasurementImport({ programmeId, indicatorId }: { programmeId: number; indicatorId: number }) {
  const t = useTranslations("programmes.indicators.import");
  const forms = useTranslations("forms");
  const validation = useTranslations("validation");
  const [state, action] = useActionState<FormState, FormData>(
    importMeasurementsAction.bind(null, programmeId, indicatorId),
    initialFormState,
  );
  const [fileTooLarge, setFileTooLarge] = useState(false);
  const [pasteTooLarge, setPasteTooLarge] = useState(false);
  const summary = useRef<HTMLElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);

  const failed = state.status === "error";
  // A message means the rows were read and some were wrong: list them all, and point to the field they came from
  // (the text box, or the file field for a workbook). Otherwise the form itself is incomplete.
  const rowField =
    failed && state.message ? (["csv", "file"] as const).find((f) => state.fieldErrors?.[f]?.length) : undefined;
  const rowProblems = rowField ? (state.fieldErrors?.[rowField] ?? []) : [];
  const fieldProblems = Object.entries(failed ? (state.fieldErrors ?? {}) : {}).filter(([field]) => field !== rowField);
  // Beside the field one line that points to the list; the list itself is in the summary.
  const fieldState: FormState = {
    ...state,
    fieldErrors: {
      ...state.fieldErrors,
      ...(rowField ? { [rowField]: [t("seeList", { count: rowProblems.length })] } : {}),
      ...(fileTooLarge ? { file: [validation("fileTooLarge", { max: megabytes(MAX_FILE_BYTES) })] } : {}),
      ...(pasteTooLarge ? { csv: [validation("pasteTooLarge", { max: megabytes(MAX_PASTE_BYTES) })] } : {}),
    },
    status: failed || fileTooLarge || pasteTooLarge ? "error" : state.status,
  };
  const labels: Record<string, string> = { csv: t("csv"), file: t("file") };

  /** Keeps a request the server would not take in the browser, with the text as it is and the field in focus. */
  function checkSizes(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const box = form.elements.namedItem("csv") as HTMLTextAreaElement | null;
    const tooMuchText = pastedBytes(box?.value ?? "") > MAX_PASTE_BYTES;
    setPasteTooLarge(tooMuchText);
    if (!tooMuchText && !fileTooLarge) return;
    event.preventDefault();
    (tooMuchText ? box : form.querySelector<HTMLInputElement>("#file"))?.focus();
  }

  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <p>{t("explain")}</p>
      <div>
        <p>{t("exampleIntro")}</p>
        <pre className="mt-1 rounded-ik bg-surface p-3 text-sm whitespace-pre-wrap">{t("example")}</pre>
      </div>
      <details>
        <summary className="cursor-pointer font-semibold text-link">{t("rulesTitle")}</summary>
        <ul className="mt-2 list-disc pl-6">
          <li>{t("rules.dates")}</li>
          <li>{t("rules.values")}</li>
          <li>{t("rules.separator")}</li>
          <li>{t("rules.once")}</li>
          <li>{t("rules.file", { maxSize: megabytes(MAX_FILE_BYTES), maxRows: MAX_ROWS })}</li>
          <li>{t("rules.excel")}</li>
        </ul>
      </details>
      <form action={action} onSubmit={checkSizes} noValidate className="flex flex-col gap-4">
        {failed ? (
          <section
            ref={summary}
            tabIndex={-1}
            aria-labelledby={titleId}
            className="rounded-ik border-4 border-danger bg-page p-4"
          >
            <h2 id={titleId} className="text-lg text-danger">
              {state.message ? t("nothingAddedTitle") : forms("errorSummaryTitle")}
            </h2>
            {state.message ? <p className="mt-2">{state.message}</p> : null}
            {rowProblems.length > 0 ? (
              <ul className="mt-2 list-disc pl-6">
                {rowProblems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
            {rowField ? (
              <p className="mt-2">
                <a href={`#${rowField}`} className="font-semibold text-danger">
                  {rowField === "file" ? t("toFile") : t("toTextarea")}
                </a>
              </p>
            ) : null}
            {fieldProblems.length > 0 ? (
              <ul className="mt-2 list-disc pl-6">
                {fieldProblems.map(([field, messages]) => (
                  <li key={field}>
                    <a href={`#${field}`} className="font-semibold text-danger">
                      {labels[field] ? `${labels[field]}: ` : ""}
                      {messages[0]}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ) : null}
        {state.status === "success" && state.message ? (
          <Notice tone="success" role="status">
            {state.message}
          </Notice>
        ) : null}
        <TextAreaField
          name="csv"
          label={t("csv")}
          hint={t("csvHint", { max: megabytes(MAX_PASTE_BYTES) })}
          optional
          rows={8}
          spellCheck={false}
          className="max-w-3xl font-mono text-sm"
          onChange={() => setPasteTooLarge(false)}
          state={fieldState}
        />
        <TextField
          name="file"
          type="file"
          label={t("file")}
          hint={t("fileHint", { max: megabytes(MAX_FILE_BYTES) })}
          optional
          accept={ACCEPT}
          onChange={(event) => setFileTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > MAX_FILE_BYTES)}
          state={fieldState}
        />
        <div>
          <SubmitButton pendingLabel={t("importing")}>{t("submit")}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
