"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, useActionState, useEffect, useId, useRef, useState } from "react";
import { importMeasurementsAction } from "@/app/(app)/programmes/[programmeId]/indicators/actions";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

// The same limit as the action's; checked here too because a larger body never reaches the action.
const MAX_FILE_BYTES = 1_000_000;

/**
 * Many measurements at once: pasted from Excel or uploaded as a CSV file. When a row is wrong nothing is added,
 * and every wrong line is listed at the top of the form, while the text stays in the box to be corrected.
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
  const summary = useRef<HTMLElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);

  const failed = state.status === "error";
  // A message means the text was read and lines were wrong: list them all; otherwise the form itself is incomplete.
  const rowProblems = failed && state.message ? (state.fieldErrors?.csv ?? []) : [];
  const fieldProblems = Object.entries(failed ? (state.fieldErrors ?? {}) : {}).filter(
    ([field]) => !(field === "csv" && rowProblems.length > 0),
  );
  // Beside the box one line that points to the list; the list itself is in the summary.
  const fieldState: FormState = {
    ...state,
    fieldErrors: {
      ...state.fieldErrors,
      ...(rowProblems.length > 0 ? { csv: [t("seeList", { count: rowProblems.length })] } : {}),
      ...(fileTooLarge ? { file: [validation("fileTooLarge")] } : {}),
    },
    status: failed || fileTooLarge ? "error" : state.status,
  };
  const labels: Record<string, string> = { csv: t("csv"), file: t("file") };

  function refuseLargeFile(event: FormEvent<HTMLFormElement>) {
    if (!fileTooLarge) return;
    event.preventDefault();
    event.currentTarget.querySelector<HTMLInputElement>("#file")?.focus();
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
          <li>{t("rules.file")}</li>
        </ul>
      </details>
      <form action={action} onSubmit={refuseLargeFile} noValidate className="flex flex-col gap-4">
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
            {rowProblems.length > 0 ? (
              <p className="mt-2">
                <a href="#csv" className="font-semibold text-danger">
                  {t("toTextarea")}
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
          hint={t("csvHint")}
          optional
          rows={8}
          spellCheck={false}
          className="max-w-3xl font-mono text-sm"
          state={fieldState}
        />
        <TextField
          name="file"
          type="file"
          label={t("file")}
          hint={t("fileHint")}
          optional
          accept=".csv,.tsv,.txt,text/csv,text/plain"
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
